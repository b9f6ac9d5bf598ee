// A dropdown of checkboxes for multi-value filters; native <details>, so it opens with Enter or Space.
import { useId, useState } from 'react';
import { closeOnEscape } from './close-on-escape';

export interface CheckOption {
  value: string;
  label: string;
}

export interface CheckMenuProps {
  label: string;
  options: readonly CheckOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  /** Placeholder of the filter box shown when there are many options. */
  filterLabel: string;
  emptyLabel: string;
}

const FILTER_FROM = 10;
const SHOW_AT_MOST = 200;

export function CheckMenu({ label, options, selected, onChange, filterLabel, emptyLabel }: CheckMenuProps) {
  const [query, setQuery] = useState('');
  const id = useId();
  const q = query.trim().toLowerCase();
  const shown = (q ? options.filter((o) => o.label.toLowerCase().includes(q)) : options).slice(
    0,
    SHOW_AT_MOST,
  );
  const toggle = (value: string, on: boolean) =>
    onChange(on ? [...selected, value] : selected.filter((v) => v !== value));
  return (
    <details className="menu" data-active={selected.length > 0} onKeyDown={closeOnEscape}>
      <summary>
        {label}
        {selected.length > 0 && <span className="badge">{selected.length}</span>}
      </summary>
      <div className="menu-body" role="group" aria-labelledby={`${id}-label`}>
        <span id={`${id}-label`} className="visually-hidden">
          {label}
        </span>
        {options.length > FILTER_FROM && (
          <input
            type="search"
            aria-label={filterLabel}
            placeholder={filterLabel}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        )}
        {shown.length === 0 && <p className="muted">{emptyLabel}</p>}
        {shown.map((o) => (
          <label key={o.value} className="check">
            <input
              type="checkbox"
              checked={selected.includes(o.value)}
              onChange={(e) => toggle(o.value, e.target.checked)}
            />
            {o.label}
          </label>
        ))}
      </div>
    </details>
  );
}
