// An admin's actions against the test's CouchDB with the provisioning library as the extension runs it: a firm
// admin's own sign-in is refused before anything is written; the server admin's credentials do the action.
import { expect, test } from 'vitest';
import { firmDatabases } from '../../core/team/names';
import { readAudit } from '../../tools/team/audit';
import { Couch } from '../../tools/team/couch';
import { invite, setLevel } from '../../tools/team/firm';
import { couchForFile, newFirm } from './helpers';

const couch = couchForFile();

test('only a CouchDB server admin may manage members; a refusal leaves nothing half done', async () => {
  const server = couch();
  const now = Date.now();
  const { firm, invitations } = await newFirm(
    server,
    { name: 'anna', displayName: 'Анна', level: 'admin' },
    [{ name: 'ivan', displayName: 'Іван', level: 'manager' }],
    now,
  );
  const anna = invitations.anna;
  if (!anna) throw new Error('the firm has no invitation for anna');
  const before = await readAudit(server.couch, firm);

  const asAnna = new Couch(server.url, { user: 'anna', password: anna.password }, (u, i) => fetch(u, i));
  await expect(asAnna.requireServerAdmin()).rejects.toMatchObject({
    status: 403,
    reason: 'anna is not a CouchDB server admin',
  });
  const wrong = new Couch(server.url, { user: server.admin.user, password: 'wrong' }, (u, i) => fetch(u, i));
  await expect(wrong.requireServerAdmin()).rejects.toMatchObject({ status: 401 });
  expect(await readAudit(server.couch, firm)).toEqual(before);

  const admin = new Couch(server.url, server.admin, (u, i) => fetch(u, i));
  await admin.requireServerAdmin();
  const olga = await invite(
    admin,
    firm,
    { name: 'olga', displayName: 'Ольга', level: 'readonly' },
    'anna',
    now,
  );
  expect(olga.password).toMatch(/^[\w-]{24}$/u);
  await setLevel(admin, firm, 'ivan', 'admin', 'anna', now + 1);
  expect(await server.couch.get(firmDatabases(firm).directory, 'member:ivan')).toMatchObject({
    level: 'admin',
  });
  const log = await readAudit(server.couch, firm);
  expect(log.slice(before.length).map((e) => [e.action, e.by, e.details])).toEqual([
    ['member.invite', 'anna', { member: 'olga', level: 'readonly' }],
    ['member.level', 'anna', { member: 'ivan', from: 'manager', to: 'admin' }],
  ]);
}, 60_000);
