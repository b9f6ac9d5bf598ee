// Switches between the thread's correspondents when there are several.
import { avatarHue, initialsOf } from '../../core/card';
import { isolateBidi } from '../../core/bidi';
import type { Translate } from '../../core/i18n';

export interface SwitcherProps {
  people: { address: string; name: string }[];
  selected: string | null;
  t: Translate;
  onSelect: (address: string) => void;
}

export function Switcher({ people, selected, t, onSelect }: SwitcherProps) {
  if (people.length < 2) return null;
  return (
    <nav className="switcher" aria-label={t('correspondents', { count: people.length })}>
      {people.map((c) => (
        <button
          key={c.address}
          type="button"
          className="person-chip"
          aria-pressed={c.address === selected}
          title={c.name ? `${isolateBidi(c.name)} <${c.address}>` : c.address}
          onClick={() => onSelect(c.address)}
        >
          <span
            className="mini-avatar"
            aria-hidden="true"
            style={{ background: `hsl(${avatarHue(c.name || c.address)} 45% 42%)` }}
          >
            {initialsOf(c.name, c.address)}
          </span>
          <span className="person-chip-name">{c.name || c.address}</span>
        </button>
      ))}
    </nav>
  );
}
