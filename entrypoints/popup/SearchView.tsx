// The popup's first view: a focused search box; arrows choose, Enter opens the card.
import { useState, type KeyboardEvent } from 'react';
import { ClientList } from '../../components/popup/ClientList';
import type { Translate } from '../../core/i18n';
import { useClientSearch } from '../../integrations/capture/use-client-search';
import { useNow } from '../../integrations/ui/use-now';

export interface SearchViewProps {
  t: Translate;
  onOpen: (personId: string) => void;
  onAdd: () => void;
}

export function SearchView({ t, onOpen, onAdd }: SearchViewProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const rows = useClientSearch(query, t);
  const now = useNow();
  const activeIndex = Math.max(0, Math.min(active, (rows?.length ?? 0) - 1));
  const current = rows?.[activeIndex];

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const count = rows?.length ?? 0;
    if (e.key === 'ArrowDown' && count > 0) {
      e.preventDefault();
      setActive((a) => (a + 1) % count);
    } else if (e.key === 'ArrowUp' && count > 0) {
      e.preventDefault();
      setActive((a) => (a - 1 + count) % count);
    } else if (e.key === 'Enter' && current) {
      e.preventDefault();
      onOpen(current.id);
    }
  };

  return (
    <>
      <div className="bar">
        <input
          type="search"
          autoFocus
          role="combobox"
          aria-expanded={rows !== undefined && rows.length > 0}
          aria-controls="search-results"
          aria-activedescendant={current ? `search-results-${activeIndex}` : undefined}
          aria-label={t('searchPlaceholder')}
          placeholder={t('searchPlaceholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
        <button type="button" className="add-button" title={t('popup.addClient')} onClick={onAdd}>
          + {t('popup.addClient')}
        </button>
      </div>
      {query.trim() !== '' && rows !== undefined && rows.length === 0 && (
        <p className="empty">{t('noResults')}</p>
      )}
      {rows !== undefined && rows.length > 0 && (
        <>
          <ClientList
            rows={rows}
            active={activeIndex}
            now={now}
            t={t}
            id="search-results"
            label={t('searchPlaceholder')}
            onPick={onOpen}
            onHover={setActive}
          />
          <p className="hint keys">{t('popup.openHint')}</p>
        </>
      )}
    </>
  );
}
