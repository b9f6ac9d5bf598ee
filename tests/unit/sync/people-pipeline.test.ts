// People pages pipelined: the request for a page leaves while the page before it is stored (each page token comes
// with the page before, as a Graph delta's next link does), pages are stored in the order they came, and each moves
// the cursor only in the transaction that stores it; a worker stopped with a page out and the one before it being
// stored resumes from the stored cursor, and the book ends in the base once.
import { expect, test } from 'vitest';
import type { SyncAccountId } from '../../../core/sync/account';
import type { PeopleCursor, PeopleOp } from '../../../core/sync/google/people-plan';
import { SYNC_LIMITS } from '../../../core/sync/limits';
import type { SyncRunner } from '../../../integrations/sync/runner';
import { drive } from './drive';
import { makeWorld, type World } from './world';

const START = Date.UTC(2026, 11, 7, 7);
const ME = 'ivan@kartka-test.com.ua';
// Four People pages of My contacts (SYNC_LIMITS.people.pageSize = 1,000).
const COUNT = 3 * SYNC_LIMITS.people.pageSize + 500;
const PAGES = Math.ceil(COUNT / SYNC_LIMITS.people.pageSize);

function bookWorld(): World {
  const world = makeWorld({ start: START, costModel: 'before-2026-05' });
  world.fake.user(ME);
  const book = world.fake.book(ME);
  for (let i = 0; i < COUNT; i++)
    book.put('connections', {
      names: [{ displayName: `Клієнт ${i}` }],
      emailAddresses: [{ value: `client${i}@firm.example` }],
    });
  return world;
}

/** What a People request asks for: a check (changes since a sync token), or a page of the pass by its token. */
function pageOf({ pageToken, syncToken }: { pageToken: string | null; syncToken: string | null }): string {
  return syncToken !== null ? `check ${pageToken ?? 'first'}` : (pageToken ?? 'first');
}

/** Logs, in order, each My contacts request leaving and each page's store beginning and ending. */
function trace(world: World): string[] {
  const log: string[] = [];
  const toFake = world.wire.fetch;
  world.wire.fetch = (url, init) => {
    const q = new URL(url).searchParams;
    if (url.includes('/people/me/connections'))
      log.push(`send ${pageOf({ pageToken: q.get('pageToken'), syncToken: q.get('syncToken') })}`);
    return toFake(url, init);
  };
  const apply = world.store.apply.bind(world.store);
  world.store.apply = async (id, planner, op, result, ctx, sentAt) => {
    const page = op.stream === 'contacts' ? pageOf(op as PeopleOp) : null;
    if (page !== null) log.push(`store ${page}`);
    const out = await apply(id, planner, op, result, ctx, sentAt);
    if (page !== null) log.push(`stored ${page}`);
    return out;
  };
  return log;
}

async function expectWholeBook(world: World, id: SyncAccountId) {
  const people = await world.db.people.toArray();
  expect(people).toHaveLength(COUNT);
  expect(new Set(people.flatMap((p) => p.emails)).size).toBe(COUNT);
  const cursor = (await world.db.syncAccounts.get(id))?.streams.contacts?.cursor as PeopleCursor;
  expect(cursor).toMatchObject({ phase: 'partial', pageToken: null, done: COUNT });
  expect(world.fake.book(ME).isCurrent(cursor.syncToken)).toBe(true);
}

test('the next People page is asked for while the page before it is stored, and pages are stored in order', async () => {
  const world = bookWorld();
  const log = trace(world);
  const id = await world.connect(ME);
  // My contacts alone: no mail or Other contacts request takes the account's request slots (2) meanwhile.
  await world.db.syncAccounts.update(id, (a) => {
    delete a.streams.mail;
    delete a.streams.otherContacts;
  });
  await drive(world, [id]);
  await expectWholeBook(world, id);
  const sends = log.filter((l) => l.startsWith('send ')).map((l) => l.slice(5));
  const stores = log.filter((l) => l.startsWith('stored ')).map((l) => l.slice(7));
  // Every page once (and the check that confirms the token), stored in the order asked for.
  expect(sends).toHaveLength(PAGES + 1);
  expect(sends[PAGES]).toBe('check first');
  expect(stores).toEqual(sends);
  // The request for each page after the first left before the page before it was stored.
  const ahead = sends
    .slice(1, PAGES)
    .filter((page, i) => log.indexOf(`send ${page}`) < log.indexOf(`stored ${sends[i] ?? ''}`));
  expect(ahead).toHaveLength(PAGES - 1);
});

test('a worker stopped with a page out while the page before it is stored resumes from the stored cursor', async () => {
  const world = bookWorld();
  const log = trace(world);
  let runner: SyncRunner | null = null;
  // The third page's answer never reaches the worker: it is stopped while the second page waits to be stored, or
  // is being stored.
  let third = 0;
  const traced = world.wire.fetch;
  world.wire.fetch = async (url, init) => {
    const response = await traced(url, init);
    if (url.includes('/people/me/connections') && log.filter((l) => l.startsWith('send ')).length === 3) {
      if (third++ === 0) {
        runner?.kill();
        throw new TypeError('The service worker was stopped before the answer arrived.');
      }
    }
    return response;
  };
  const id = await world.connect(ME);
  await drive(world, [id], { freshRunner: true, onRound: (_round, r) => void (runner = r) });
  expect(third).toBeGreaterThan(0);
  await expectWholeBook(world, id);
  // Each page was stored once: the stop lost the page out, never a page or its cursor.
  const stored = log.filter((l) => l.startsWith('stored ')).map((l) => l.slice(7));
  expect(new Set(stored).size).toBe(stored.length);
  expect(stored).toHaveLength(PAGES + 1);
});
