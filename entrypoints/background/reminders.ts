// Reminders as browser notifications: a periodic alarm every minute, one at startup and one at the next
// due time. Every reminder is a task row; notifiedAt makes it fire once, also when it fell due while the
// browser was closed. Birthday and "going quiet" reminders are created by an hourly scan.
import { browser } from '#imports';
import { liveQuery } from 'dexie';
import { monthKey, stageCounts } from '../../core/analytics';
import { pickLocale, t, type Locale } from '../../core/i18n';
import { taskId } from '../../core/ids';
import type { Task } from '../../core/model';
import { birthdayReminders, dueReminders, planNotifications, quietReminders } from '../../core/reminders';
import {
  addReminderTasks,
  lastReminderScan,
  loadAppPrefs,
  markTasksNotified,
  nextReminderAt,
  recordStageSnapshot,
  reminderPeople,
  setLastReminderScan,
  taskClient,
  unnotifiedDueTasks,
} from '../../storage/app-queries';
import { getCompany } from '../../storage/companies';
import { db } from '../../storage/db';
import { getPerson } from '../../storage/people';
import { loadSettings } from '../../storage/settings';

const PERIODIC = 'kartka-reminders';
const AT_START = 'kartka-reminders-startup';
const AT_NEXT = 'kartka-reminders-next';
const TASK_PREFIX = 'kartka:task:';
const SUMMARY_PREFIX = 'kartka:summary:';
const SCAN_EVERY_MS = 60 * 60_000;
/** The extension's "K" as a 64×64 PNG (notifications need an icon; the extension ships none yet). */
const ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAMAAACdt4HsAAAACVBMVEX///8ac+j///9xG116AAAAA3RSTlMA//9EUNYhAAAAvElEQVR42t3XQQqAMAxE0U7uf2hXgogm03y0aJaFeVClaTPGoWTWuCpNFoyfCYkJEhMkJkhQoIAEhe8DgvUEEHtdr0YPCAgEBAICSd4CsrwDpHkDyPM1UOQrIKp8AdT5HKjjOeDkbUAQEAS0HMBb4B+x9xuTRtY5CxiIXltnh8kRpjpS82ZCHanexGxb712u8F7IP8P85YqBRe8D/kK5XfYB2cC7D8V/PLbXTyx86OJjHx88+ejLh+/++L8BbUgSRncsQDYAAAAASUVORK5CYII=';

let running: Promise<void> | null = null;

/** Starts the reminder alarms and notification handling; call once from the background's main(). */
export function startReminders(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(PERIODIC)) void check();
  });
  browser.notifications.onClicked.addListener((id) => void openFor(id));
  void browser.alarms.get(PERIODIC).then((existing) => {
    if (!existing) void browser.alarms.create(PERIODIC, { periodInMinutes: 1 });
  });
  void browser.alarms.create(AT_START, { when: Date.now() + 500 });
  // Any page adding or moving a task re-arms the alarm for the earliest pending reminder (at once when it is
  // already due) while the worker is awake; when it is asleep, the periodic alarm catches up within a minute.
  liveQuery(() => nextReminderAt(db)).subscribe({
    next: (at) => {
      if (at === undefined) void browser.alarms.clear(AT_NEXT);
      else void browser.alarms.create(AT_NEXT, { when: Math.max(at, Date.now() + 500) });
    },
    error: (e: unknown) => console.error('Kartka: watching tasks for reminders failed', e),
  });
}

/** One check at a time; overlapping alarms wait for the running one. */
function check(): Promise<void> {
  running ??= run()
    .catch((e: unknown) => console.error('Kartka: reminder check failed', e))
    .finally(() => {
      running = null;
    });
  return running;
}

async function run(): Promise<void> {
  const now = Date.now();
  const settings = await loadSettings();
  const locale = pickLocale(settings.language === 'auto' ? navigator.language : settings.language);
  if (now - (await lastReminderScan(db)) >= SCAN_EVERY_MS) {
    await setLastReminderScan(db, now);
    const prefs = (await loadAppPrefs(db, settings.pipeline)).reminders;
    const people = await reminderPeople(db);
    await addReminderTasks(db, [
      ...birthdayReminders(people, prefs, now, locale),
      ...quietReminders(people, prefs, now, locale),
    ]);
    await recordStageSnapshot(db, monthKey(now), stageCounts(people));
  }
  const due = dueReminders(await unnotifiedDueTasks(db, now), now);
  if (due.length === 0) return;
  const plan = planNotifications(due);
  const fired: Task['id'][] = [];
  for (const task of plan.single) {
    if (await notify(`${TASK_PREFIX}${task.id}`, t(locale, 'app.notify.title'), await describe(task, locale)))
      fired.push(task.id);
  }
  if (plan.summary.length > 0) {
    const lines = plan.summary.slice(0, 5).map((task) => task.title);
    if (plan.summary.length > lines.length)
      lines.push(t(locale, 'app.notify.more', { count: plan.summary.length - lines.length }));
    const title = t(locale, 'app.notify.summary', { count: plan.summary.length });
    if (await notify(`${SUMMARY_PREFIX}${now}`, title, lines.join('\n')))
      fired.push(...plan.summary.map((task) => task.id));
  }
  await markTasksNotified(db, fired, now);
}

/** The task's title with its client's name. */
async function describe(task: Task, locale: Locale): Promise<string> {
  const person = task.personId ? await getPerson(db, task.personId) : undefined;
  const company = !person && task.companyId ? await getCompany(db, task.companyId) : undefined;
  const client = person?.displayName ?? company?.name;
  return client && !task.title.includes(client)
    ? t(locale, 'app.notify.withClient', { title: task.title, client })
    : task.title;
}

async function notify(id: string, title: string, message: string): Promise<boolean> {
  try {
    await browser.notifications.create(id, { type: 'basic', iconUrl: ICON, title, message, priority: 1 });
    return true;
  } catch (e) {
    console.error('Kartka: could not show a reminder notification', e);
    return false;
  }
}

/** A click opens the task's client card, or the task list for a summary or a task without a client. */
async function openFor(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(TASK_PREFIX) && !notificationId.startsWith(SUMMARY_PREFIX)) return;
  const ref = notificationId.startsWith(TASK_PREFIX)
    ? await taskClient(db, taskId(notificationId.slice(TASK_PREFIX.length)))
    : undefined;
  const hash = ref
    ? `#/${ref.kind === 'person' ? 'people' : 'companies'}/${encodeURIComponent(ref.id)}`
    : '#/tasks';
  await browser.tabs.create({ url: browser.runtime.getURL(`/app.html${hash}`) });
  await browser.notifications.clear(notificationId);
}
