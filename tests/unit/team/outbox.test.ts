// The one write path to the firm's base: in a firm, every write to a shared table, by any repository, lands in
// the outbox in the same transaction, with its changed fields stamped and a new client owned by the member.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { TeamMembership } from '../../../core/team/membership';
import type { KartkaDB } from '../../../storage/db';
import { addNote, createPerson, updatePerson } from '../../../storage/people';
import { updateCompany, createCompany } from '../../../storage/companies';
import { applyIncoming } from '../../../storage/team/apply';
import { acknowledge, enqueueAll, pendingBatch } from '../../../storage/team/outbox';
import { writeTeam } from '../../../storage/team/state';
import { deleteClient } from '../../../storage/app-queries/trash';
import { freshDb, NOW, testSettings } from '../storage/helpers';

const membership = (level: TeamMembership['level'] = 'manager'): TeamMembership => ({
  firm: 'acme',
  url: 'https://couch.acme.ua',
  member: 'ivan',
  displayName: 'Іван Петренко',
  level,
  auth: { kind: 'basic', user: 'ivan', password: 'x' },
  joinedAt: NOW,
});

let db: KartkaDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

const settings = testSettings();

describe('in a firm', () => {
  beforeEach(async () => {
    await writeTeam(db, 'membership', membership());
  });

  test('a new client is the member’s own and waits in the outbox', async () => {
    const res = await createPerson(
      db,
      { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] },
      settings,
      NOW,
    );
    if (!res.ok) throw new Error('not created');
    const row = await db.people.get(res.person.id);
    expect(row).toMatchObject({ owner: 'ivan', manager: 'Іван Петренко' });
    expect(await db.teamOutbox.toArray()).toEqual([
      {
        key: `people:${res.person.id}`,
        table: 'people',
        id: res.person.id,
        at: expect.any(Number),
        base: {},
      },
    ]);
  });

  test('an edit stamps only what changed, keeps the firm’s fields, and records each field’s old stamp once', async () => {
    const res = await createPerson(
      db,
      { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] },
      settings,
      NOW,
    );
    if (!res.ok) throw new Error('not created');
    const created = await db.people.get(res.person.id);
    await acknowledge(db, await db.teamOutbox.toArray());
    await db.people.update(res.person.id, { sharing: 'write' });
    await updatePerson(db, res.person.id, { city: 'Львів' }, settings, NOW + 1000);
    await updatePerson(db, res.person.id, { city: 'Одеса' }, settings, NOW + 2000);
    const row = await db.people.get(res.person.id);
    expect(row).toMatchObject({ owner: 'ivan', sharing: 'write', city: 'Одеса' });
    expect(row?.fieldMeta?.city?.source).toBe('user');
    expect(row?.fieldMeta?.displayName?.at).toBe(created?.updatedAt);
    const [entry] = await db.teamOutbox.toArray();
    expect(entry?.base).toEqual({ sharing: 0, city: 0 });
  });

  test('a company rename re-indexes its people without queueing them (no field of theirs changed)', async () => {
    const co = await createCompany(db, { name: 'Acme' }, NOW);
    if (!co.ok) throw new Error('no company');
    await acknowledge(db, await db.teamOutbox.toArray());
    await createPerson(
      db,
      {
        displayName: 'Олена',
        emails: ['o@acme.ua'],
        companies: [{ companyId: co.company.id, decisionMaker: false }],
      } as never,
      settings,
      NOW,
    );
    await acknowledge(db, await db.teamOutbox.toArray());
    await updateCompany(db, co.company.id, { name: 'Acme Group' }, NOW + 5);
    expect((await db.teamOutbox.toArray()).map((e) => e.key)).toEqual([`companies:${co.company.id}`]);
  });

  test('deletes and clears are queued by key; the pending batch carries each record’s client', async () => {
    const res = await createPerson(
      db,
      { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] },
      settings,
      NOW,
    );
    if (!res.ok) throw new Error('not created');
    const note = await addNote(db, res.person.id, 'Дзвонила щодо договору', NOW + 1);
    await acknowledge(db, await db.teamOutbox.toArray());
    const pending = await db.people.get(res.person.id);
    await deleteClient(db, { kind: 'person', id: res.person.id }, NOW + 2);
    const keys = (await db.teamOutbox.toArray()).map((e) => e.key).sort();
    expect(keys).toEqual([`interactions:${note.id}`, `people:${res.person.id}`].sort());
    const batch = await pendingBatch(db, 10);
    expect(batch.every((p) => p.row === undefined)).toBe(true);
    expect(pending?.owner).toBe('ivan');
    await db.tasks.add({
      id: 't1',
      title: 'Подзвонити',
      due: NOW,
      done: false,
      recurrence: 'none',
      createdAt: NOW,
      updatedAt: NOW,
    } as never);
    await db.tasks.clear();
    expect(await db.teamOutbox.get('tasks:t1')).toBeDefined();
  });

  test('what a sync applies is not a local edit: nothing is queued', async () => {
    await applyIncoming(
      db,
      [
        {
          table: 'people',
          id: 'p9',
          rev: '1-a',
          record: {
            id: 'p9',
            displayName: 'Марко',
            emails: [],
            phones: [],
            tags: [],
            companies: [],
            custom: {},
            owner: 'olga',
            createdAt: NOW,
            updatedAt: NOW,
          },
        },
      ],
      { database: 'kartka-acme-shared', seq: 7 },
    );
    expect(await db.teamOutbox.count()).toBe(0);
    expect((await db.people.get('p9' as never))?.searchTokens).toContain('marko');
    expect((await db.team.get('applied:kartka-acme-shared'))?.value).toBe(7);
  });

  test('joining queues the whole base', async () => {
    await db.transaction('rw', db.people, db.interactions, async (tx) => {
      (await import('../../../storage/team/outbox-middleware')).markApplying(tx.idbtrans);
      await db.people.add({
        id: 'p1',
        displayName: 'A',
        emails: [],
        phones: [],
        tags: [],
        companies: [],
        custom: {},
        createdAt: NOW,
        updatedAt: NOW,
        searchTokens: [],
        gmailKeys: [],
        companyIds: [],
      } as never);
    });
    expect(await enqueueAll(db, NOW)).toBe(1);
  });
});

test('a read-only member’s writes stay on this device (they own no database to send them to)', async () => {
  await writeTeam(db, 'membership', membership('readonly'));
  await createPerson(db, { displayName: 'Олена Коваль', emails: ['olena@acme.ua'] }, settings, NOW);
  expect(await db.teamOutbox.count()).toBe(0);
});
