// A client's tasks and reminders on their card.
import type { Translate } from '../../../core/i18n';
import type { Task } from '../../../core/model';
import type { Formats } from '../format';
import { NewTaskForm, type NewTask } from '../tasks/NewTaskForm';
import { TaskItem } from '../tasks/TaskItem';

export interface TasksPanelProps {
  tasks: readonly Task[];
  now: number;
  onAdd: (task: NewTask) => Promise<string | null>;
  onComplete: (task: Task) => void;
  onDelete: (task: Task) => void;
  f: Formats;
  t: Translate;
}

export function TasksPanel({ tasks, now, onAdd, onComplete, onDelete, f, t }: TasksPanelProps) {
  const open = tasks.filter((x) => !x.done);
  return (
    <section className="panel" aria-labelledby="tasks-title">
      <h2 id="tasks-title">{t('app.tasks.openCount', { count: open.length })}</h2>
      <ul className="rows">
        {tasks.map((task) => (
          <TaskItem
            key={task.id}
            task={task}
            now={now}
            onComplete={onComplete}
            onDelete={onDelete}
            f={f}
            t={t}
          />
        ))}
      </ul>
      <NewTaskForm onAdd={onAdd} now={now} locale={f.locale} t={t} />
    </section>
  );
}
