// Reminders, decided as plain data: which tasks are due to notify, which birthday and "going quiet"
// reminders to create. Every reminder is a Task row, so it shows in the task views and fires once (notifiedAt).
import { t, type Locale } from './i18n';
import { taskId } from './ids';
import type { Birthday, Person, StageDef, Task } from './model';

const DAY = 86_400_000;
/** Birthday reminders are created this far ahead, so they show under "upcoming" before they fire. */
const BIRTHDAY_LOOKAHEAD = 7 * DAY;
/** A client who went quiet longer ago than this is not reminded about (the list filter finds them). */
const QUIET_RECENT = 14 * DAY;
/** At most this many "going quiet" reminders are created per scan, so a large, old base cannot flood the tasks. */
const QUIET_CAP = 200;
/** Reminders fire at this local hour (a birthday reminder at midnight would be missed). */
const REMIND_HOUR = 9;

/** The user's reminder preferences (kept by the app beside its other preferences). */
export interface ReminderPrefs {
  birthdays: boolean;
  /** Remind this many days before a birthday (0: on the day). */
  birthdayDaysAhead: number;
  /** Per stage id: days without contact after which the client is "going quiet"; null turns it off. */
  quietDays: Record<string, number | null>;
}

const QUIET_DEFAULTS: Record<string, number> = {
  potential: 30,
  active: 14,
  working: 30,
  regular: 45,
  partner: 60,
  vip: 30,
  key: 21,
};

/** Defaults: birthdays 3 days ahead; quiet thresholds per open/won stage, none for lost stages. */
export function defaultReminderPrefs(pipeline: readonly StageDef[]): ReminderPrefs {
  const quietDays: Record<string, number | null> = {};
  for (const s of pipeline) quietDays[s.id] = s.kind === 'lost' ? null : (QUIET_DEFAULTS[s.id] ?? 30);
  return { birthdays: true, birthdayDaysAhead: 3, quietDays };
}

/** Local midnight of the next occurrence of a birthday, today included; 29 Feb falls on 28 Feb in common years. */
export function nextBirthdayAt(b: Birthday, now: number): number {
  const d = new Date(now);
  const today = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  for (const year of [d.getFullYear(), d.getFullYear() + 1]) {
    const leap = new Date(year, 1, 29).getMonth() === 1;
    const at = new Date(year, b.month - 1, b.month === 2 && b.day === 29 && !leap ? 28 : b.day).getTime();
    if (at >= today) return at;
  }
  return today;
}

/** The person fields the reminder rules read. */
export type ReminderPerson = Pick<Person, 'id' | 'displayName' | 'createdAt'> &
  Partial<Pick<Person, 'birthday' | 'stage' | 'lastContactAt' | 'mergedInto'>>;

function reminderTask(
  id: string,
  kind: 'birthday' | 'going-quiet',
  title: string,
  due: number,
  person: ReminderPerson,
  now: number,
): Task {
  return {
    id: taskId(id),
    title,
    due,
    personId: person.id,
    done: false,
    recurrence: 'none',
    kind,
    createdAt: now,
    updatedAt: now,
  };
}

/** Birthday reminders for birthdays whose reminder time falls within the coming week; one id per person and year. */
export function birthdayReminders(
  people: readonly ReminderPerson[],
  prefs: ReminderPrefs,
  now: number,
  locale: Locale,
): Task[] {
  if (!prefs.birthdays) return [];
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' });
  const out: Task[] = [];
  for (const p of people) {
    if (!p.birthday || p.mergedInto !== undefined) continue;
    const at = new Date(nextBirthdayAt(p.birthday, now));
    const due = new Date(
      at.getFullYear(),
      at.getMonth(),
      at.getDate() - prefs.birthdayDaysAhead,
      REMIND_HOUR,
    ).getTime();
    if (due > now + BIRTHDAY_LOOKAHEAD) continue;
    const title = t(locale, 'app.reminder.birthdayTitle', { name: p.displayName, date: dayMonth.format(at) });
    out.push(reminderTask(`birthday:${p.id}:${at.getFullYear()}`, 'birthday', title, due, p, now));
  }
  return out;
}

/**
 * "Going quiet" reminders: a client whose stage has a threshold and who has had no contact for that many
 * days, having crossed it recently. One id per quiet spell (keyed by the last contact), so it fires once.
 */
export function quietReminders(
  people: readonly ReminderPerson[],
  prefs: ReminderPrefs,
  now: number,
  locale: Locale,
): Task[] {
  const out: Task[] = [];
  for (const p of people) {
    if (!p.stage || p.mergedInto !== undefined) continue;
    const days = prefs.quietDays[p.stage.stage];
    if (days === null || days === undefined || days <= 0) continue;
    const last = p.lastContactAt ?? p.createdAt;
    const due = last + days * DAY;
    if (due > now || due <= now - QUIET_RECENT) continue;
    const title = t(locale, 'app.reminder.quietTitle', { name: p.displayName, count: days });
    out.push(reminderTask(`quiet:${p.id}:${last}`, 'going-quiet', title, due, p, now));
    if (out.length >= QUIET_CAP) break;
  }
  return out;
}

/** Open tasks whose time has come and whose reminder has not fired yet (also those due while the browser was closed). */
export function dueReminders<T extends Pick<Task, 'due' | 'done' | 'notifiedAt'>>(
  tasks: readonly T[],
  now: number,
): T[] {
  return tasks
    .filter((task) => !task.done && task.due <= now && task.notifiedAt === undefined)
    .sort((a, b) => a.due - b.due);
}

/** How a batch of due reminders is shown: a few one by one, the rest folded into one summary notification. */
export interface NotificationPlan<T> {
  single: T[];
  summary: T[];
}

/** Up to `maxSingle` reminders get their own notification, the user's own tasks first; the rest are summarised. */
export function planNotifications<T extends Pick<Task, 'kind'>>(
  due: readonly T[],
  maxSingle = 3,
): NotificationPlan<T> {
  if (due.length <= maxSingle) return { single: [...due], summary: [] };
  const own = due.filter((task) => task.kind === undefined || task.kind === 'task');
  const single = own.slice(0, maxSingle);
  return { single, summary: due.filter((task) => !single.includes(task)) };
}

/** Which task view a task belongs to, by local day: overdue (before today), today, or upcoming. */
export function taskBucket(due: number, now: number): 'overdue' | 'today' | 'upcoming' {
  const d = new Date(now);
  const start = new Date(d.getFullYear(), d.getMonth(), d.getDate()).getTime();
  const end = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime();
  if (due < start) return 'overdue';
  return due < end ? 'today' : 'upcoming';
}
