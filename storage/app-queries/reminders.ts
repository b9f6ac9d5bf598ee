// What the background's reminder check reads and writes: people for the birthday and "going quiet" rules,
// reminder tasks added once by id, due and next reminders, and "fired" marks.
import type { TaskId } from '../../core/ids';
import type { Task } from '../../core/model';
import type { ReminderPerson } from '../../core/reminders';
import { todayView, type TodayView } from '../../core/today';
import type { KartkaDB, StoredTask } from '../db';
import { allLoggedContacts, laterContact } from '../last-contact';
import type { ClientRef } from '../people';

/** Everyone the birthday and "going quiet" rules look at, reduced to the fields they read. */
export async function reminderPeople(db: KartkaDB): Promise<ReminderPerson[]> {
  const out: ReminderPerson[] = [];
  const logged = await allLoggedContacts(db);
  await db.people.each((p) => {
    if (p.mergedInto !== undefined || (!p.birthday && !p.stage)) return;
    const r: ReminderPerson = { id: p.id, displayName: p.displayName, createdAt: p.createdAt };
    if (p.birthday) r.birthday = p.birthday;
    if (p.stage) r.stage = p.stage;
    const last = laterContact(p.lastContactAt, logged.get(p.id));
    if (last !== undefined) r.lastContactAt = last;
    out.push(r);
  });
  return out;
}

/** Adds the reminder tasks not yet in the base (by their stable ids); returns how many were added. */
export async function addReminderTasks(db: KartkaDB, tasks: readonly Task[]): Promise<number> {
  if (tasks.length === 0) return 0;
  return db.transaction('rw', db.tasks, async () => {
    const existing = new Set(
      await db.tasks
        .where(':id')
        .anyOf(tasks.map((t) => t.id))
        .primaryKeys(),
    );
    const fresh = tasks.filter((t) => !existing.has(t.id)).map((t): StoredTask => ({ ...t, openDue: t.due }));
    await db.tasks.bulkAdd(fresh);
    return fresh.length;
  });
}

/** Open tasks due by `now` whose reminder has not fired. */
export async function unnotifiedDueTasks(db: KartkaDB, now: number): Promise<StoredTask[]> {
  return (await db.tasks.where('openDue').belowOrEqual(now).sortBy('due')).filter(
    (t) => t.notifiedAt === undefined,
  );
}

/** When the earliest reminder that has not fired falls (or fell) due, if there is one. */
export async function nextReminderAt(db: KartkaDB): Promise<number | undefined> {
  return (
    await db.tasks
      .where('openDue')
      .aboveOrEqual(-Infinity)
      .filter((t) => t.notifiedAt === undefined)
      .first()
  )?.due;
}

export async function markTasksNotified(db: KartkaDB, ids: readonly TaskId[], now: number): Promise<void> {
  await db.tasks
    .where(':id')
    .anyOf([...ids])
    .modify({ notifiedAt: now });
}

/** A task's client, for a notification's click: the person, else the company. */
export async function taskClient(db: KartkaDB, id: TaskId): Promise<ClientRef | undefined> {
  const task = await db.tasks.get(id);
  if (task?.personId) return { kind: 'person', id: task.personId };
  if (task?.companyId) return { kind: 'company', id: task.companyId };
  return undefined;
}

/** The sidebar's "due today": open tasks and reminders due by `until`, with their clients' names. */
export async function dueToday(db: KartkaDB, startOfDay: number, until: number): Promise<TodayView> {
  const open = await db.tasks.where('openDue').belowOrEqual(until).sortBy('due');
  const personIds = [...new Set(open.flatMap((t) => (t.personId ? [t.personId] : [])))];
  const companyIds = [...new Set(open.flatMap((t) => (t.companyId && !t.personId ? [t.companyId] : [])))];
  const [people, companies] = await Promise.all([
    db.people.bulkGet(personIds),
    db.companies.bulkGet(companyIds),
  ]);
  const names = new Map<string, string>();
  for (const p of people) if (p && !p.mergedInto) names.set(p.id, p.displayName);
  for (const c of companies) if (c && !c.mergedInto) names.set(c.id, c.name);
  return todayView(open, names, startOfDay, until);
}
