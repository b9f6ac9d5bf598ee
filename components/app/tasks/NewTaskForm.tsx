// Adds a task: title, when (a local date and time, typed or picked in Kartka's language), how it repeats.
import { useState } from 'react';
import type { Locale, Translate } from '../../../core/i18n';
import type { Day } from '../../../core/i18n/date-input';
import type { Recurrence } from '../../../core/model';
import { DateField } from '../../ui/DateField';
import { TimeField, type TimeOfDay } from '../../ui/TimeField';

export interface NewTask {
  title: string;
  due: number;
  recurrence: Recurrence;
}

export interface NewTaskFormProps {
  onAdd: (task: NewTask) => Promise<string | null>;
  now: number;
  locale: Locale;
  t: Translate;
}

const RECURRENCES: readonly Recurrence[] = ['none', 'daily', 'weekly', 'monthly', 'yearly'];

/** The local day and time of an instant. */
function split(at: number): { day: Day; time: TimeOfDay } {
  const d = new Date(at);
  return {
    day: { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() },
    time: { hours: d.getHours(), minutes: d.getMinutes() },
  };
}

export function NewTaskForm({ onAdd, now, locale, t }: NewTaskFormProps) {
  const [title, setTitle] = useState('');
  // An hour from now, on the next five minutes.
  const [initial] = useState(() => split(Math.ceil((now + 3_600_000) / 300_000) * 300_000));
  const [day, setDay] = useState<Day | null>(initial.day);
  const [time, setTime] = useState<TimeOfDay | null>(initial.time);
  const [recurrence, setRecurrence] = useState<Recurrence>('none');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (day === null || time === null) return setError(t('app.tasks.badDue'));
    const at = new Date(day.year, day.month - 1, day.day, time.hours, time.minutes).getTime();
    const problem = await onAdd({ title, due: at, recurrence });
    setError(problem);
    if (problem === null) setTitle('');
  };
  return (
    <form
      className="inline-form new-task"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <input
        aria-label={t('app.tasks.newTitle')}
        placeholder={t('app.tasks.newTitle')}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <DateField value={day} onChange={setDay} label={t('app.tasks.due')} locale={locale} t={t} />
      <TimeField value={time} onChange={setTime} label={t('app.tasks.dueTime')} locale={locale} t={t} />
      <select
        aria-label={t('app.tasks.repeat')}
        value={recurrence}
        onChange={(e) => setRecurrence(e.target.value as Recurrence)}
      >
        {RECURRENCES.map((r) => (
          <option key={r} value={r}>
            {t(`app.tasks.repeat.${r}`)}
          </option>
        ))}
      </select>
      <button type="submit" disabled={!title.trim()}>
        {t('app.tasks.add')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
