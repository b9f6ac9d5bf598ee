// Two managers and an admin share one firm through the test's CouchDB.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { syncOnce } from '../../integrations/team/sync';
import { startCouch, type TestCouch } from '../fakes/couch/server';
import { addPerson, join, newBrowser, newFirm } from './helpers';
import { updatePerson } from '../../storage/people';
import { settings } from './helpers';

let server: TestCouch;
beforeAll(async () => {
  server = await startCouch();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

test('a manager joins with a base; the admin sees it; an edit travels back', async () => {
  const { firm, invitations } = await newFirm(
    server,
    { name: 'anna', displayName: 'Анна Адмін', level: 'admin' },
    [{ name: 'ivan', displayName: 'Іван', level: 'manager' }],
  );
  const [anna, ivanInv] = [invitations.anna, invitations.ivan];
  if (!anna || !ivanInv) throw new Error('the firm has no invitations');
  const ivan = newBrowser('ivan');
  const olena = await addPerson(ivan, { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] });
  const r = await join(ivan, ivanInv);
  expect(r.sync).toMatchObject({ kind: 'done' });
  expect(await ivan.db.teamOutbox.count()).toBe(0);
  const onServer = await server.couch.get(`kartka-${firm}-u-ivan`, `people:${olena.id}`);
  expect(onServer).toMatchObject({ displayName: 'Олена Коваль', owner: 'ivan', manager: 'Іван' });

  const admin = newBrowser('anna');
  await join(admin, anna);
  expect((await admin.db.people.get(olena.id))?.displayName).toBe('Олена Коваль');

  await updatePerson(admin.db, olena.id, { city: 'Львів' }, settings, Date.now());
  expect(await syncOnce(admin)).toMatchObject({ kind: 'done' });
  expect(await syncOnce(ivan)).toMatchObject({ kind: 'done' });
  expect((await ivan.db.people.get(olena.id))?.city).toBe('Львів');
}, 60_000);
