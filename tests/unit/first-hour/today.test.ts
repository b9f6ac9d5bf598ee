// The sidebar's inbox view: tasks and reminders due by the end of today, overdue first, each with its client.
import { describe, expect, test } from 'vitest';
import { personId, companyId, taskId } from '../../../core/ids';
import type { Task } from '../../../core/model';
import { todayView } from '../../../core/today';

const DAY = 86_400_000;
const START = Date.UTC(2026, 11, 7);
const END = START + DAY - 1;
const task = (id: string, due: number, patch: Partial<Task> = {}): Task => ({
  id: taskId(id),
  title: id,
  due,
  done: false,
  recurrence: 'none',
  createdAt: 0,
  updatedAt: 0,
  ...patch,
});

describe('due today', () => {
  test('splits tasks from reminders, leaves out tomorrow and done ones, marks overdue ones', () => {
    const names = new Map([
      ['p1', 'Олена Коваль'],
      ['c1', 'ТОВ Альфа'],
    ]);
    const view = todayView(
      [
        task('call Olena', START + 10 * 3_600_000, { personId: personId('p1'), kind: 'task' }),
        task('send invoice', START - DAY, { companyId: companyId('c1') }),
        task('birthday', START + 3_600_000, { personId: personId('p1'), kind: 'birthday' }),
        task('quiet', START - 2 * DAY, { personId: personId('gone'), kind: 'going-quiet' }),
        task('tomorrow', END + 1),
        task('done', START, { done: true }),
      ],
      names,
      START,
      END,
    );
    expect(view.tasks.map((t) => [t.title, t.overdue, t.client?.name])).toEqual([
      ['send invoice', true, 'ТОВ Альфа'],
      ['call Olena', false, 'Олена Коваль'],
    ]);
    expect(view.reminders.map((t) => [t.title, t.overdue, t.client])).toEqual([
      ['quiet', true, null],
      ['birthday', false, { kind: 'person', id: 'p1', name: 'Олена Коваль' }],
    ]);
  });
});
