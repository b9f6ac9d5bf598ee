// The person's open tasks and reminders, soonest first; each can be marked done.
import type { TaskView } from '../../core/card';
import type { Locale, Translate } from '../../core/i18n';
import { Icon } from '../sidebar/icons';
import { formatWeekday } from './format';

export interface OpenTasksProps {
  tasks: TaskView[];
  now: number;
  locale: Locale;
  t: Translate;
  onDone: (task: TaskView) => void;
}

export function OpenTasks({ tasks, now, locale, t, onDone }: OpenTasksProps) {
  if (tasks.length === 0) return null;
  return (
    <section className="section" aria-labelledby="tasks-title" data-testid="open-tasks">
      <h2 className="section-title" id="tasks-title">
        {t('sidebar.tasks')} <span className="section-count">{tasks.length}</span>
      </h2>
      <ul className="rows">
        {tasks.map((task) => {
          const overdue = task.due < now;
          return (
            <li key={task.id} className="row task">
              <button
                type="button"
                className="check"
                aria-label={t('sidebar.task.done', { title: task.title })}
                title={t('sidebar.task.done', { title: task.title })}
                onClick={() => onDone(task)}
              >
                <Icon name="check" />
              </button>
              <span className="row-title" title={task.title}>
                {task.title}
              </span>
              <span className={overdue ? 'row-meta overdue' : 'row-meta'}>
                {overdue ? `${t('sidebar.overdue')} · ` : ''}
                {formatWeekday(task.due, locale)}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
