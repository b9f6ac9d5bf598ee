// A group's people seen on screen: those in the base open their card here, the others are named as strangers.
import { avatarHue, initialsOf } from '../../../core/card';
import type { Translate } from '../../../core/i18n';

export interface ParticipantsProps {
  people: { id: string; name: string; key: string | null }[];
  selected: string | null;
  t: Translate;
  onSelect: (key: string) => void;
}

export function Participants({ people, selected, t, onSelect }: ParticipantsProps) {
  if (people.length === 0) return null;
  return (
    <nav
      className="switcher"
      aria-label={t('chat.participants', { count: people.length })}
      data-testid="participants"
    >
      {people.map((p) => {
        const chip = (
          <>
            <span
              className="mini-avatar"
              aria-hidden="true"
              style={{ background: `hsl(${avatarHue(p.name)} 45% 42%)` }}
            >
              {initialsOf(p.name)}
            </span>
            <span className="person-chip-name" title={p.name}>
              {p.name}
            </span>
          </>
        );
        const key = p.key;
        return key === null ? (
          <span key={p.id} className="person-chip stranger" title={t('chat.notInBase')}>
            {chip}
          </span>
        ) : (
          <button
            key={p.id}
            type="button"
            className="person-chip"
            aria-pressed={key === selected}
            onClick={() => onSelect(key)}
          >
            {chip}
          </button>
        );
      })}
    </nav>
  );
}
