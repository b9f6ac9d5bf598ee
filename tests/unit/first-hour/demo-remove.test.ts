// "Remove the demo data" takes out exactly what the demo loader wrote: the user's own clients, their history and a
// demo client the user merged one of their own into all stay; undo puts every demo row back as it was.
import { afterEach, describe, expect, test } from 'vitest';
import { personId } from '../../../core/ids';
import type { KartkaDB } from '../../../storage/db';
import { loadDemoBase } from '../../../storage/demo';
import { demoFootprint, isDemoId, removeDemoData, undoRemoveDemo } from '../../../storage/demo-remove';
import { mergePeople } from '../../../storage/merge';
import { addNote, createPerson } from '../../../storage/people';
import { addTask } from '../../../storage/tasks';
import { freshDb, NOW, testSettings } from '../storage/helpers';

const opened: KartkaDB[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function demoBase() {
  const db = freshDb();
  opened.push(db);
  const loaded = await loadDemoBase(db, testSettings(), NOW, 'uk');
  const own = await createPerson(
    db,
    { displayName: 'Ірина Гончар', emails: ['iryna@own.ua'] },
    testSettings(),
    NOW,
  );
  if (!own.ok) throw new Error('own person');
  await addTask(db, { personId: own.person.id, title: 'Передзвонити', due: NOW + 1, kind: 'task' }, NOW);
  await addNote(db, own.person.id, 'Мій клієнт', NOW);
  return { db, loaded, own: own.person };
}

/** Every row of the tables the demo writes, by table. */
async function snapshot(db: KartkaDB) {
  const [people, companies, interactions, deals, tasks] = await Promise.all([
    db.people.toArray(),
    db.companies.toArray(),
    db.interactions.toArray(),
    db.deals.toArray(),
    db.tasks.toArray(),
  ]);
  // `touchedAt` is the write's own clock stamp (storage/derived-keys.ts), not part of the record.
  const byId = <T extends { id: string }>(rows: T[]) =>
    rows
      .map(({ touchedAt: _stamp, ...row }: T & { touchedAt?: number }) => row)
      .sort((a, b) => a.id.localeCompare(b.id));
  return {
    people: byId(people),
    companies: byId(companies),
    interactions: byId(interactions),
    deals: byId(deals),
    tasks: byId(tasks),
  };
}

describe('remove the demo data', () => {
  test('counts the demo clients, removes only them, and undo restores every row', async () => {
    const { db, loaded, own } = await demoBase();
    const found = await demoFootprint(db);
    expect(found).toEqual({ people: loaded.people, companies: loaded.companies, kept: 0 });
    const before = await snapshot(db);

    const removed = await removeDemoData(db, NOW + 10);
    expect(removed.people + removed.companies).toBe(loaded.people + loaded.companies);
    const after = await snapshot(db);
    for (const rows of Object.values(after)) expect(rows.filter((r) => isDemoId(r.id))).toEqual([]);
    // The user's own client, task and note are untouched.
    expect(after.people.map((p) => p.displayName)).toEqual(['Ірина Гончар']);
    expect(after.tasks.map((t) => t.title)).toEqual(['Передзвонити']);
    expect(after.interactions.map((i) => i.personIds)).toEqual([[own.id]]);
    expect(await demoFootprint(db)).toEqual({ people: 0, companies: 0, kept: 0 });

    await undoRemoveDemo(db, removed.tokens, NOW + 20);
    expect(await snapshot(db)).toEqual(before);
  });

  test('a demo client holding a record of the user’s own (merged into it) stays, and is counted as kept', async () => {
    const { db, loaded, own } = await demoBase();
    const demoPerson = (await db.people.toArray()).find((p) => isDemoId(p.id));
    if (!demoPerson) throw new Error('no demo person');
    await mergePeople(db, personId(demoPerson.id), own.id, NOW + 1);
    expect(await demoFootprint(db)).toEqual({
      people: loaded.people - 1,
      companies: loaded.companies,
      kept: 1,
    });
    const removed = await removeDemoData(db, NOW + 2);
    expect(removed.kept).toBe(1);
    const people = await db.people.toArray();
    expect(people.find((p) => p.id === demoPerson.id)?.mergedInto).toBeUndefined();
    expect(people.filter((p) => isDemoId(p.id)).map((p) => p.id)).toEqual([demoPerson.id]);
    // Its task from the demo and the user's own note stay with it.
    expect((await db.interactions.toArray()).some((i) => i.personIds.includes(personId(demoPerson.id)))).toBe(
      true,
    );
  });

  test('a base without demo data has nothing to remove', async () => {
    const db = freshDb();
    opened.push(db);
    expect(await demoFootprint(db)).toEqual({ people: 0, companies: 0, kept: 0 });
    expect((await removeDemoData(db, NOW)).tokens).toEqual([]);
  });
});
