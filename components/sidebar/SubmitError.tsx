// A sidebar form's failure, in the reader's language ("Could not save: …" with `framed`).
import type { Translate } from '../../core/i18n';
import { actionErrorText } from '../../core/i18n/action-error-text';
import type { SubmitState } from './use-submit';

export function SubmitError({
  state,
  t,
  framed = false,
}: {
  state: SubmitState;
  t: Translate;
  framed?: boolean;
}) {
  if (state.kind !== 'failed') return null;
  const error = actionErrorText(state, t);
  return (
    <p className="form-error" role="alert">
      {framed ? t('sidebar.failed', { error }) : error}
    </p>
  );
}
