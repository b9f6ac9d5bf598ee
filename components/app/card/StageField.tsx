// A client's stage: shown with its colour and the reason; changed by hand with a reason of one's own.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { stageReasonText } from '../../../core/i18n/stage-reason';
import type { StageDef, StageState } from '../../../core/model';

export interface StageFieldProps {
  stage: StageState | undefined;
  pipeline: readonly StageDef[];
  onSet: (stage: string, reason: string) => Promise<void>;
  t: Translate;
}

export function StageField({ stage, pipeline, onSet, t }: StageFieldProps) {
  const [editing, setEditing] = useState(false);
  const [next, setNext] = useState(stage?.stage ?? pipeline[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const def = pipeline.find((s) => s.id === stage?.stage);
  if (!editing) {
    return (
      <div className="stage-field">
        {stage ? (
          <>
            <span
              className="stage-chip"
              style={{ borderColor: def?.color ?? '#5f6368' }}
              data-testid="card-stage"
            >
              {def?.label ?? stage.stage}
            </span>
            <span className="muted">
              {t(`app.stage.setBy.${stage.setBy}`, { reason: stageReasonText(stage, t) })}
            </span>
          </>
        ) : (
          <span className="muted">{t('app.stage.notClient')}</span>
        )}
        <button
          type="button"
          onClick={() => {
            setNext(stage?.stage ?? pipeline[0]?.id ?? '');
            setReason('');
            setEditing(true);
          }}
        >
          {t('app.stage.change')}
        </button>
      </div>
    );
  }
  return (
    <form
      className="stage-field editing"
      onSubmit={(e) => {
        e.preventDefault();
        void onSet(next, reason).then(() => setEditing(false));
      }}
    >
      <select aria-label={t('stage')} value={next} onChange={(e) => setNext(e.target.value)} autoFocus>
        {pipeline.map((s) => (
          <option key={s.id} value={s.id}>
            {s.label}
          </option>
        ))}
      </select>
      <input
        aria-label={t('app.stage.reason')}
        placeholder={t('app.stage.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
      />
      <button type="submit">{t('app.card.save')}</button>
      <button type="button" onClick={() => setEditing(false)}>
        {t('app.card.cancel')}
      </button>
    </form>
  );
}
