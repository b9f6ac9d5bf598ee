// The bottom of every quick-action form: its error, Cancel and the submit button.
import type { Translate } from '../../core/i18n';
import { actionErrorText } from '../../core/i18n/action-error-text';
import type { SubmitState } from './use-submit';

export interface FormFooterProps {
  state: SubmitState;
  submitLabel: string;
  t: Translate;
  onCancel: () => void;
  /** A problem found before sending (empty title, bad date), shown like a failure. */
  problem?: string | null;
}

export function FormFooter({ state, submitLabel, t, onCancel, problem = null }: FormFooterProps) {
  const error =
    problem ?? (state.kind === 'failed' ? t('sidebar.failed', { error: actionErrorText(state, t) }) : null);
  return (
    <>
      {error !== null && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="form-buttons">
        <button type="button" className="button-quiet" onClick={onCancel}>
          {t('sidebar.cancel')}
        </button>
        <button type="submit" className="button-primary" disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? t('sidebar.saving') : submitLabel}
        </button>
      </div>
    </>
  );
}
