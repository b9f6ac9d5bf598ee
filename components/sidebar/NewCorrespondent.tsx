// A correspondent who is not in the base: "new correspondent — add to the base?" and a one-click add.
import type { Translate } from '../../core/i18n';
import { actionErrorText } from '../../core/i18n/action-error-text';
import { useSubmit } from './use-submit';

export interface NewCorrespondentProps {
  name: string;
  address: string;
  t: Translate;
  onAdd: () => Promise<void>;
}

export function NewCorrespondent({ name, address, t, onAdd }: NewCorrespondentProps) {
  const { state, run } = useSubmit();
  return (
    <section className="notice newcomer" data-testid="new-correspondent" aria-labelledby="newcomer-title">
      <h2 id="newcomer-title">{t('newCorrespondent')}</h2>
      <p className="newcomer-who">
        {name && (
          <>
            <bdi>{name}</bdi> —{' '}
          </>
        )}
        <bdi>{address}</bdi>
      </p>
      <p className="newcomer-hint">{t('sidebar.newBody')}</p>
      <button
        type="button"
        className="button-primary"
        disabled={state.kind === 'saving'}
        onClick={() => void run(onAdd)}
      >
        {state.kind === 'saving' ? t('sidebar.adding') : t('addToBase')}
      </button>
      {state.kind === 'failed' && (
        <p className="form-error" role="alert">
          {t('sidebar.failed', { error: actionErrorText(state, t) })}
        </p>
      )}
    </section>
  );
}
