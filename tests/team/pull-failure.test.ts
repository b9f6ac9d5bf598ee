// One database of a sync gone mid-off-boarding (the manager's, deleted while the directory still lists him): the
// databases that were pulled are applied all the same, so the clients handed over show at their new owner at once
// instead of waiting for a later trigger (the team e2e's flaky off-boarding, notes/21.md "21c").
import { expect, test } from 'vitest';
import { firmDatabases } from '../../core/team/names';
import { syncOnce } from '../../integrations/team/sync';
import { handOver } from '../../tools/team/handover';
import { addPerson, couchForFile, join, newBrowser, newFirm } from './helpers';

const couch = couchForFile();

test('a database gone from the server stops the sync, and what the other databases brought is applied', async () => {
  const server = couch();
  const { firm, invitations } = await newFirm(server, { name: 'anna', displayName: 'Анна', level: 'admin' }, [
    { name: 'ivan', displayName: 'Іван', level: 'manager' },
  ]);
  const [ivan, anna] = [newBrowser('ivan'), newBrowser('anna')];
  const olena = await addPerson(ivan, { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] });
  await join(ivan, invitations.ivan ?? expect.unreachable('no invitation for ivan'));
  await join(anna, invitations.anna ?? expect.unreachable('no invitation for anna'));
  expect((await anna.db.people.get(olena.id))?.owner).toBe('ivan');

  // The off-boarding's first steps: the clients go to Anna, then the manager's database is deleted; the directory
  // still lists him as active, so Anna's sync still reads his database.
  await handOver(
    server.couch,
    firm,
    { from: 'ivan', to: 'anna', selection: { all: true } },
    'anna',
    Date.now(),
  );
  await server.couch.deleteDb(firmDatabases(firm).own('ivan'));

  const outcome = await syncOnce(anna);
  expect(outcome).toMatchObject({ kind: 'stopped', problem: { code: 'server', status: 404 } });
  // Pulled from Anna's own database and applied, though the sync as a whole stopped.
  expect((await anna.db.people.get(olena.id))?.owner).toBe('anna');
});
