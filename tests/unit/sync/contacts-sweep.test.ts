// Deletions across an expired sync token: People answers 400 EXPIRED_SYNC_TOKEN, the full pass that follows lists
// live contacts only, so a contact deleted in Google meanwhile is never reported. The pass stamps what it lists
// (with each page, in its transaction) and its last page marks the contacts it did not list as deleted in Google;
// the worker stopped with a page of that pass on the wire and inside the transaction of its last page changes
// nothing; a contact listed is never marked (nor the person another listed contact stands for, in this list or the
// account's other one: a contact moved from Other contacts to My contacts, whether swept or reported deleted); the
// sweep run again marks nothing anew.
import { expect, test } from 'vitest';
import type { PeopleCursor } from '../../../core/sync/google/people-plan';
import { SYNC_LIMITS } from '../../../core/sync/limits';
import type { SyncRunner } from '../../../integrations/sync/runner';
import type { FakeContact } from '../../fakes/google/people';
import { drive } from './drive';
import { dieInTransaction } from './worker-death';
import { makeWorld } from './world';

const START = Date.UTC(2026, 11, 1, 9);
const ME = 'ivan@kartka-test.com.ua';
// More than one People page (SYNC_LIMITS.people.pageSize = 1,000): the pass is stopped between its pages.
const COUNT = SYNC_LIMITS.people.pageSize + 50;

test(
  'a contact deleted while the sync token expired is marked after the full pass, through worker stops',
  { timeout: 60_000 },
  async () => {
    const world = makeWorld({ start: START, costModel: 'before-2026-05' });
    world.fake.user(ME);
    const book = world.fake.book(ME);
    const made: FakeContact[] = [];
    for (let i = 0; i < COUNT; i++)
      made.push(
        book.put('connections', {
          names: [{ displayName: `P ${i}` }],
          emailAddresses: [{ value: `p${i}@x.example` }],
        }),
      );
    book.put('otherContacts', {
      names: [{ displayName: 'Марко' }],
      emailAddresses: [{ value: 'marko@b.example' }],
    });
    // A second contact of P 7 (the same address: the same person), deleted later while P 7 stays in Google.
    const twin = book.put('connections', {
      names: [{ displayName: 'P 7' }],
      emailAddresses: [{ value: 'p7@x.example' }],
    });
    let runner: SyncRunner | null = null;
    const death = { armed: false, kill: () => runner?.kill(), died: 0 };
    world.db.use(dieInTransaction(death));
    const id = await world.connect(ME);
    await drive(world, [id]);
    const marked = async () =>
      (await world.db.people.toArray()).filter((p) => p.deletedAtSource?.[id] !== undefined);
    expect(await world.db.people.count()).toBe(COUNT + 1);
    expect(await marked()).toEqual([]);

    // Two contacts deleted (one on each page of the pass to come) while Google forgets the token.
    const doomed = [made[5], made[COUNT - 3]].map((c) => c?.resourceName ?? '');
    for (const r of [...doomed, twin.resourceName]) book.remove('connections', r);
    book.expireSyncTokens();
    world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
    const expiredAt = world.clock.t;

    // The pass's second page: first lost on the wire (the worker stopped), then its store stopped mid-transaction.
    let secondPages = 0;
    const toFake = world.wire.fetch;
    world.wire.fetch = async (url, init) => {
      const response = await toFake(url, init);
      if (url.includes('/people/me/connections') && url.includes('pageToken=')) {
        secondPages++;
        if (secondPages === 1) {
          runner?.kill();
          throw new TypeError('The service worker was stopped before the answer arrived.');
        }
        if (secondPages === 2) death.armed = true;
      }
      return response;
    };
    await drive(world, [id], { freshRunner: true, onRound: (_round, r) => void (runner = r) });
    expect(secondPages).toBeGreaterThanOrEqual(2);
    expect(death.died).toBe(1);

    const cursor = (await world.db.syncAccounts.get(id))?.streams.contacts?.cursor as PeopleCursor;
    expect(cursor).toMatchObject({ phase: 'partial', resync: false, pageToken: null });
    expect(book.isCurrent(cursor.syncToken)).toBe(true);
    // Exactly the two deleted contacts are marked (they stay, with everything); every listed one is not.
    const after = await marked();
    expect(after.map((p) => p.emails[0]).sort()).toEqual([`p${COUNT - 3}@x.example`, 'p5@x.example']);
    for (const p of after) expect(p.deletedAtSource?.[id]).toBeGreaterThanOrEqual(expiredAt);
    expect(await world.db.people.count()).toBe(COUNT + 1);
    for (const r of doomed) expect((await world.db.syncItems.get(`${id}|contact:${r}`))?.state).toBe('gone');
    expect((await world.db.syncItems.get(`${id}|contact:${made[6]?.resourceName}`))?.state).toBe('logged');
    // P 7's other contact went; P 7 is listed still: the item is gone, the person unmarked.
    expect((await world.db.syncItems.get(`${id}|contact:${twin.resourceName}`))?.state).toBe('gone');

    // Another expiry and pass: nothing new is marked, the marks keep their time.
    const before = JSON.stringify(after.map((p) => [p.id, p.deletedAtSource]));
    book.expireSyncTokens();
    world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
    await drive(world, [id]);
    expect(JSON.stringify((await marked()).map((p) => [p.id, p.deletedAtSource]))).toBe(before);
  },
);

test('a contact moved from Other contacts to My contacts while the token expired is not marked deleted', async () => {
  const world = makeWorld({ start: START, costModel: 'before-2026-05' });
  world.fake.user(ME);
  const book = world.fake.book(ME);
  book.put('connections', {
    names: [{ displayName: 'Олена' }],
    emailAddresses: [{ value: 'olena@a.example' }],
  });
  const marko = { names: [{ displayName: 'Марко' }], emailAddresses: [{ value: 'marko@b.example' }] };
  const other = book.put('otherContacts', marko);
  const id = await world.connect(ME);
  await drive(world, [id]);
  const person = await world.db.people.where('emails').equals('marko@b.example').first();
  expect(person).toBeDefined();

  // Google forgets the tokens; meanwhile Marko is saved to My contacts (a new resource id there) and leaves Other
  // contacts. My contacts' pass is stored before Other contacts' pass (held on the wire until then), which sweeps.
  book.expireSyncTokens();
  book.remove('otherContacts', other.resourceName);
  const moved = book.put('connections', marko);
  world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
  let myPassStored: () => void = () => undefined;
  const stored = new Promise<void>((r) => (myPassStored = r));
  const apply = world.store.apply.bind(world.store);
  world.store.apply = async (...args) => {
    const out = await apply(...args);
    if (args[2].stream === 'contacts' && out?.caughtUp) myPassStored();
    return out;
  };
  const toFake = world.wire.fetch;
  world.wire.fetch = async (url, init) => {
    if (url.includes('/v1/otherContacts') && !url.includes('syncToken=')) await stored;
    return toFake(url, init);
  };
  await drive(world, [id]);

  // The same person, listed in My contacts: not marked; the Other contacts item is gone, the new one logged.
  const after = await world.db.people.toArray();
  expect(after).toHaveLength(2);
  expect(after.filter((p) => p.deletedAtSource !== undefined)).toEqual([]);
  expect((await world.db.syncItems.get(`${id}|contact:${other.resourceName}`))?.state).toBe('gone');
  expect(await world.db.syncItems.get(`${id}|contact:${moved.resourceName}`)).toMatchObject({
    state: 'logged',
    personId: person?.id,
  });
});

test('a deletion reported in one list does not mark a person a contact in the other list stands for', async () => {
  const world = makeWorld({ start: START, costModel: 'before-2026-05' });
  world.fake.user(ME);
  const book = world.fake.book(ME);
  const marko = { names: [{ displayName: 'Марко' }], emailAddresses: [{ value: 'marko@b.example' }] };
  const other = book.put('otherContacts', marko);
  const id = await world.connect(ME);
  const poll = async () => {
    world.clock.t += SYNC_LIMITS.poll.maxMinutes * 60_000;
    await drive(world, [id]);
  };
  await drive(world, [id]);
  // Saved to My contacts (a new resource id), then gone from Other contacts: each reported by its list's check.
  const mine = book.put('connections', marko);
  await poll();
  book.remove('otherContacts', other.resourceName);
  await poll();
  const person = await world.db.people.where('emails').equals('marko@b.example').first();
  expect(person?.deletedAtSource).toBeUndefined();
  expect((await world.db.syncItems.get(`${id}|contact:${other.resourceName}`))?.state).toBe('gone');
  // Deleted from My contacts too: now he is marked.
  book.remove('connections', mine.resourceName);
  await poll();
  const marked = await world.db.people.where('emails').equals('marko@b.example').first();
  expect(Object.keys(marked?.deletedAtSource ?? {})).toEqual([id]);
  expect(await world.db.people.count()).toBe(1);
});
