import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { send } from '../../integrations/messaging/client';
import { usePipeline } from '../../integrations/ui/use-settings';
import { useLocale } from '../../integrations/ui/use-locale';
import { db } from '../../storage/db';
import { searchPeople } from '../../storage/search';

export function App() {
  const { t } = useLocale();
  const pipeline = usePipeline();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState('');
  const total = useLiveQuery(() => db.people.count(), []);
  const hits = useLiveQuery(async () => (query.trim() ? searchPeople(db, query, 20) : []), [query]);
  const stageLabel = (id: string | undefined) => pipeline.find((s) => s.id === id)?.label ?? id ?? '';

  const loadDemo = async () => {
    try {
      const { people } = await send('demo.load', {});
      setStatus(t('demoLoaded', { count: people }));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <main className="popup">
      <input
        type="search"
        autoFocus
        aria-label={t('searchPlaceholder')}
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() !== '' && hits !== undefined && (
        <ul className="results" aria-label={t('searchPlaceholder')}>
          {hits.length === 0 && <li className="empty">{t('noResults')}</li>}
          {hits.map((hit) => (
            <li key={hit.person.id}>
              <div className="hit-name">{hit.person.displayName}</div>
              <div className="hit-meta">
                {[hit.companyName, stageLabel(hit.stage), hit.person.emails[0]].filter(Boolean).join(' · ')}
              </div>
            </li>
          ))}
        </ul>
      )}
      {total !== undefined && <p className="empty">{t('clientsInBase', { count: total })}</p>}
      {total === 0 && (
        <button type="button" onClick={() => void loadDemo()}>
          {t('loadDemo')}
        </button>
      )}
      <p role="status">{status}</p>
    </main>
  );
}
