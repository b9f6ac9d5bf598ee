// "Link this chat to a client": find someone already in the base and give them this chat's handles.
import { useEffect, useState } from 'react';
import type { PersonId } from '../../../core/ids';
import type { Translate } from '../../../core/i18n';
import { useSubmit } from '../use-submit';
import { SubmitError } from '../SubmitError';

export interface PickedPerson {
  personId: PersonId;
  name: string;
  detail: string | null;
}

export interface LinkPickerProps {
  t: Translate;
  find: (query: string) => Promise<PickedPerson[]>;
  onLink: (personId: PersonId) => Promise<void>;
}

/** Waits this long after the last keystroke before asking the background (each search reads its index). */
const TYPE_PAUSE_MS = 200;

export function LinkPicker({ t, find, onLink }: LinkPickerProps) {
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; hits: PickedPerson[] } | null>(null);
  const { state, run } = useSubmit();
  const q = query.trim();
  // Hits for an older query stay hidden: the list always answers what is typed now.
  const hits = q !== '' && found?.query === q ? found.hits : null;
  useEffect(() => {
    if (q === '') return;
    let stale = false;
    const timer = setTimeout(() => {
      void find(q)
        .then((people) => {
          if (!stale) setFound({ query: q, hits: people });
        })
        .catch(() => {
          if (!stale) setFound({ query: q, hits: [] });
        });
    }, TYPE_PAUSE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [q, find]);
  return (
    <div className="link-picker" data-testid="link-picker">
      <label className="field">
        <span className="field-label">{t('chat.linkSearch')}</span>
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} autoComplete="off" />
      </label>
      {hits !== null && hits.length === 0 && <p className="empty">{t('chat.linkNone')}</p>}
      {hits !== null && hits.length > 0 && (
        <ul className="link-hits">
          {hits.map((h) => (
            <li key={h.personId}>
              <button
                type="button"
                className="link-hit"
                disabled={state.kind === 'saving'}
                onClick={() => void run(() => onLink(h.personId))}
              >
                <span className="link-hit-name">{t('chat.link', { name: h.name })}</span>
                {h.detail !== null && <span className="link-hit-detail">{h.detail}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
      <SubmitError state={state} t={t} />
    </div>
  );
}
