import { afterEach, describe, expect, test } from 'vitest';
import { createCompany } from '../../../storage/companies';
import type { KartkaDB, StoredPerson } from '../../../storage/db';
import { addDeal } from '../../../storage/deals';
import { countInteractionsForPerson, interactionsForCompany, logThread } from '../../../storage/interactions';
import { mergeCompanies, mergePeople, undoMerge } from '../../../storage/merge';
import { createPerson, findPersonByAddress, linkCompany } from '../../../storage/people';
import { addTask } from '../../../storage/tasks';
import { freshDb, ME, message, NOW, testSettings, thread } from './helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

async function person(name: string, email: string) {
  const r = await createPerson(db, { displayName: name, emails: [email] }, testSettings(), NOW);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.person;
}

describe('mergePeople / undoMerge', () => {
  test('every interaction, deal and task follows the kept person; undo restores both exactly', async () => {
    db = freshDb();
    const keep = await person('Олена Коваль', 'olena.koval@acme.ua');
    const drop = await person('Olena K', 'o.koval@gmail.com');
    await logThread(
      db,
      thread('t1', [message('a1', 'olena.koval@acme.ua', [ME], NOW - 9)]),
      testSettings(),
      NOW,
    );
    await logThread(
      db,
      thread('t2', [
        message('b1', 'o.koval@gmail.com', [ME], NOW - 5),
        message('b2', ME, ['o.koval@gmail.com', 'olena.koval@acme.ua'], NOW - 4),
      ]),
      testSettings(),
      NOW,
    );
    const deal = await addDeal(
      db,
      { title: 'Поставка добрив', personId: drop.id, amount: 120000, currency: 'uah' },
      NOW,
    );
    const task = await addTask(db, { title: 'Передзвонити', due: NOW + 1000, personId: drop.id }, NOW);
    const before = {
      keep: await db.people.get(keep.id),
      drop: await db.people.get(drop.id),
      interactions: await db.interactions.toArray(),
    };
    expect(await countInteractionsForPerson(db, keep.id)).toBe(2);
    expect(await countInteractionsForPerson(db, drop.id)).toBe(2);

    const token = await mergePeople(db, keep.id, drop.id, NOW + 1);
    expect(await countInteractionsForPerson(db, keep.id)).toBe(3);
    expect(await countInteractionsForPerson(db, drop.id)).toBe(0);
    expect(await db.interactions.count()).toBe(3);
    expect((await db.deals.get(deal.id))?.personId).toBe(keep.id);
    expect((await db.tasks.get(task.id))?.personId).toBe(keep.id);
    expect((await findPersonByAddress(db, 'o.koval@gmail.com', testSettings()))?.id).toBe(keep.id);
    expect((await db.people.get(keep.id))?.emails).toEqual(['olena.koval@acme.ua', 'o.koval@gmail.com']);
    expect((await db.people.get(drop.id))?.mergedInto).toBe(keep.id);
    const both = (await db.interactions.toArray()).find((i) => i.providerKey === 'gmail:b2');
    expect(both?.personIds).toEqual([keep.id]);

    await undoMerge(db, token, NOW + 2);
    // Both come back as they were; only `touchedAt` (the time of the last write) moves on.
    const untouched = (p: StoredPerson | undefined) => p && { ...p, touchedAt: 0 };
    expect(untouched(await db.people.get(keep.id))).toEqual(untouched(before.keep));
    expect(untouched(await db.people.get(drop.id))).toEqual(untouched(before.drop));
    expect((await db.interactions.toArray()).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      before.interactions.sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect((await db.deals.get(deal.id))?.personId).toBe(drop.id);
    expect((await db.tasks.get(task.id))?.personId).toBe(drop.id);
    await expect(undoMerge(db, token)).rejects.toThrow('already undone');
  });

  test('fields the kept person gains by a merge are the user’s; the others keep where they came from', async () => {
    db = freshDb();
    const a = await person('Олена Коваль', 'olena@firm.ua');
    const b = await person('Олена', 'olena.k@gmail.example');
    const google = 'google:ivan@kartka-test.com.ua';
    // The kept person's email came from Google; the other one's city from Google too.
    await db.people.update(a.id, { fieldMeta: { ...a.fieldMeta, emails: { at: NOW - 5, source: google } } });
    await db.people.update(b.id, { city: 'Львів', fieldMeta: { city: { at: NOW - 5, source: google } } });
    await mergePeople(db, a.id, b.id, NOW + 1);
    const merged = await db.people.get(a.id);
    expect(merged?.city).toBe('Львів');
    expect(merged?.emails).toEqual(['olena@firm.ua', 'olena.k@gmail.example']);
    expect(merged?.fieldMeta?.city).toEqual({ at: NOW + 1, source: 'user' });
    expect(merged?.fieldMeta?.emails?.source).toBe('user');
    // The name did not change: it keeps its stamp (the user's, from createPerson).
    expect(merged?.displayName).toBe('Олена Коваль');
    expect(merged?.fieldMeta?.displayName).toEqual(a.fieldMeta?.displayName);
  });

  test('merging a person with themselves or twice is refused', async () => {
    db = freshDb();
    const a = await person('A', 'a@firm.ua');
    const b = await person('B', 'b@firm.ua');
    await expect(mergePeople(db, a.id, a.id, NOW)).rejects.toThrow('themselves');
    await mergePeople(db, a.id, b.id, NOW);
    await expect(mergePeople(db, a.id, b.id, NOW)).rejects.toThrow('already merged');
  });
});

describe('mergeCompanies', () => {
  test('people links and interactions follow the kept company; undo restores them', async () => {
    db = freshDb();
    const a = await createCompany(
      db,
      { name: 'Акме', domains: ['acme.ua'], registrationIds: [{ kind: 'edrpou', value: '14360570' }] },
      NOW,
    );
    const b = await createCompany(db, { name: 'ACME Ukraine', domains: ['acme.com.ua'] }, NOW);
    if (!a.ok || !b.ok) throw new Error('seed');
    const p = await person('Петро', 'petro@acme.com.ua');
    await linkCompany(db, p.id, { companyId: b.company.id, decisionMaker: true }, NOW);
    await logThread(db, thread('t', [message('m', 'petro@acme.com.ua', [ME], NOW - 1)]), testSettings(), NOW);
    expect(await interactionsForCompany(db, b.company.id, 10)).toHaveLength(1);

    const token = await mergeCompanies(db, a.company.id, b.company.id, NOW + 1);
    expect(await interactionsForCompany(db, a.company.id, 10)).toHaveLength(1);
    expect((await db.companies.get(a.company.id))?.domains).toEqual(['acme.ua', 'acme.com.ua']);
    expect((await db.people.get(p.id))?.companies[0]?.companyId).toBe(a.company.id);

    await undoMerge(db, token, NOW + 2);
    expect(await interactionsForCompany(db, b.company.id, 10)).toHaveLength(1);
    expect((await db.people.get(p.id))?.companies[0]?.companyId).toBe(b.company.id);
    expect((await db.companies.get(b.company.id))?.mergedInto).toBeUndefined();
  });
});
