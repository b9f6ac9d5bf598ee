// Quick action: set the stage by hand, with the reason the card will show.
import { useState, type FormEvent } from 'react';
import type { CardView } from '../../core/card';
import type { Translate } from '../../core/i18n';
import { FormFooter } from './FormFooter';
import { useSubmit } from './use-submit';

export interface StageFormProps {
  card: CardView;
  t: Translate;
  onSubmit: (stage: string, reason: string) => Promise<void>;
  onDone: () => void;
  onCancel: () => void;
}

export function StageForm({ card, t, onSubmit, onDone, onCancel }: StageFormProps) {
  const [stage, setStage] = useState(card.stage?.id ?? card.stages[0]?.id ?? '');
  const [reason, setReason] = useState('');
  const { state, run } = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (stage === '') return;
    if (await run(() => onSubmit(stage, reason.trim()))) onDone();
  };
  return (
    <form className="action-form" onSubmit={(e) => void submit(e)} data-testid="stage-form">
      <label className="field">
        <span className="field-label">{t('sidebar.stage.label')}</span>
        <select value={stage} autoFocus onChange={(e) => setStage(e.target.value)}>
          {card.stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('sidebar.stage.reason')}</span>
        <input
          type="text"
          value={reason}
          placeholder={t('sidebar.stage.placeholder')}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      <FormFooter state={state} submitLabel={t('sidebar.stage.save')} t={t} onCancel={onCancel} />
    </form>
  );
}
