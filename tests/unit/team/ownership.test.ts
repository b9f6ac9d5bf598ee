// Owner and sharing changed from the extension (storage/team/ownership.ts): the client is rewritten through the
// one write path and every record of its history is queued with it, so the next push moves it all.
import { afterEach, beforeEach, expect, test } from 'vitest';
import type { TeamMembership } from '../../../core/team/membership';
import type { KartkaDB } from '../../../storage/db';
import { createCompany } from '../../../storage/companies';
import { addNote, createPerson } from '../../../storage/people';
import { acknowledge } from '../../../storage/team/outbox';
import { setOwner, setSharing } from '../../../storage/team/ownership';
import { writeTeam } from '../../../storage/team/state';
import { freshDb, NOW, testSettings } from '../storage/helpers';

const admin: TeamMembership = {
  firm: 'acme',
  url: 'https://couch.acme.ua',
  member: 'olha',
  displayName: 'Ольга Адмін',
  level: 'admin',
  auth: { kind: 'basic', user: 'olha', password: 'x' },
  joinedAt: NOW,
};

let db: KartkaDB;
beforeEach(async () => {
  db = freshDb();
  await writeTeam(db, 'membership', admin);
});
afterEach(async () => {
  await db.delete();
});

async function person(name: string, email: string, extra: object = {}) {
  const res = await createPerson(
    db,
    { displayName: name, emails: [email], ...extra } as never,
    testSettings(),
    NOW,
  );
  if (!res.ok) throw new Error('not created');
  return res.person;
}

const keys = async () => (await db.teamOutbox.toArray()).map((e) => e.key).sort();

test('a hand-over rewrites the owner and the manager shown, and queues the client with its notes and tasks', async () => {
  const olena = await person('Олена Коваль', 'olena@acme.ua');
  const other = await person('Тарас', 'taras@acme.ua');
  const note = await addNote(db, olena.id, 'Дзвонила щодо договору', NOW + 1);
  await db.tasks.add({
    id: 't1',
    title: 'Подзвонити',
    due: NOW,
    personId: olena.id,
    createdAt: NOW,
  } as never);
  await acknowledge(db, await db.teamOutbox.toArray());

  const moved = await setOwner(
    db,
    [{ kind: 'person', id: olena.id }],
    { name: 'ivan', displayName: 'Іван' },
    NOW + 5,
  );
  expect(moved).toBe(3);
  expect(await db.people.get(olena.id)).toMatchObject({ owner: 'ivan', manager: 'Іван' });
  expect(await keys()).toEqual([`interactions:${note.id}`, `people:${olena.id}`, 'tasks:t1'].sort());
  expect((await db.people.get(other.id))?.owner).toBe('olha');

  // Handing over to the owner it already has changes nothing and queues nothing.
  await acknowledge(db, await db.teamOutbox.toArray());
  expect(
    await setOwner(db, [{ kind: 'person', id: olena.id }], { name: 'ivan', displayName: 'Іван' }, NOW + 6),
  ).toBe(0);
  expect(await keys()).toEqual([]);
});

test('a company goes with its current people; a missing client is a clear error for sharing', async () => {
  const co = await createCompany(db, { name: 'Acme' }, NOW);
  if (!co.ok) throw new Error('no company');
  const worker = await person('Олена', 'o@acme.ua', {
    companies: [{ companyId: co.company.id, decisionMaker: false }],
  });
  await acknowledge(db, await db.teamOutbox.toArray());
  const moved = await setOwner(
    db,
    [{ kind: 'company', id: co.company.id }],
    { name: 'ivan', displayName: 'Іван' },
    NOW + 1,
  );
  expect(moved).toBe(2);
  expect((await db.people.get(worker.id))?.owner).toBe('ivan');
  expect((await db.companies.get(co.company.id))?.owner).toBe('ivan');
  await expect(setSharing(db, { kind: 'person', id: 'nobody' as never }, 'read', NOW)).rejects.toThrow(
    /No client/u,
  );
});

test('sharing a client sets it and queues its history; unsharing clears it', async () => {
  const olena = await person('Олена Коваль', 'olena@acme.ua');
  const note = await addNote(db, olena.id, 'Зустріч у четвер', NOW + 1);
  await acknowledge(db, await db.teamOutbox.toArray());
  await setSharing(db, { kind: 'person', id: olena.id }, 'write', NOW + 2);
  expect((await db.people.get(olena.id))?.sharing).toBe('write');
  expect(await keys()).toEqual([`interactions:${note.id}`, `people:${olena.id}`].sort());
  await setSharing(db, { kind: 'person', id: olena.id }, null, NOW + 3);
  expect((await db.people.get(olena.id))?.sharing).toBeUndefined();
});
