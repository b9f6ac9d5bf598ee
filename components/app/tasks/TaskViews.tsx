// Tasks and reminders in three views: overdue, today, upcoming; each a list a keyboard can walk.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { Task } from '../../../core/model';
import { taskBucket } from '../../../core/reminders';
import type { Formats } from '../format';
import { NewTaskForm, type NewTask } from './NewTaskForm';
import { TaskItem } from './TaskItem';

export interface TaskViewsProps {
  rows: readonly { task: Task; client?: { name: string; href: string } }[];
  now: number;
  onAdd: (task: NewTask) => Promise<string | null>;
  onComplete: (task: Task) => void;
  onSnooze: (task: Task, until: number) => void;
  onDelete: (task: Task) => void;
  f: Formats;
  t: Translate;
}

type View = 'today' | 'overdue' | 'upcoming';
const VIEWS: readonly View[] = ['today', 'overdue', 'upcoming'];

export function TaskViews({ rows, now, onAdd, onComplete, onSnooze, onDelete, f, t }: TaskViewsProps) {
  const [view, setView] = useState<View>('today');
  const byView = new Map<View, typeof rows>(
    VIEWS.map((v) => [v, rows.filter((r) => taskBucket(r.task.due, now) === v)]),
  );
  const shown = byView.get(view) ?? [];
  return (
    <section className="tasks-page" aria-labelledby="tasks-page-title">
      <h1 id="tasks-page-title">{t('app.nav.tasks')}</h1>
      <div className="tabs" role="tablist" aria-label={t('app.nav.tasks')}>
        {VIEWS.map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            id={`tab-${v}`}
            aria-selected={view === v}
            aria-controls="task-panel"
            onClick={() => setView(v)}
            onKeyDown={(e) => {
              const i = VIEWS.indexOf(v) + (e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0);
              const next = VIEWS[(i + VIEWS.length) % VIEWS.length];
              if (next && next !== v) {
                setView(next);
                document.getElementById(`tab-${next}`)?.focus();
              }
            }}
            tabIndex={view === v ? 0 : -1}
          >
            {t(`app.tasks.view.${v}`, { count: byView.get(v)?.length ?? 0 })}
          </button>
        ))}
      </div>
      <div id="task-panel" role="tabpanel" aria-labelledby={`tab-${view}`}>
        {shown.length === 0 && <p className="muted">{t(`app.tasks.empty.${view}`)}</p>}
        <ul className="rows">
          {shown.map(({ task, client }) => (
            <TaskItem
              key={task.id}
              task={task}
              now={now}
              {...(client ? { client } : {})}
              onComplete={onComplete}
              onSnooze={onSnooze}
              onDelete={onDelete}
              f={f}
              t={t}
            />
          ))}
        </ul>
      </div>
      <h2>{t('app.tasks.new')}</h2>
      <NewTaskForm onAdd={onAdd} now={now} locale={f.locale} t={t} />
    </section>
  );
}
