// Hand-over while the old owner edits offline, and off-boarding with the wipe of the member's browser.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { firmDatabases } from '../../core/team/names';
import { syncOnce } from '../../integrations/team/sync';
import { addNote, updatePerson } from '../../storage/people';
import { addTask } from '../../storage/tasks';
import { readAudit } from '../../tools/team/audit';
import { handOver, offboard, sweep } from '../../tools/team/handover';
import { startCouch, type TestCouch } from '../fakes/couch/server';
import { addPerson, join, newBrowser, newFirm, settings, type Browser } from './helpers';

let server: TestCouch;
beforeAll(async () => {
  server = await startCouch();
}, 60_000);
afterAll(async () => {
  await server?.stop();
});

const historyOf = (b: Browser, personId: string) =>
  b.db.interactions.filter((i) => i.personIds.includes(personId as never)).toArray();

test('a client handed over while its old owner edits offline: the late edits reach the new owner as a note', async () => {
  const now = Date.now();
  const { firm, invitations } = await newFirm(
    server,
    { name: 'anna', displayName: 'Анна', level: 'admin' },
    [
      { name: 'ivan', displayName: 'Іван', level: 'manager' },
      { name: 'olga', displayName: 'Ольга', level: 'manager' },
    ],
    now,
  );
  const [annaInv, ivanInv, olgaInv] = [invitations.anna, invitations.ivan, invitations.olga];
  if (!annaInv || !ivanInv || !olgaInv) throw new Error('the firm has no invitations');
  const [ivan, olga, anna] = [newBrowser('ivan'), newBrowser('olga'), newBrowser('anna')];

  const c1 = await addPerson(ivan, { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] });
  const c2 = await addPerson(ivan, { displayName: 'Марко Бойко', emails: ['marko@boiko.ua'] });
  await addNote(ivan.db, c1.id, 'Перший дзвінок: цікавить опт', now);
  await addTask(ivan.db, { title: 'Надіслати прайс', due: now + 86_400_000, personId: c1.id }, now);
  await join(ivan, ivanInv);
  await join(olga, olgaInv);
  await join(anna, annaInv);

  // Ivan goes offline and keeps working on Olena.
  ivan.offline = true;
  await updatePerson(ivan.db, c1.id, { city: 'Львів' }, settings, Date.now());
  await addNote(ivan.db, c1.id, 'Домовились про зустріч у четвер', Date.now());
  expect(await syncOnce(ivan)).toMatchObject({ kind: 'stopped', problem: { code: 'offline' } });
  expect(await ivan.db.teamOutbox.count()).toBe(2);

  // Meanwhile the admin hands Olena to Olga.
  const report = await handOver(
    server.couch,
    firm,
    { from: 'ivan', to: 'olga', selection: { clients: [`people:${c1.id}`] } },
    'anna',
    Date.now(),
  );
  expect(report).toMatchObject({ clients: 1, records: 2 });

  ivan.offline = false;
  expect(await syncOnce(ivan)).toMatchObject({ kind: 'done' });
  expect(await ivan.db.people.get(c1.id)).toBeUndefined();
  expect(await historyOf(ivan, c1.id)).toEqual([]);
  expect(await ivan.db.tasks.count()).toBe(0);
  expect(await ivan.db.people.get(c2.id)).toBeDefined();
  expect(await ivan.db.teamOutbox.count()).toBe(0);

  // The admin's browser forwards the late notes to Olena's new home; Olga gets them with the history.
  expect(await syncOnce(anna)).toMatchObject({ kind: 'done' });
  expect(await sweep(server.couch, firm, 'anna', Date.now())).toBe(0);
  expect(await syncOnce(olga)).toMatchObject({ kind: 'done' });
  const mine = await olga.db.people.get(c1.id);
  expect(mine).toMatchObject({ owner: 'olga', manager: 'Ольга', displayName: 'Олена Коваль' });
  expect(mine?.city).toBeUndefined();
  const history = await historyOf(olga, c1.id);
  const texts = history.map((i) => i.body ?? '').join('\n');
  expect(texts).toContain('Перший дзвінок');
  expect(texts).toMatch(/city: “Львів”/);
  expect(texts).toContain('Домовились про зустріч у четвер');
  expect(await olga.db.tasks.count()).toBe(1);
  expect(await server.couch.allDocs(firmDatabases(firm).own('ivan'))).toSatisfy((docs: { _id: string }[]) =>
    docs.every((d) => !d._id.startsWith('latenote:')),
  );

  // Off-boarding: Ivan's remaining clients go to Olga, his database is archived, his browser wipes itself.
  const off = await offboard(server.couch, firm, { member: 'ivan', to: 'olga' }, 'anna', Date.now());
  expect(off).toMatchObject({ clients: 1 });
  expect(off.archive).toMatch(new RegExp(`^kartka-${firm}-archive-ivan-`));
  expect(await server.couch.dbExists(firmDatabases(firm).own('ivan'))).toBe(false);
  expect(await syncOnce(ivan)).toEqual({ kind: 'wiped' });
  for (const table of ivan.db.tables) {
    if (table.name === 'team') continue;
    expect(await table.count(), table.name).toBe(0);
  }
  expect(await ivan.db.team.toArray()).toEqual([
    { key: 'notice', value: { firm, member: 'ivan', at: expect.any(Number), because: 'revoked' } },
  ]);
  expect(await syncOnce(olga)).toMatchObject({ kind: 'done' });
  expect(await olga.db.people.get(c2.id)).toMatchObject({ owner: 'olga' });
  expect(await syncOnce(anna)).toMatchObject({ kind: 'done' });
  expect(await anna.db.people.get(c2.id)).toMatchObject({ owner: 'olga' });
  const audit = await readAudit(server.couch, firm);
  expect(audit.map((a) => a.action)).toContain('member.offboard');
}, 120_000);
