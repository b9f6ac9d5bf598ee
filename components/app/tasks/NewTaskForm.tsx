// Adds a task: title, when (local date and time), how it repeats.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { Recurrence } from '../../../core/model';

export interface NewTask {
  title: string;
  due: number;
  recurrence: Recurrence;
}

export interface NewTaskFormProps {
  onAdd: (task: NewTask) => Promise<string | null>;
  now: number;
  t: Translate;
}

const RECURRENCES: readonly Recurrence[] = ['none', 'daily', 'weekly', 'monthly', 'yearly'];

/** `YYYY-MM-DDTHH:mm` in local time, as <input type="datetime-local"> wants it. */
export function localInputValue(at: number): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function NewTaskForm({ onAdd, now, t }: NewTaskFormProps) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState(() => localInputValue(Math.ceil((now + 3_600_000) / 300_000) * 300_000));
  const [recurrence, setRecurrence] = useState<Recurrence>('none');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    const at = new Date(due).getTime();
    if (!Number.isFinite(at)) return setError(t('app.tasks.badDue'));
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
      <input
        type="datetime-local"
        aria-label={t('app.tasks.due')}
        value={due}
        onChange={(e) => setDue(e.target.value)}
      />
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
