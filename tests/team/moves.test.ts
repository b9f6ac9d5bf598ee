// A client that moves between databases (shared for editing, or back) is written at its new home before the stubs
// that send readers there: a sync cut between the two writes must leave the record live, never only as stubs.
// (The writes of one push go to each database in turn; before, a stub could go first when another record of the
// same push had opened that database's write, and a cut or a stale write after it left the client nowhere.)
import { expect, test } from 'vitest';
import { firmDatabases } from '../../core/team/names';
import type { TeamDoc } from '../../core/team/documents';
import { syncOnce } from '../../integrations/team/sync';
import { addNote } from '../../storage/people';
import { setSharing } from '../../storage/team/ownership';
import { createFirm } from '../../tools/team/firm';
import { addPerson, join, newBrowser, couchForFile } from './helpers';

const couch = couchForFile();

test('a move cut after the old home was written leaves the client live, and the next sync finishes it', async () => {
  const server = couch();
  const firm = server.firmId('moves');
  const inv = await createFirm(
    server.couch,
    { firm, title: 'Moves', admin: { name: 'anna', displayName: 'Анна', level: 'admin' } },
    Date.now(),
  );
  const anna = newBrowser('anna');
  const moving = await addPerson(anna, { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] });
  const other = await addPerson(anna, { displayName: 'Тарас Шевчук', emails: ['taras@acme.ua'] });
  await join(anna, inv);
  expect(await syncOnce(anna)).toMatchObject({ kind: 'done' });
  const dbs = firmDatabases(firm);
  const copies = async () => {
    const out: Record<string, TeamDoc | undefined> = {};
    for (const db of [dbs.own('anna'), dbs.shared])
      out[db] = ((await server.couch.allDocs(db)) as TeamDoc[]).find((d) => d._id === `people:${moving.id}`);
    return out;
  };

  // One push: a note on another client of her own database (its write to that database goes first), and the
  // client shared for editing (its new home is the shared database; its old copy becomes a stub).
  await addNote(anna.db, other.id, 'Дзвінок про договір', Date.now());
  await setSharing(anna.db, { kind: 'person', id: moving.id }, 'write', Date.now());
  anna.failWhen = (url, init) => init?.method === 'POST' && url.includes(`/${dbs.shared}/_bulk_docs`);
  expect(await syncOnce(anna)).toMatchObject({ kind: 'stopped', problem: { code: 'offline' } });
  const cut = await copies();
  expect(cut[dbs.own('anna')]?.handedOverTo, 'the old copy is still the client').toBeUndefined();
  expect(cut[dbs.own('anna')]?.displayName).toBe('Олена Коваль');
  expect(await anna.db.people.get(moving.id)).toMatchObject({ sharing: 'write' });

  anna.failWhen = null;
  expect(await syncOnce(anna)).toMatchObject({ kind: 'done', refused: [] });
  const done = await copies();
  expect(done[dbs.shared]).toMatchObject({ displayName: 'Олена Коваль', sharing: 'write', owner: 'anna' });
  expect(done[dbs.own('anna')]).toMatchObject({ handedOverTo: 'anna' });
  expect(await anna.db.people.get(moving.id)).toMatchObject({
    displayName: 'Олена Коваль',
    sharing: 'write',
  });
  expect(await anna.db.teamOutbox.count()).toBe(0);
});
