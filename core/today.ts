// The sidebar's inbox view (no thread open): what is due today — the user's tasks, and the reminders Kartka made
// (birthdays, clients going quiet) — overdue ones first, each with the client it is about.
import type { TaskId } from './ids';
import type { Task } from './model';

export interface TodayItem {
  id: TaskId;
  title: string;
  due: number;
  overdue: boolean;
  /** The client the task is about (person first), to open their card. */
  client: { kind: 'person' | 'company'; id: string; name: string } | null;
}

export interface TodayView {
  tasks: TodayItem[];
  reminders: TodayItem[];
}

/** Reminders are the tasks Kartka generated; everything else is a task the user wrote. */
export const isReminder = (task: Pick<Task, 'kind'>): boolean =>
  task.kind === 'birthday' || task.kind === 'going-quiet';

/**
 * Open tasks due by `until` (the end of the user's today), earliest first; `startOfDay` tells overdue ones (due
 * before today began). `names` maps client ids to their names; a task whose client is gone keeps no client.
 */
export function todayView(
  open: readonly Task[],
  names: ReadonlyMap<string, string>,
  startOfDay: number,
  until: number,
): TodayView {
  const items = open
    .filter((t) => !t.done && t.due <= until)
    .sort((a, b) => a.due - b.due || a.title.localeCompare(b.title))
    .map((t) => {
      const kind = t.personId !== undefined ? 'person' : 'company';
      const id = t.personId ?? t.companyId;
      const name = id === undefined ? undefined : names.get(id);
      const item: TodayItem = {
        id: t.id,
        title: t.title,
        due: t.due,
        overdue: t.due < startOfDay,
        client: id !== undefined && name !== undefined ? { kind, id, name } : null,
      };
      return { item, reminder: isReminder(t) };
    });
  return {
    tasks: items.filter((i) => !i.reminder).map((i) => i.item),
    reminders: items.filter((i) => i.reminder).map((i) => i.item),
  };
}
