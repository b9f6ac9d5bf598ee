// The toolbar popup: search the base (focused on open) or quick-add a client, prefilled from the active tab.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { browser } from 'wxt/browser';
import { openCard } from '../../integrations/capture/open-card';
import { send } from '../../integrations/messaging/client';
import { useLocale } from '../../integrations/ui/use-page-locale';
import { db } from '../../storage/db';
import { QuickAdd } from '../../components/capture/QuickAdd';
import { SearchView } from './SearchView';
import { usePopupTarget } from './use-popup-target';
import { usePrefill } from './use-prefill';

export function App() {
  const { t } = useLocale();
  const target = usePopupTarget();
  const [chosen, setChosen] = useState<'search' | 'add' | null>(null);
  const view = chosen ?? target?.view;
  const prefill = usePrefill(view === 'add' ? target?.tabId : undefined);
  const [status, setStatus] = useState('');
  const total = useLiveQuery(() => db.people.count(), []);

  const open = (personId: string) => {
    openCard(personId).catch((error: unknown) =>
      setStatus(t('popup.openFailed', { error: error instanceof Error ? error.message : String(error) })),
    );
  };

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
      {view === 'search' && <SearchView t={t} onOpen={open} onAdd={() => setChosen('add')} />}
      {view === 'add' && (
        <>
          <div className="bar">
            <button
              type="button"
              className="back"
              aria-label={t('popup.back')}
              title={t('popup.back')}
              onClick={() => setChosen('search')}
            >
              ←
            </button>
            <h1>{t('popup.quickAdd')}</h1>
          </div>
          {prefill === undefined ? (
            <p className="empty">{t('loading')}</p>
          ) : (
            <QuickAdd initial={prefill?.form ?? null} source={prefill?.source ?? null} t={t} onOpen={open} />
          )}
        </>
      )}
      <footer className="popup-footer">
        {total !== undefined && <p className="empty">{t('clientsInBase', { count: total })}</p>}
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/app.html') })}
        >
          {t('app.openBase')}
        </button>
        {total === 0 && (
          <button type="button" onClick={() => void loadDemo()}>
            {t('loadDemo')}
          </button>
        )}
        <p role="status">{status}</p>
      </footer>
    </main>
  );
}
