// A pull the server never answers (notes/21.md, session 5: the team e2e's off-boarded manager kept his base for
// 30 s once). A sync waits for every pull of its databases, so before this one unanswered request held the sync —
// and the off-boarding's member check and wipe behind it — for good. Now: a refusal on any request ends the
// others and the same sync checks the member and wipes; every request is bounded in time; and the background can
// interrupt a running sync when its live watch sees the directory change.
import { expect, test } from 'vitest';
import { firmDatabases } from '../../core/team/names';
import type { Fetch } from '../../integrations/team/pouch-types';
import { syncOnce } from '../../integrations/team/sync';
import { readTeam } from '../../storage/team/state';
import { offboard } from '../../tools/team/handover';
import { addPerson, couchForFile, join, newBrowser, newFirm, type Browser } from './helpers';

const couch = couchForFile();

/** What a sync did within `ms` (a sync still running then is `hung`: the old code's outcome here). */
const within = <T>(run: Promise<T>, ms: number): Promise<T | 'hung'> =>
  Promise.race([run, new Promise<'hung'>((done) => setTimeout(() => done('hung'), ms))]);

/**
 * Routes the browser's `_changes` requests of one database to a server that never answers: the request ends only
 * when its caller aborts it (as fetch does). `hung` resolves when the first one was made.
 */
function neverAnswer(b: Browser, database: string): { hung: Promise<void>; release: () => void } {
  const base = b.fetch;
  let hit = (): void => undefined;
  const hung = new Promise<void>((done) => (hit = done));
  const answered: Fetch = base;
  b.fetch = (url, init) => {
    const path = new URL(typeof url === 'string' ? url : url.url).pathname;
    if (path !== `/${database}/_changes`) return answered(url, init);
    hit();
    return new Promise<Response>((_, fail) => {
      const signal = init?.signal;
      signal?.addEventListener('abort', () => fail(signal.reason), { once: true });
    });
  };
  return { hung, release: () => (b.fetch = base) };
}

/** Holds the browser's `_changes` requests of one database until `open` is called. */
function holdUntilOpen(b: Browser, database: string): { open: () => void } {
  const base = b.fetch;
  let open = (): void => undefined;
  const gate = new Promise<void>((done) => (open = done));
  b.fetch = async (url, init) => {
    const path = new URL(typeof url === 'string' ? url : url.url).pathname;
    if (path === `/${database}/_changes`) await gate;
    return base(url, init);
  };
  return { open };
}

async function firmOfTwo() {
  const server = couch();
  const { firm, invitations } = await newFirm(server, { name: 'anna', displayName: 'Анна', level: 'admin' }, [
    { name: 'ivan', displayName: 'Іван', level: 'manager' },
  ]);
  const ivan = newBrowser('ivan');
  await addPerson(ivan, { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] });
  await join(ivan, invitations.ivan ?? expect.unreachable('no invitation for ivan'));
  expect(await ivan.db.people.count()).toBe(1);
  return { server, firm, ivan, dbs: firmDatabases(firm) };
}

test('off-boarded while a pull hangs: the refusal of another request ends it, and the same sync wipes', async () => {
  const { server, firm, ivan, dbs } = await firmOfTwo();
  // His own database's changes never come; the shared database's are asked for only after the off-boarding.
  const { hung } = neverAnswer(ivan, dbs.own('ivan'));
  const shared = holdUntilOpen(ivan, dbs.shared);
  const sync = syncOnce(ivan);
  await hung;
  await offboard(server.couch, firm, { member: 'ivan', to: 'anna' }, 'anna', Date.now());
  shared.open();
  // The shared pull meets 401 (his password is gone): the hung pull ends, the server says he is no member, wiped.
  // The request bound (30 s) is not what ends it: this comes at once.
  expect(await within(sync, 15_000)).toEqual({ kind: 'wiped' });
  expect(await ivan.db.people.count()).toBe(0);
  expect(await readTeam(ivan.db, 'membership')).toBeUndefined();
}, 60_000);

test('a request the server never answers ends at its bound: the sync says offline, and the next one goes through', async () => {
  const { ivan, dbs } = await firmOfTwo();
  ivan.requestTimeoutMs = 1_500;
  const { hung, release } = neverAnswer(ivan, dbs.own('ivan'));
  const sync = syncOnce(ivan);
  await hung;
  expect(await within(sync, 15_000)).toEqual({ kind: 'stopped', problem: { code: 'offline' } });
  // Not "up to date": the member's view says the server could not be reached.
  expect(await readTeam(ivan.db, 'status')).toMatchObject({ state: 'offline', problem: { code: 'offline' } });
  release();
  expect(await within(syncOnce(ivan), 15_000)).toMatchObject({ kind: 'done' });
  expect(await readTeam(ivan.db, 'status')).toMatchObject({ state: 'idle' });
}, 60_000);

test('a sync interrupted while a pull hangs ends at once, stores no failure, and the next one goes through', async () => {
  const { ivan, dbs } = await firmOfTwo();
  const { hung, release } = neverAnswer(ivan, dbs.own('ivan'));
  const stop = new AbortController();
  const sync = syncOnce(ivan, { signal: stop.signal });
  await hung;
  stop.abort();
  expect(await within(sync, 15_000)).toEqual({ kind: 'interrupted' });
  // The background syncs again at once (entrypoints/background/team.ts interrupt): no error is shown meanwhile.
  expect(await readTeam(ivan.db, 'status')).toMatchObject({ state: 'syncing' });
  release();
  expect(await within(syncOnce(ivan), 15_000)).toMatchObject({ kind: 'done' });
}, 60_000);
