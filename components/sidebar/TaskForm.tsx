// Quick action: a task or reminder, due on a picked date or a preset (tomorrow, in 3 days, next week).
import { useState, type FormEvent } from 'react';
import { DUE_PRESETS, fromDateInput, presetDue, toDateInput, type DuePreset } from '../../core/card';
import type { Locale, MessageKey, Translate } from '../../core/i18n';
import { isoOf, parseDay } from '../../core/i18n/date-input';
import { formatWeekday } from '../card/format';
import { DateField } from '../ui/DateField';
import { FormFooter } from './FormFooter';
import { useSubmit } from './use-submit';

export interface TaskFormProps {
  t: Translate;
  locale: Locale;
  now: number;
  onSubmit: (title: string, due: number) => Promise<void>;
  onDone: () => void;
  onCancel: () => void;
}

const PRESET_LABEL: Record<DuePreset, MessageKey> = {
  tomorrow: 'sidebar.task.tomorrow',
  in3days: 'sidebar.task.in3days',
  nextWeek: 'sidebar.task.nextWeek',
};

export function TaskForm({ t, locale, now, onSubmit, onDone, onCancel }: TaskFormProps) {
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => toDateInput(presetDue('tomorrow', now)));
  // The preset chosen, not every preset that falls on that date: on a Sunday "tomorrow" and "next week" are
  // both Monday, and only the one the user pressed is lit.
  const [preset, setPreset] = useState<DuePreset | null>('tomorrow');
  const [problem, setProblem] = useState<string | null>(null);
  const { state, run } = useSubmit();
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const due = fromDateInput(date);
    if (title.trim() === '') return;
    if (due === null) {
      setProblem(t('sidebar.task.badDate'));
      return;
    }
    setProblem(null);
    if (await run(() => onSubmit(title.trim(), due))) onDone();
  };
  return (
    <form className="action-form" onSubmit={(e) => void submit(e)} data-testid="task-form">
      <label className="field">
        <span className="field-label">{t('sidebar.task.label')}</span>
        <input
          type="text"
          value={title}
          autoFocus
          required
          placeholder={t('sidebar.task.placeholder')}
          onChange={(e) => setTitle(e.target.value)}
        />
      </label>
      <div className="presets" role="group" aria-label={t('sidebar.task.presets')}>
        {DUE_PRESETS.map((p) => {
          const due = presetDue(p, now);
          return (
            <button
              key={p}
              type="button"
              className="preset"
              aria-pressed={preset === p}
              title={formatWeekday(due, locale)}
              onClick={() => {
                setPreset(p);
                setDate(toDateInput(due));
              }}
            >
              {t(PRESET_LABEL[p])}
            </button>
          );
        })}
      </div>
      <div className="field field-inline">
        <span className="field-label" aria-hidden="true">
          {t('sidebar.task.due')}
        </span>
        <DateField
          value={parseDay(date, locale)}
          label={t('sidebar.task.due')}
          locale={locale}
          t={t}
          testId="task-due"
          onChange={(day) => {
            setPreset(null);
            setDate(day ? isoOf(day) : '');
          }}
        />
      </div>
      <FormFooter
        state={state}
        submitLabel={t('sidebar.task.save')}
        t={t}
        onCancel={onCancel}
        problem={problem}
      />
    </form>
  );
}
