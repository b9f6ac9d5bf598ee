// "Add to existing client…": find the client by search, pick with Enter or a click, change the choice.
import { useState, type KeyboardEvent } from 'react';
import type { Translate } from '../../core/i18n';
import { ClientList, type ClientRow } from '../popup/ClientList';

export interface ClientPickerProps {
  query: string;
  onQuery: (query: string) => void;
  rows: readonly ClientRow[] | undefined;
  chosen: { id: string; name: string } | null;
  now: number;
  t: Translate;
  onPick: (row: ClientRow) => void;
  onClear: () => void;
}

export function ClientPicker({ query, onQuery, rows, chosen, now, t, onPick, onClear }: ClientPickerProps) {
  const [active, setActive] = useState(0);
  if (chosen) {
    return (
      <div className="picked" data-testid="picked-client">
        <span>{t('capture.addingTo', { name: chosen.name })}</span>
        <button type="button" className="link" onClick={onClear}>
          {t('capture.change')}
        </button>
      </div>
    );
  }
  const list = rows ?? [];
  const index = Math.max(0, Math.min(active, list.length - 1));
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && list.length > 0) setActive((index + 1) % list.length);
    else if (e.key === 'ArrowUp' && list.length > 0) setActive((index - 1 + list.length) % list.length);
    else if (e.key === 'Enter' && list[index]) onPick(list[index]);
    else return;
    e.preventDefault();
  };
  return (
    <div className="picker">
      <label className="field-label" htmlFor="client-picker">
        {t('capture.pickClient')}
      </label>
      <input
        id="client-picker"
        type="search"
        autoFocus
        role="combobox"
        aria-expanded={list.length > 0}
        aria-controls="picker-results"
        placeholder={t('searchPlaceholder')}
        value={query}
        onChange={(e) => {
          onQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      {query.trim() !== '' && rows !== undefined && rows.length === 0 && (
        <p className="hint">{t('noResults')}</p>
      )}
      {list.length > 0 && (
        <ClientList
          rows={list}
          active={index}
          now={now}
          t={t}
          id="picker-results"
          label={t('capture.pickClient')}
          onPick={(id) => {
            const row = list.find((r) => r.id === id);
            if (row) onPick(row);
          }}
          onHover={setActive}
        />
      )}
    </div>
  );
}
