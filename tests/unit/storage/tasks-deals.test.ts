import { afterEach, describe, expect, test } from 'vitest';
import type { KartkaDB } from '../../../storage/db';
import { addDeal, closeDeal, dealsForPerson } from '../../../storage/deals';
import { createPerson, setStage } from '../../../storage/people';
import { refreshStage } from '../../../storage/stages';
import { addTask, completeTask, dueTasks, nextDue, tasksForPerson } from '../../../storage/tasks';
import { freshDb, NOW, testSettings } from './helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});
const DAY = 86_400_000;

async function olena() {
  const r = await createPerson(
    db,
    { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] },
    testSettings(),
    NOW,
  );
  if (!r.ok) throw new Error('seed');
  return r.person;
}

describe('tasks', () => {
  test('due tasks, completion, and the next occurrence of a recurring task', async () => {
    db = freshDb();
    const p = await olena();
    const call = await addTask(
      db,
      { title: 'Передзвонити щодо рахунку', due: NOW - DAY, personId: p.id },
      NOW - 2 * DAY,
    );
    const weekly = await addTask(
      db,
      { title: 'Звіт по відвантаженнях', due: NOW - 1000, personId: p.id, recurrence: 'weekly' },
      NOW - 2 * DAY,
    );
    await addTask(db, { title: 'Пізніше', due: NOW + DAY, personId: p.id }, NOW);
    expect((await dueTasks(db, NOW)).map((t) => t.id)).toEqual([call.id, weekly.id]);
    expect(await completeTask(db, call.id, NOW)).toMatchObject({ done: { done: true, doneAt: NOW } });
    const r = await completeTask(db, weekly.id, NOW);
    expect(r?.next).toMatchObject({
      title: 'Звіт по відвантаженнях',
      due: nextDue(weekly.due, 'weekly'),
      done: false,
      recurrence: 'weekly',
    });
    expect(await dueTasks(db, NOW)).toEqual([]);
    expect(await completeTask(db, call.id, NOW)).toBeUndefined();
    expect((await tasksForPerson(db, p.id)).map((t) => t.done)).toEqual([false, false, true, true]);
    await expect(addTask(db, { title: '  ', due: NOW }, NOW)).rejects.toThrow('needs a title');
  });

  test.each([
    [new Date(2025, 0, 31, 9).getTime(), 'monthly' as const, new Date(2025, 1, 28, 9).getTime()],
    [new Date(2024, 1, 29, 9).getTime(), 'yearly' as const, new Date(2025, 1, 28, 9).getTime()],
    [new Date(2025, 2, 10, 9).getTime(), 'daily' as const, new Date(2025, 2, 11, 9).getTime()],
    [new Date(2025, 2, 10, 9).getTime(), 'none' as const, null],
  ])('nextDue(%s, %s) = %s', (due, rec, next) => {
    expect(nextDue(due, rec)).toBe(next);
  });
});

describe('deals and derived stages', () => {
  test('won orders move the stage by rule, with the reason stored; a stage set by hand stands', async () => {
    db = freshDb();
    const p = await olena();
    for (let i = 0; i < 3; i++) {
      const d = await addDeal(
        db,
        { title: `Замовлення ${i + 1}`, personId: p.id, amount: 10000, currency: 'uah' },
        NOW,
      );
      await closeDeal(db, d.id, 'won', '', testSettings(), NOW + i);
    }
    expect((await db.people.get(p.id))?.stage).toMatchObject({
      stage: 'regular',
      reason: '3 orders won (regular from 3)',
      setBy: 'rule',
    });
    const lost = await addDeal(db, { title: 'Тендер', personId: p.id }, NOW);
    expect(
      await closeDeal(db, lost.id, 'lost', 'ціна вища за конкурента', testSettings(), NOW),
    ).toMatchObject({ status: 'lost', lostReason: 'ціна вища за конкурента' });
    expect(await dealsForPerson(db, p.id)).toHaveLength(4);
    await setStage(db, { kind: 'person', id: p.id }, 'key', 'стратегічний дистриб’ютор', NOW);
    expect(await refreshStage(db, { kind: 'person', id: p.id }, testSettings(), NOW)).toMatchObject({
      stage: 'key',
      setBy: 'hand',
    });
    expect((await db.people.get(p.id))?.stage?.stage).toBe('key');
    await expect(addDeal(db, { title: 'Без клієнта' }, NOW)).rejects.toThrow('needs a person or a company');
  });
});

describe('stage reasons', () => {
  test('a rule stage is stored with its rule, and an older rule stage without one gains it', async () => {
    db = freshDb();
    const p = await olena();
    const d = await addDeal(db, { title: 'Поставка', personId: p.id }, NOW);
    await closeDeal(db, d.id, 'won', '', testSettings(), NOW);
    expect((await db.people.get(p.id))?.stage).toMatchObject({
      stage: 'working',
      reason: '1 order won',
      setBy: 'rule',
      because: { rule: 'working', orders: 1 },
    });
    // As written before reasons were kept by rule: the same stage and words, no rule.
    await db.people.update(p.id, {
      stage: { stage: 'working', reason: '1 order won', setBy: 'rule', since: NOW - DAY },
    });
    await refreshStage(db, { kind: 'person', id: p.id }, testSettings(), NOW);
    expect((await db.people.get(p.id))?.stage).toEqual({
      stage: 'working',
      reason: '1 order won',
      setBy: 'rule',
      since: NOW - DAY,
      because: { rule: 'working', orders: 1 },
    });
  });
});
