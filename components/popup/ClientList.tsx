// Search results as a keyboard-driven list: name, company, stage and last contact; Enter or a click picks one.
import { daysBetween } from '../../core/card';
import type { Translate } from '../../core/i18n';

export interface ClientRow {
  id: string;
  name: string;
  company?: string;
  email?: string;
  stage?: { label: string; color: string };
  lastContactAt?: number;
}

export interface ClientListProps {
  rows: readonly ClientRow[];
  active: number;
  now: number;
  t: Translate;
  /** Id of the list, for the search box's aria-controls / aria-activedescendant. */
  id: string;
  label: string;
  onPick: (id: string) => void;
  onHover: (index: number) => void;
}

export function lastContactText(at: number | undefined, now: number, t: Translate): string {
  if (at === undefined) return t('never');
  const days = daysBetween(at, now);
  return days === 0 ? t('today') : t('daysAgo', { count: days });
}

export function ClientList({ rows, active, now, t, id, label, onPick, onHover }: ClientListProps) {
  return (
    <ul className="client-list" role="listbox" id={id} aria-label={label}>
      {rows.map((row, i) => (
        <li
          key={row.id}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === active}
          className={i === active ? 'active' : undefined}
          onMouseEnter={() => onHover(i)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(row.id)}
        >
          <div className="row-main">
            <span className="row-name">{row.name}</span>
            {row.stage && (
              <span className="stage-chip" style={{ borderColor: row.stage.color, color: row.stage.color }}>
                {row.stage.label}
              </span>
            )}
          </div>
          <div className="row-meta">
            {[
              row.company ?? row.email,
              t('popup.lastContact', { when: lastContactText(row.lastContactAt, now, t) }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </div>
        </li>
      ))}
    </ul>
  );
}
