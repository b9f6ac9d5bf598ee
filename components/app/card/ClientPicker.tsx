// Finds another client by typing (name, email, phone, domain); used to merge and to link a company.
import { useEffect, useState } from 'react';
import type { Translate } from '../../../core/i18n';

export interface PickerHit {
  id: string;
  name: string;
  detail: string;
}

export interface ClientPickerProps {
  label: string;
  search: (query: string) => Promise<PickerHit[]>;
  onPick: (hit: PickerHit) => void;
  /** Ids not to offer (the card itself). */
  exclude?: readonly string[];
  t: Translate;
}

export function ClientPicker({ label, search, onPick, exclude = [], t }: ClientPickerProps) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<PickerHit[]>([]);
  useEffect(() => {
    if (!query.trim()) return;
    let live = true;
    const timer = setTimeout(() => void search(query).then((h) => live && setHits(h)), 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, search]);
  const shown = query.trim() ? hits.filter((h) => !exclude.includes(h.id)) : [];
  return (
    <div className="picker">
      <input
        type="search"
        autoFocus
        aria-label={label}
        placeholder={label}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() !== '' && (
        <ul className="rows" aria-label={label}>
          {shown.length === 0 && <li className="muted">{t('noResults')}</li>}
          {shown.map((h) => (
            <li key={h.id}>
              <button type="button" className="link" onClick={() => onPick(h)}>
                {h.name}
              </button>
              <span className="muted small">{h.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
