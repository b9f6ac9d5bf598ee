import { describe, expect, it, test } from 'vitest';
import { personId, taskId } from '../../../core/ids';
import { defaultPipeline } from '../../../core/lifecycle';
import type { Task } from '../../../core/model';
import {
  birthdayReminders,
  defaultReminderPrefs,
  dueReminders,
  nextBirthdayAt,
  planNotifications,
  quietReminders,
  taskBucket,
  type ReminderPerson,
} from '../../../core/reminders';

const DAY = 86_400_000;
const NOW = new Date(2025, 2, 10, 12).getTime(); // 10 March 2025, 12:00 local
const prefs = defaultReminderPrefs(defaultPipeline());

function task(id: string, due: number, extra: Partial<Task> = {}): Task {
  return {
    id: taskId(id),
    title: id,
    due,
    done: false,
    recurrence: 'none',
    createdAt: 0,
    updatedAt: 0,
    ...extra,
  };
}

describe('due reminders', () => {
  it('fires each open task once: due now or while the browser was closed, never again after notifiedAt', () => {
    const tasks = [
      task('fell-due-while-closed', NOW - 3 * DAY),
      task('due-now', NOW),
      task('later', NOW + 60_000),
      task('already-fired', NOW - DAY, { notifiedAt: NOW - DAY }),
      task('done', NOW - DAY, { done: true }),
    ];
    expect(dueReminders(tasks, NOW).map((t) => t.id)).toEqual(['fell-due-while-closed', 'due-now']);
    const fired = dueReminders(tasks, NOW).map((t) => ({ ...t, notifiedAt: NOW }));
    expect(dueReminders([...fired, ...tasks.slice(2)], NOW + 1000)).toEqual([]);
  });

  it('shows a few one by one, the user’s own tasks first, and folds the rest into a summary', () => {
    const due = [
      task('b1', 1, { kind: 'birthday' }),
      task('t1', 2, { kind: 'task' }),
      task('q1', 3, { kind: 'going-quiet' }),
      task('t2', 4),
      task('q2', 5, { kind: 'going-quiet' }),
    ];
    const plan = planNotifications(due, 3);
    expect(plan.single.map((t) => t.id)).toEqual(['t1', 't2']);
    expect(plan.summary.map((t) => t.id)).toEqual(['b1', 'q1', 'q2']);
    expect(planNotifications(due.slice(0, 3), 3)).toEqual({ single: due.slice(0, 3), summary: [] });
  });

  test.each([
    [NOW - DAY, 'overdue'],
    [new Date(2025, 2, 10, 8).getTime(), 'today'],
    [new Date(2025, 2, 10, 23, 59).getTime(), 'today'],
    [new Date(2025, 2, 11, 0, 0).getTime(), 'upcoming'],
  ] as const)('a task due at %i is %s', (due, bucket) => {
    expect(taskBucket(due, NOW)).toBe(bucket);
  });
});

describe('birthday reminders', () => {
  const olena: ReminderPerson = {
    id: personId('olena'),
    displayName: 'Олена Коваль',
    createdAt: 0,
    birthday: { month: 3, day: 14 },
  };

  it('creates one reminder, days ahead at 09:00, with a stable id per person and year', () => {
    const [r] = birthdayReminders([olena], prefs, NOW, 'uk');
    expect(r).toMatchObject({
      id: 'birthday:olena:2025',
      kind: 'birthday',
      personId: 'olena',
      due: new Date(2025, 2, 11, 9).getTime(),
    });
    expect(r?.title).toBe('День народження: Олена Коваль, 14 березня');
    expect(birthdayReminders([olena], prefs, NOW, 'uk')[0]?.id).toBe(r?.id);
  });

  it('waits while the birthday is more than a week away, and respects the switch', () => {
    expect(birthdayReminders([{ ...olena, birthday: { month: 4, day: 30 } }], prefs, NOW, 'en')).toEqual([]);
    expect(birthdayReminders([olena], { ...prefs, birthdays: false }, NOW, 'en')).toEqual([]);
  });

  it('uses 28 February for 29 February in a common year', () => {
    expect(new Date(nextBirthdayAt({ month: 2, day: 29 }, NOW)).toDateString()).toBe(
      new Date(2026, 1, 28).toDateString(),
    );
  });
});

describe('going-quiet reminders', () => {
  const person = (id: string, stage: string, lastDaysAgo: number): ReminderPerson => ({
    id: personId(id),
    displayName: id,
    createdAt: 0,
    stage: { stage, reason: '', setBy: 'rule', since: 0 },
    lastContactAt: NOW - lastDaysAgo * DAY,
  });

  it('reminds once per quiet spell, by the stage’s threshold, and not for lost or long-quiet clients', () => {
    const people = [
      person('active-15', 'active', 15),
      person('active-10', 'active', 10),
      person('lost', 'lost-revivable', 400),
      person('vip-300', 'vip', 300),
    ];
    const out = quietReminders(people, prefs, NOW, 'ru');
    expect(out.map((t) => t.id)).toEqual([`quiet:active-15:${NOW - 15 * DAY}`]);
    expect(out[0]?.title).toBe('Нет контакта с active-15 уже 14 дней');
    expect(out[0]?.due).toBe(NOW - DAY);
  });

  it('follows the per-stage setting, where null turns it off', () => {
    const quiet = person('regular-50', 'regular', 50);
    expect(quietReminders([quiet], prefs, NOW, 'en')).toHaveLength(1);
    expect(
      quietReminders([quiet], { ...prefs, quietDays: { ...prefs.quietDays, regular: null } }, NOW, 'en'),
    ).toEqual([]);
  });
});
