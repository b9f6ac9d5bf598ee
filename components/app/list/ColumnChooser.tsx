// Which columns the list shows, and in which order (the name always stays first).
import type { Translate } from '../../../core/i18n';
import { closeOnEscape } from '../common/close-on-escape';
import { COLUMN_IDS, type ColumnId } from '../../../core/segments';

export interface ColumnChooserProps {
  columns: readonly ColumnId[];
  onChange: (columns: ColumnId[]) => void;
  /** False outside a firm: there is no responsible member to show. */
  inFirm: boolean;
  t: Translate;
}

export function ColumnChooser({ columns, onChange, inFirm, t }: ColumnChooserProps) {
  const shift = (c: ColumnId, by: -1 | 1) => {
    const i = columns.indexOf(c);
    const j = i + by;
    if (i < 1 || j < 1 || j >= columns.length) return;
    const next = [...columns];
    [next[i], next[j]] = [columns[j] ?? c, c];
    onChange(next);
  };
  return (
    <details className="menu columns" onKeyDown={closeOnEscape}>
      <summary>{t('app.list.columns')}</summary>
      <div className="menu-body" role="group" aria-label={t('app.list.columns')}>
        {COLUMN_IDS.filter((c) => inFirm || c !== 'owner').map((c) => {
          const on = columns.includes(c);
          return (
            <div key={c} className="column-choice">
              <label className="check">
                <input
                  type="checkbox"
                  checked={on}
                  disabled={c === 'name'}
                  onChange={(e) =>
                    onChange(e.target.checked ? [...columns, c] : columns.filter((x) => x !== c))
                  }
                />
                {t(`app.col.${c}`)}
              </label>
              {on && c !== 'name' && (
                <span className="order">
                  <button
                    type="button"
                    aria-label={t('app.list.moveLeft', { name: t(`app.col.${c}`) })}
                    onClick={() => shift(c, -1)}
                  >
                    ←
                  </button>
                  <button
                    type="button"
                    aria-label={t('app.list.moveRight', { name: t(`app.col.${c}`) })}
                    onClick={() => shift(c, 1)}
                  >
                    →
                  </button>
                </span>
              )}
            </div>
          );
        })}
      </div>
    </details>
  );
}
