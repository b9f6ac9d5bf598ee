// One task or reminder: done checkbox, title, when it is due, its client, and "later" for open ones.
import type { Translate } from '../../../core/i18n';
import type { Task } from '../../../core/model';
import type { Formats } from '../format';

export interface TaskItemProps {
  task: Task;
  now: number;
  /** The client's name and card link, on the task views (not on the card itself). */
  client?: { name: string; href: string };
  onComplete: (task: Task) => void;
  onSnooze?: (task: Task, until: number) => void;
  onDelete?: (task: Task) => void;
  f: Formats;
  t: Translate;
}

const HOUR = 3_600_000;

function tomorrowMorning(now: number): number {
  const d = new Date(now);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 9).getTime();
}

export function TaskItem({ task, now, client, onComplete, onSnooze, onDelete, f, t }: TaskItemProps) {
  const overdue = !task.done && task.due < now;
  return (
    <li className={`task${task.done ? ' done' : ''}${overdue ? ' overdue' : ''}`} data-testid="task">
      <label className="check">
        <input
          type="checkbox"
          checked={task.done}
          disabled={task.done}
          onChange={() => onComplete(task)}
          aria-label={t('app.tasks.complete', { title: task.title })}
        />
        <span className="task-title">{task.title}</span>
      </label>
      {task.kind && task.kind !== 'task' && <span className="badge">{t(`app.tasks.kind.${task.kind}`)}</span>}
      {client && <a href={client.href}>{client.name}</a>}
      <time dateTime={new Date(task.due).toISOString()} className={overdue ? 'warn' : 'muted'}>
        {f.dateTime(task.due)}
      </time>
      {task.recurrence !== 'none' && (
        <span className="muted small">{t(`app.tasks.repeat.${task.recurrence}`)}</span>
      )}
      {!task.done && onSnooze && (
        <span className="snooze">
          <button type="button" onClick={() => onSnooze(task, Math.max(now, task.due) + HOUR)}>
            {t('app.tasks.laterHour')}
          </button>
          <button type="button" onClick={() => onSnooze(task, tomorrowMorning(now))}>
            {t('app.tasks.tomorrow')}
          </button>
        </span>
      )}
      {onDelete && (
        <button
          type="button"
          className="remove"
          aria-label={t('app.tasks.delete', { title: task.title })}
          onClick={() => onDelete(task)}
        >
          ×
        </button>
      )}
    </li>
  );
}
