// The `derivedKeys` middleware: whatever path writes an interaction, its `[id, at]` timeline keys follow.
import { liveQuery } from 'dexie';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { TIMELINE_LIMIT, type CardView } from '../../../core/card';
import {
  companyId,
  interactionId,
  personId,
  threadKey,
  type CompanyId,
  type PersonId,
} from '../../../core/ids';
import type { Interaction } from '../../../core/model';
import { deleteClient, undoDelete } from '../../../storage/app-queries/trash';
import { cardForAddress } from '../../../storage/cards';
import { createCompany } from '../../../storage/companies';
import type { KartkaDB } from '../../../storage/db';
import {
  companyHistory,
  countInteractionsForPerson,
  logThread,
  personHistory,
} from '../../../storage/interactions';
import { mergeCompanies, mergePeople, undoMerge } from '../../../storage/merge';
import { createPerson } from '../../../storage/people';
import { freshDb, ME, message, NOW, testSettings, thread } from './helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

const P1 = personId('p1');
const P2 = personId('p2');
const C1 = companyId('c1');

function mail(n: number, at: number, personIds: PersonId[], companyIds: CompanyId[] = []): Interaction {
  return {
    id: interactionId(`i${n}`),
    kind: 'email',
    source: 'gmail',
    providerKey: `gmail:${n}`,
    threadKey: threadKey('gmail', `t${n}`),
    direction: 'incoming',
    participants: personIds.map((id) => ({ address: `${id}@acme.ua`, role: 'from', personId: id })),
    subject: `Лист ${n}`,
    at,
    attachmentNames: [],
    personIds,
    companyIds,
    createdAt: NOW,
  };
}

/** Ids in a person's history, newest first, read off the index. */
const history = async (id: PersonId) => (await personHistory(db, id).primaryKeys()).map(String);
const companyIds = async (id: CompanyId) => (await companyHistory(db, id).primaryKeys()).map(String);

/** Every stored row carries exactly the keys its links and time give. */
async function expectKeysFollow() {
  for (const row of await db.interactions.toArray()) {
    expect(row.personAt, row.id).toEqual([...new Set(row.personIds)].map((id) => [id, row.at]));
    expect(row.companyAt, row.id).toEqual([...new Set(row.companyIds)].map((id) => [id, row.at]));
  }
}

describe('derivedKeys on every write path', () => {
  test('add and bulkAdd store one [id, at] key per distinct linked person and company', async () => {
    db = freshDb();
    await db.interactions.add(mail(1, 100, [P1], [C1]));
    await db.interactions.bulkAdd([mail(2, 300, [P1, P2, P1]), mail(3, 200, [P2], [C1]), mail(4, 50, [])]);
    expect(await db.interactions.get(interactionId('i2'))).toMatchObject({
      personAt: [
        [P1, 300],
        [P2, 300],
      ],
      companyAt: [],
    });
    expect(await history(P1)).toEqual(['i2', 'i1']);
    expect(await history(P2)).toEqual(['i2', 'i3']);
    expect(await companyIds(C1)).toEqual(['i3', 'i1']);
    expect(await personHistory(db, P1).count()).toBe(2);
    await expectKeysFollow();
  });

  test('put and bulkPut recompute the keys, whatever stale keys the caller passes in', async () => {
    db = freshDb();
    await db.interactions.put({ ...mail(1, 100, [P1]), personAt: [[P2, 999]] });
    expect(await history(P2)).toEqual([]);
    expect(await history(P1)).toEqual(['i1']);
    await db.interactions.bulkPut([mail(1, 400, [P2]), mail(2, 300, [P1, P2])]);
    expect(await history(P1)).toEqual(['i2']);
    expect(await history(P2)).toEqual(['i1', 'i2']);
    await expectKeysFollow();
  });

  test('update() changing at or personIds moves the interaction in the histories', async () => {
    db = freshDb();
    await db.interactions.bulkAdd([mail(1, 100, [P1]), mail(2, 200, [P1]), mail(3, 300, [P2])]);
    await db.interactions.update(interactionId('i1'), { at: 500 });
    expect(await history(P1)).toEqual(['i1', 'i2']);
    expect(await personHistory(db, P1).first()).toMatchObject({ id: 'i1', at: 500 });
    await db.interactions.update(interactionId('i2'), { personIds: [P2], companyIds: [C1] });
    expect(await history(P1)).toEqual(['i1']);
    expect(await history(P2)).toEqual(['i3', 'i2']);
    expect(await companyIds(C1)).toEqual(['i2']);
    await db.interactions.bulkUpdate([{ key: interactionId('i3'), changes: { at: 50 } }]);
    expect(await history(P2)).toEqual(['i2', 'i3']);
    await expectKeysFollow();
  });

  test('where(...).modify(...) with an object or a function keeps the keys in step', async () => {
    db = freshDb();
    await db.interactions.bulkAdd([
      mail(1, 100, [P1]),
      { ...mail(2, 200, [P1]), threadKey: threadKey('gmail', 'x') },
      mail(3, 300, [P2]),
    ]);
    await db.interactions.where('threadKey').equals(threadKey('gmail', 'x')).modify({ at: 1000 });
    expect(await history(P1)).toEqual(['i2', 'i1']);
    expect((await personHistory(db, P1).first())?.at).toBe(1000);
    await personHistory(db, P1).modify((i) => {
      i.personIds = [P2];
      i.at += 1;
    });
    expect(await history(P1)).toEqual([]);
    expect(await history(P2)).toEqual(['i2', 'i3', 'i1']);
    await expectKeysFollow();
  });

  test('merging people and companies re-points interactions; undo points them back; keys follow', async () => {
    db = freshDb();
    const settings = testSettings();
    const keep = await createPerson(db, { displayName: 'Олена', emails: ['olena@acme.ua'] }, settings, NOW);
    const drop = await createPerson(db, { displayName: 'Olena K', emails: ['ok@gmail.com'] }, settings, NOW);
    const a = await createCompany(db, { name: 'Акме', domains: ['acme.ua'] }, NOW);
    const b = await createCompany(db, { name: 'ACME UA', domains: ['acme.com.ua'] }, NOW);
    if (!keep.ok || !drop.ok || !a.ok || !b.ok) throw new Error('seed');
    const [k, d, ca, cb] = [keep.person.id, drop.person.id, a.company.id, b.company.id];
    await db.interactions.bulkAdd([
      mail(1, 100, [k], [ca]),
      mail(2, 200, [d], [cb]),
      mail(3, 300, [k, d], [cb]),
      mail(4, 400, [d]),
    ]);
    const before = await db.interactions.toArray();

    const person = await mergePeople(db, k, d, NOW + 1);
    expect(await history(k)).toEqual(['i4', 'i3', 'i2', 'i1']);
    expect(await history(d)).toEqual([]);
    expect((await db.interactions.get(interactionId('i3')))?.personAt).toEqual([[k, 300]]);
    await expectKeysFollow();

    const company = await mergeCompanies(db, ca, cb, NOW + 2);
    expect(await companyIds(ca)).toEqual(['i3', 'i2', 'i1']);
    expect(await companyIds(cb)).toEqual([]);
    await expectKeysFollow();

    await undoMerge(db, company, NOW + 3);
    await undoMerge(db, person, NOW + 4);
    expect(await history(k)).toEqual(['i3', 'i1']);
    expect(await history(d)).toEqual(['i4', 'i3', 'i2']);
    expect(await companyIds(cb)).toEqual(['i3', 'i2']);
    expect(await db.interactions.toArray()).toEqual(before);
  });

  test('deleting a client drops them from shared interactions; undo puts the keys back', async () => {
    db = freshDb();
    await db.interactions.bulkAdd([mail(1, 100, [P1]), mail(2, 200, [P1, P2], [C1]), mail(3, 300, [P2])]);
    await db.people.add({
      id: P1,
      displayName: 'P1',
      emails: ['p1@acme.ua'],
      phones: [],
      tags: [],
      companies: [],
      custom: {},
      searchTokens: [],
      gmailKeys: [],
      companyIds: [],
      createdAt: NOW,
      updatedAt: NOW,
    });
    const before = await db.interactions.toArray();
    const token = await deleteClient(db, { kind: 'person', id: P1 }, NOW);
    expect(await history(P1)).toEqual([]);
    expect(await history(P2)).toEqual(['i3', 'i2']);
    expect(await db.interactions.count()).toBe(2);
    await expectKeysFollow();
    await undoDelete(db, token, NOW);
    expect(await history(P1)).toEqual(['i2', 'i1']);
    expect(await db.interactions.toArray()).toEqual(before);
  });

  test('logging a thread through logThread stores the keys', async () => {
    db = freshDb();
    const p = await createPerson(
      db,
      { displayName: 'Олена', emails: ['olena@acme.ua'] },
      testSettings(),
      NOW,
    );
    if (!p.ok) throw new Error('seed');
    await logThread(
      db,
      thread('t1', [
        message('a1', 'olena@acme.ua', [ME], NOW - 9),
        message('a2', ME, ['olena@acme.ua'], NOW - 4),
      ]),
      testSettings(),
      NOW,
    );
    expect((await personHistory(db, p.person.id).toArray()).map((i) => i.at)).toEqual([NOW - 4, NOW - 9]);
    await expectKeysFollow();
  });
});

describe('the card timeline off the index', () => {
  async function heavyPerson() {
    const settings = testSettings();
    const r = await createPerson(db, { displayName: 'Тарас', emails: ['taras@acme.ua'] }, settings, NOW);
    const other = await createPerson(db, { displayName: 'Інший', emails: ['x@acme.ua'] }, settings, NOW);
    if (!r.ok || !other.ok) throw new Error('seed');
    // 5,000 of his in shuffled time order, 2,000 of someone else's interleaved (some newer than all of his).
    const his = Array.from({ length: 5000 }, (_, n) =>
      mail(n, NOW - ((n * 7919) % 5000) * 60_000, [r.person.id]),
    );
    const theirs = Array.from({ length: 2000 }, (_, n) =>
      mail(5000 + n, NOW + 1000 - n * 97_003, [other.person.id]),
    );
    await db.interactions.bulkAdd([...his, ...theirs]);
    return { person: r.person, his, settings };
  }

  test('a person with 5,000 interactions: the newest TIMELINE_LIMIT in order, all 5,000 counted', async () => {
    db = freshDb();
    const { person, his, settings } = await heavyPerson();
    const card = await cardForAddress(db, 'taras@acme.ua', settings);
    const newest = [...his].sort((a, b) => b.at - a.at).slice(0, TIMELINE_LIMIT);
    // The card does not wait for the count of a long history; the sidebar port counts it afterwards.
    expect(card?.historyCount).toBeNull();
    expect(await countInteractionsForPerson(db, person.id)).toBe(5000);
    expect(card?.timeline.map((e) => e.key)).toEqual(newest.map((i) => `i:${i.id}`));
    expect(card?.timeline.map((e) => e.at)).toEqual(newest.map((i) => i.at));
  });

  test.each([0, 1, TIMELINE_LIMIT - 1, TIMELINE_LIMIT, TIMELINE_LIMIT + 1])(
    'a history of %i interactions is counted exactly (on the card when shorter than the timeline)',
    async (n) => {
      db = freshDb();
      const settings = testSettings();
      const r = await createPerson(db, { displayName: 'Ніна', emails: ['nina@acme.ua'] }, settings, NOW);
      if (!r.ok) throw new Error('seed');
      await db.interactions.bulkAdd(Array.from({ length: n }, (_, k) => mail(k, NOW - k, [r.person.id])));
      const card = await cardForAddress(db, 'nina@acme.ua', settings);
      expect(card?.historyCount).toBe(n < TIMELINE_LIMIT ? n : null);
      expect(await countInteractionsForPerson(db, r.person.id)).toBe(n);
      expect(card?.timeline).toHaveLength(Math.min(n, TIMELINE_LIMIT));
    },
  );

  test('the live card re-runs when an interaction is logged for the person, through the derived index', async () => {
    db = freshDb();
    const { person, settings } = await heavyPerson();
    const seen: (CardView | null)[] = [];
    const subscription = liveQuery(() => cardForAddress(db, 'taras@acme.ua', settings)).subscribe({
      next: (card) => seen.push(card),
    });
    try {
      await vi.waitFor(() => expect(seen).toHaveLength(1));
      await db.interactions.add(mail(9999, NOW + 5000, [person.id]));
      await vi.waitFor(() =>
        expect(seen.at(-1)?.timeline[0]).toMatchObject({ key: 'i:i9999', at: NOW + 5000 }),
      );
      expect(await countInteractionsForPerson(db, person.id)).toBe(5001);
      expect(seen.at(-1)?.timeline).toHaveLength(TIMELINE_LIMIT);
    } finally {
      subscription.unsubscribe();
    }
  });
});
