// The live sync's shortcuts (an extension page open): an edit pushed without a pull first, the other profile
// pulling only the database the watch saw change, and the member check reused between live syncs — but never
// once the directory changed (the background forgets it then), so an off-boarding still wipes the base.
import { expect, test } from 'vitest';
import { firmDatabases } from '../../core/team/names';
import { MemberChecks, type MemberCheck } from '../../integrations/team/member-check';
import { syncOnce } from '../../integrations/team/sync';
import { updatePerson } from '../../storage/people';
import { offboard } from '../../tools/team/handover';
import { addPerson, couchForFile, join, newBrowser, newFirm, settings, type Browser } from './helpers';

const couch = couchForFile();

/** Counts the browser's `_session` requests (the member check's first step). */
function countSessions(b: Browser): { n: number } {
  const count = { n: 0 };
  b.failWhen = (url) => {
    if (new URL(url).pathname === '/_session') count.n++;
    return false;
  };
  return count;
}

test('live syncs: push first, pull what changed, reuse the check until the directory changes', async () => {
  const server = couch();
  const { firm, invitations } = await newFirm(server, { name: 'anna', displayName: 'Анна', level: 'admin' }, [
    { name: 'ivan', displayName: 'Іван', level: 'manager' },
  ]);
  const ivan = newBrowser('ivan');
  const olena = await addPerson(ivan, { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] });
  const ivanInv = invitations.ivan;
  const annaInv = invitations.anna;
  if (!ivanInv || !annaInv) throw new Error('the firm has no invitations');
  expect((await join(ivan, ivanInv)).sync).toMatchObject({ kind: 'done' });
  const anna = newBrowser('anna');
  await join(anna, annaInv);
  const own = firmDatabases(firm).own('ivan');
  const ivanChecks = new MemberChecks();
  const annaChecks = new MemberChecks();
  const ivanSessions = countSessions(ivan);
  const annaSessions = countSessions(anna);

  for (const city of ['Львів', 'Київ']) {
    await updatePerson(ivan.db, olena.id, { city }, settings, Date.now());
    expect(await syncOnce(ivan, { checks: ivanChecks, changed: [] })).toMatchObject({
      kind: 'done',
      pushed: 1,
    });
    expect(await ivan.db.teamOutbox.count()).toBe(0);
    expect(await server.couch.get(own, `people:${olena.id}`)).toMatchObject({ city });
    expect(await syncOnce(anna, { checks: annaChecks, changed: [own] })).toMatchObject({ kind: 'done' });
    expect((await anna.db.people.get(olena.id))?.city).toBe(city);
  }
  // One check each for the two live syncs.
  expect(ivanSessions.n).toBe(1);
  expect(annaSessions.n).toBe(1);

  // A stale live push (the replica behind the server): a 409, a pull, the merge, and the edit lands.
  await updatePerson(anna.db, olena.id, { position: 'CEO' }, settings, Date.now());
  expect(await syncOnce(anna, { checks: annaChecks, changed: [] })).toMatchObject({
    kind: 'done',
    pushed: 1,
  });
  await updatePerson(ivan.db, olena.id, { city: 'Одеса' }, settings, Date.now());
  // Ivan's replica is behind Anna's edit: his write meets a 409, the sync pulls, merges and writes again.
  expect(await syncOnce(ivan, { checks: ivanChecks, changed: [] })).toMatchObject({
    kind: 'done',
    refused: [],
  });
  expect(await server.couch.get(own, `people:${olena.id}`)).toMatchObject({ city: 'Одеса', position: 'CEO' });

  // Off-boarded: the directory changed, the watch makes the background forget the check, the next sync wipes.
  await offboard(server.couch, firm, { member: 'ivan', to: 'anna' }, 'anna', Date.now());
  ivanChecks.forget();
  expect(await syncOnce(ivan, { checks: ivanChecks, changed: [] })).toEqual({ kind: 'wiped' });
  expect(await ivan.db.people.count()).toBe(0);
}, 60_000);

test('a remembered check is not reused for another member, after it expires, or once forgotten', () => {
  const checks = new MemberChecks();
  const check: MemberCheck = { level: 'manager', members: [] };
  checks.remember(checks.begin(), 'a', 1_000, check);
  expect(checks.recent('a', 2_000)).toBe(check);
  expect(checks.recent('b', 2_000)).toBeNull();
  expect(checks.recent('a', 1_000 + 15_000)).toBeNull();
  // A check that started before a forget() (the directory changed meanwhile) is not remembered.
  const started = checks.begin();
  checks.forget();
  checks.remember(started, 'a', 3_000, check);
  expect(checks.recent('a', 3_001)).toBeNull();
});
