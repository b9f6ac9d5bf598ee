// The history window of a member's replica against the test's CouchDB: a narrower window drops old history from
// the base (not from the server), the pull asks the server only for history inside the window (a Mango selector),
// deletions still arrive, and widening the window brings the old history back.
import { expect, test } from 'vitest';
import { firmDatabases } from '../../core/team/names';
import type { HistoryWindow } from '../../core/team/history-window';
import { Replicas } from '../../integrations/team/replicas';
import { syncOnce } from '../../integrations/team/sync';
import { addNote } from '../../storage/people';
import { readTeam, writeTeam } from '../../storage/team/state';
import { addPerson, couchForFile, join, newBrowser, newFirm, type Browser } from './helpers';

const couch = couchForFile();

const MONTH = 31 * 86_400_000;
const notesOf = async (b: Browser) => (await b.db.interactions.toArray()).map((i) => i.body).sort();

/** Picks a window the way Settings → Team does (the background stores the choice, then syncs). */
async function pick(b: Browser, chosen: HistoryWindow) {
  const kept = await readTeam(b.db, 'window');
  await writeTeam(b.db, 'window', { ...kept, chosen });
  const outcome = await syncOnce(b);
  expect(outcome, JSON.stringify(outcome)).toMatchObject({ kind: 'done' });
}

test('a 12-month window keeps old history on the server and out of the browser, until it widens', async () => {
  const server = couch();
  const now = Date.now();
  const { firm, invitations } = await newFirm(server, { name: 'anna', displayName: 'Анна', level: 'admin' }, [
    { name: 'ivan', displayName: 'Іван', level: 'manager' },
  ]);
  const [annaInv, ivanInv] = [invitations.anna, invitations.ivan];
  if (!annaInv || !ivanInv) throw new Error('the firm has no invitations');
  const [ivan, anna] = [newBrowser('ivan'), newBrowser('anna')];
  const olena = await addPerson(ivan, { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] });
  const old = await addNote(ivan.db, olena.id, 'Перше замовлення, 2 роки тому', now - 24 * MONTH);
  await addNote(ivan.db, olena.id, 'Дзвінок минулого місяця', now - MONTH);
  await join(ivan, ivanInv);
  await join(anna, annaInv);
  expect(await notesOf(anna)).toEqual(['Дзвінок минулого місяця', 'Перше замовлення, 2 роки тому'].sort());

  // Narrowed: the old note leaves Anna's base; the server keeps it.
  await pick(anna, 12);
  expect(await notesOf(anna)).toEqual(['Дзвінок минулого місяця']);
  expect(await anna.db.teamOutbox.count()).toBe(0);
  const home = firmDatabases(firm).own('ivan');
  expect(await server.couch.get(home, `interactions:${old.id}`)).toMatchObject({ body: old.body });
  expect((await anna.db.people.get(olena.id))?.displayName).toBe('Олена Коваль');

  // New history from Ivan: the recent note arrives, one dated before the window is not even pulled.
  const older = await addNote(ivan.db, olena.id, 'Імпорт старого листування', now - 18 * MONTH);
  const recent = await addNote(ivan.db, olena.id, 'Зустріч сьогодні', now);
  expect(await syncOnce(ivan)).toMatchObject({ kind: 'done' });
  expect(await syncOnce(anna)).toMatchObject({ kind: 'done' });
  expect(await notesOf(anna)).toEqual(['Дзвінок минулого місяця', 'Зустріч сьогодні'].sort());
  const membership = await readTeam(anna.db, 'membership');
  if (!membership) throw new Error('Anna is not a member');
  const replicas = new Replicas(anna, membership);
  const replica = replicas.local(home);
  await expect(replica.get(`interactions:${older.id}`)).rejects.toMatchObject({ status: 404 });
  expect(await replica.get(`interactions:${recent.id}`)).toMatchObject({ body: recent.body });
  await replicas.close();

  // A deletion inside the window still reaches her (a tombstone has no date; the selector lets it through).
  await ivan.db.interactions.delete(recent.id);
  expect(await syncOnce(ivan)).toMatchObject({ kind: 'done' });
  expect(await syncOnce(anna)).toMatchObject({ kind: 'done' });
  expect(await notesOf(anna)).toEqual(['Дзвінок минулого місяця']);

  // Widened to everything: the old history comes back from the server.
  await pick(anna, 'all');
  expect(await notesOf(anna)).toEqual(
    ['Дзвінок минулого місяця', 'Імпорт старого листування', 'Перше замовлення, 2 роки тому'].sort(),
  );
  expect(await anna.db.teamOutbox.count()).toBe(0);
  expect(await readTeam(anna.db, 'window')).toEqual({ chosen: 'all', appliedStart: null });
}, 90_000);

test('an old note written offline leaves the browser only once it is on the server', async () => {
  const server = couch();
  const now = Date.now();
  const { firm, invitations } = await newFirm(server, { name: 'ivan', displayName: 'Іван', level: 'admin' });
  const ivanInv = invitations.ivan;
  if (!ivanInv) throw new Error('the firm has no invitation');
  const ivan = newBrowser('ivan');
  const olena = await addPerson(ivan, { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] });
  await join(ivan, ivanInv);
  ivan.offline = true;
  await addNote(ivan.db, olena.id, 'Записано офлайн про давню угоду', now - 30 * MONTH);
  await writeTeam(ivan.db, 'window', { chosen: 6 });
  expect(await syncOnce(ivan)).toMatchObject({ kind: 'stopped', problem: { code: 'offline' } });
  ivan.offline = false;
  expect(await syncOnce(ivan)).toMatchObject({ kind: 'done' });
  // The window is applied after the push: the note reached the server first, then left this browser.
  const docs = (await server.couch.allDocs(firmDatabases(firm).own('ivan'))) as { body?: unknown }[];
  expect(docs.some((d) => d.body === 'Записано офлайн про давню угоду')).toBe(true);
  expect(await ivan.db.teamOutbox.count()).toBe(0);
  expect(await notesOf(ivan)).toEqual([]);
}, 60_000);
