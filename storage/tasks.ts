// Tasks and reminders: due lists, completion, and the next occurrence of a recurring task.
import { taskId as asTaskId, type PersonId, type TaskId } from '../core/ids';
import type { Recurrence, Task } from '../core/model';
import { newId, type KartkaDB, type StoredTask } from './db';

export type TaskInput = Pick<Task, 'title' | 'due'> &
  Partial<Pick<Task, 'personId' | 'companyId' | 'recurrence' | 'kind'>>;

/** A task row with its derived `openDue`. */
export function taskRow(task: Task): StoredTask {
  const stored: StoredTask = { ...task };
  if (task.done) delete stored.openDue;
  else stored.openDue = task.due;
  return stored;
}

/** The next due time of a recurring task, in local calendar terms (a monthly task on the 31st lands on the month's last day). */
export function nextDue(due: number, recurrence: Recurrence): number | null {
  const d = new Date(due);
  switch (recurrence) {
    case 'none':
      return null;
    case 'daily':
      d.setDate(d.getDate() + 1);
      return d.getTime();
    case 'weekly':
      d.setDate(d.getDate() + 7);
      return d.getTime();
    case 'monthly':
    case 'yearly': {
      const day = d.getDate();
      d.setDate(1);
      if (recurrence === 'monthly') d.setMonth(d.getMonth() + 1);
      else d.setFullYear(d.getFullYear() + 1);
      const lastDay = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
      d.setDate(Math.min(day, lastDay));
      return d.getTime();
    }
  }
}

/** Adds a task; the title must not be empty. */
export async function addTask(db: KartkaDB, input: TaskInput, now: number): Promise<StoredTask> {
  const title = input.title.trim();
  if (!title) throw new Error('A task needs a title; nothing was saved.');
  if (!Number.isFinite(input.due))
    throw new Error(`Task "${title}" has no valid due date; nothing was saved.`);
  const task: Task = {
    ...input,
    title,
    id: asTaskId(newId()),
    done: false,
    recurrence: input.recurrence ?? 'none',
    createdAt: now,
    updatedAt: now,
  };
  const stored = taskRow(task);
  await db.tasks.add(stored);
  return stored;
}

/** Marks a task done; a recurring task gets its next occurrence, returned as `next`. */
export async function completeTask(
  db: KartkaDB,
  id: TaskId,
  now: number,
): Promise<{ done: StoredTask; next?: StoredTask } | undefined> {
  return db.transaction('rw', db.tasks, async () => {
    const task = await db.tasks.get(id);
    if (!task || task.done) return undefined;
    const done = taskRow({ ...task, done: true, doneAt: now, updatedAt: now });
    await db.tasks.put(done);
    const due = nextDue(task.due, task.recurrence);
    if (due === null) return { done };
    const { openDue: _open, doneAt: _doneAt, notifiedAt: _notified, ...rest } = task;
    const next = taskRow({
      ...rest,
      id: asTaskId(newId()),
      due,
      done: false,
      createdAt: now,
      updatedAt: now,
    });
    await db.tasks.add(next);
    return { done, next };
  });
}

/** Open tasks due at or before `now`, earliest first. */
export async function dueTasks(db: KartkaDB, now: number): Promise<StoredTask[]> {
  return db.tasks.where('openDue').belowOrEqual(now).sortBy('due');
}

/** Open tasks due in the window (after `from`, up to `to`), earliest first. */
export async function upcomingTasks(db: KartkaDB, from: number, to: number): Promise<StoredTask[]> {
  return db.tasks.where('openDue').between(from, to, false, true).sortBy('due');
}

/** A person's tasks: open ones by due date, then done ones, newest first. */
export async function tasksForPerson(db: KartkaDB, personId: PersonId): Promise<StoredTask[]> {
  const all = await db.tasks.where('personId').equals(personId).toArray();
  return all.sort((a, b) => Number(a.done) - Number(b.done) || (a.done ? b.due - a.due : a.due - b.due));
}

/** Records that a task's reminder fired, so it fires once. */
export async function markNotified(db: KartkaDB, id: TaskId, now: number): Promise<void> {
  await db.tasks.update(id, { notifiedAt: now });
}
