// The save button and what stands in its way: fields to fix, refusals from the base, a same-address duplicate.
import type { FieldProblem } from '../../core/validate';
import type { Translate } from '../../core/i18n';
import { refusalText } from '../../core/i18n/refusal-text';

export type SaveBlock =
  | { kind: 'none' }
  | { kind: 'fix'; count: number }
  | { kind: 'refused'; problems: readonly FieldProblem[] }
  | { kind: 'duplicate'; name: string };

export interface SaveBarProps {
  label: string;
  saving: boolean;
  block: SaveBlock;
  t: Translate;
}

export function SaveBar({ label, saving, block, t }: SaveBarProps) {
  return (
    <div className="save-bar">
      <div className="save-row">
        <button type="submit" className="primary" disabled={saving} data-testid="save">
          {saving ? t('capture.saving') : label}
        </button>
        <span className="hint">{t('capture.enterHint')}</span>
      </div>
      <div aria-live="polite" className="save-status" data-testid="save-status">
        {block.kind === 'fix' && (
          <p className="field-problem">{t('capture.fixFields', { count: block.count })}</p>
        )}
        {block.kind === 'duplicate' && (
          <p className="field-problem">{t('capture.sameAsExisting', { name: block.name })}</p>
        )}
        {block.kind === 'refused' && (
          <ul className="refusals">
            {block.problems.map((p) => (
              <li key={`${p.field}:${p.reason}`}>{refusalText(p, t)}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
