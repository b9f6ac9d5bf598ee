// Logged last contacts live in the narrow `lastContact` table (schema v5): every place that shows, filters,
// exports, merges or backs up a client's last contact sees the later of the row's own date and the logged one.
import { afterEach, describe, expect, test } from 'vitest';
import { exportBackup, restoreBackup } from '../../../storage/backup';
import {
  clientsForExport,
  deleteClient,
  deleteEverything,
  purgeExpiredTrash,
  reminderPeople,
  TRASH,
  undoDelete,
  UNDO_MS,
} from '../../../storage/app-queries';
import { cardForAddress } from '../../../storage/cards';
import { createCompany } from '../../../storage/companies';
import { openKartkaDB, type KartkaDB } from '../../../storage/db';
import { logMessages, logThread } from '../../../storage/interactions';
import { laterContact, recordContacts, withContact } from '../../../storage/last-contact';
import { liveClients } from '../../../storage/live-clients';
import { mergePeople } from '../../../storage/merge';
import { createPerson } from '../../../storage/people';
import { refreshStage } from '../../../storage/stages';
import type { LoggableMessage } from '../../../core/logging-policy';
import type { PersonId } from '../../../core/ids';
import { freshDb, ME, message, NOW, testSettings, thread } from './helpers';

const H = 3_600_000;
const DAY = 24 * H;
const dbs: KartkaDB[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) {
    liveClients(db).close();
    await db.delete();
  }
});

async function seed(lastContactAt?: number) {
  const db = freshDb();
  dbs.push(db);
  const settings = testSettings();
  const company = await createCompany(db, { name: 'ТОВ «Зоря»', domains: ['zoria.ua'] }, NOW);
  const olena = await createPerson(
    db,
    {
      displayName: 'Олена Коваль',
      emails: ['olena@zoria.ua'],
      stage: { stage: 'regular', reason: '3 orders', setBy: 'rule', since: NOW },
    },
    settings,
    NOW,
  );
  if (!company.ok || !olena.ok) throw new Error('seed failed');
  if (lastContactAt !== undefined) await db.people.update(olena.person.id, { lastContactAt });
  return { db, settings, olena: olena.person, company: company.company };
}

const fromOlena = (id: string, at: number) => thread(`t-${id}`, [message(id, 'olena@zoria.ua', [ME], at)]);

describe('laterContact', () => {
  test('takes the later date, and either one alone', () => {
    expect(laterContact(undefined, undefined)).toBeUndefined();
    expect(laterContact(5, undefined)).toBe(5);
    expect(laterContact(undefined, 7)).toBe(7);
    expect(laterContact(9, 7)).toBe(9);
    expect(laterContact(3, 7)).toBe(7);
  });
});

describe('logging', () => {
  test('moves the date forward only, and never rewrites the row', async () => {
    const { db, settings, olena, company } = await seed();
    await logThread(db, fromOlena('m2', NOW - H), settings, NOW);
    const row = await db.people.get(olena.id);
    // An older message logged later does not move the date back.
    await logThread(db, fromOlena('m1', NOW - 3 * DAY), settings, NOW + 1);
    expect(await db.people.get(olena.id)).toEqual(row);
    expect((await db.lastContact.get(olena.id))?.at).toBe(NOW - H);
    expect((await db.lastContact.get(company.id))?.at).toBe(NOW - H);
    await logThread(db, fromOlena('m3', NOW), settings, NOW + 2);
    expect((await withContact(db, await db.people.get(olena.id)))?.lastContactAt).toBe(NOW);
  });

  test('a row whose own date is later keeps it, and nothing is logged for it', async () => {
    const { db, settings, olena } = await seed(NOW + DAY);
    await logThread(db, fromOlena('m1', NOW), settings, NOW);
    expect(await db.lastContact.get(olena.id)).toBeUndefined();
    expect((await withContact(db, await db.people.get(olena.id)))?.lastContactAt).toBe(NOW + DAY);
  });

  test('people created by logging carry the date on their own row', async () => {
    const { db, settings } = await seed();
    const sent: LoggableMessage = {
      providerKey: 'gmail:sent-1',
      from: { address: ME, name: 'Me' },
      to: [{ address: 'new.client@firma.ua', name: 'Новий Клієнт' }],
      cc: [],
      subject: 'Пропозиція',
      date: NOW - H,
      attachmentNames: [],
    };
    const out = await logMessages(db, [sent], settings, NOW, 'gmail');
    expect(out.peopleCreated).toBe(1);
    const created = await db.people.where('emails').equals('new.client@firma.ua').first();
    expect(created?.lastContactAt).toBe(NOW - H);
    expect(created && (await db.lastContact.get(created.id))).toBeUndefined();
  });

  test('recordContacts writes only what is later than both dates it knows', async () => {
    const { db } = await seed();
    await db.lastContact.bulkPut([{ id: 'a', at: 10 }]);
    const own = new Map([['b', 50]]);
    const written = await db.transaction('rw', db.lastContact, () =>
      recordContacts(
        db,
        new Map([
          ['a', 5],
          ['b', 40],
          ['c', 70],
          ['a2', 1],
        ]),
        (id) => own.get(id),
      ),
    );
    expect(written).toBe(2);
    expect((await db.lastContact.toArray()).map((r) => [r.id, r.at])).toEqual([
      ['a', 10],
      ['a2', 1],
      ['c', 70],
    ]);
  });
});

describe('readers see the logged date', () => {
  test('the sidebar card', async () => {
    const { db, settings } = await seed(NOW - 30 * DAY);
    await logThread(db, fromOlena('m1', NOW - H), settings, NOW);
    expect((await cardForAddress(db, 'olena@zoria.ua', settings))?.lastContactAt).toBe(NOW - H);
  });

  test('the list, loaded from the rows, live, and from a snapshot taken before the message', async () => {
    const { db, settings, olena, company } = await seed(NOW - 30 * DAY);
    const live = liveClients(db);
    await live.current();
    expect(live.people.get(olena.id)?.data.lastContactAt).toBe(NOW - 30 * DAY);
    await live.saveSnapshot();

    await logThread(db, fromOlena('m1', NOW - H), settings, NOW);
    await live.current();
    expect(live.people.get(olena.id)?.data.lastContactAt).toBe(NOW - H);
    expect(live.people.get(olena.id)?.rank).toBe(NOW - H);
    expect(live.companies.get(company.id)?.data.lastContactAt).toBe(NOW - H);
    live.close();

    // A page opening from the snapshot (taken before the message) catches up with the logged date.
    const page = openKartkaDB(db.name);
    const next = liveClients(page);
    await next.current();
    expect(next.loadedFrom).toBe('snapshot');
    expect(next.people.get(olena.id)?.data.lastContactAt).toBe(NOW - H);
    next.close();
    page.close();
  });

  test('a logging chunk of hundreds of clients reaches the list (Dexie names no keys for it)', async () => {
    const { db, settings } = await seed();
    const people = [];
    for (let i = 0; i < 120; i++) {
      const p = await createPerson(
        db,
        { displayName: `Клієнт ${i}`, emails: [`c${i}@firma.ua`] },
        settings,
        NOW,
      );
      if (p.ok) people.push(p.person);
    }
    const live = liveClients(db);
    await live.current();
    const messages: LoggableMessage[] = people.map((p, i) => ({
      providerKey: `gmail:bulk-${i}`,
      from: { address: p.emails[0] ?? '', name: '' },
      to: [{ address: ME, name: '' }],
      cc: [],
      subject: `Рахунок ${i}`,
      date: NOW - i * H,
      attachmentNames: [],
    }));
    await logMessages(db, messages, settings, NOW, 'gmail');
    await live.current();
    expect(people.map((p) => live.people.get(p.id)?.data.lastContactAt)).toEqual(
      people.map((_, i) => NOW - i * H),
    );
  });

  test('reminders, stage rules and exports', async () => {
    const { db, settings, olena, company } = await seed(NOW - 400 * DAY);
    // Quiet for 400 days by the row; the stage rule would call her lost.
    await refreshStage(db, { kind: 'person', id: olena.id }, settings, NOW);
    expect((await db.people.get(olena.id))?.stage?.stage).toMatch(/^lost/u);
    await logThread(db, fromOlena('m1', NOW - H), settings, NOW);
    expect((await reminderPeople(db)).find((p) => p.id === olena.id)?.lastContactAt).toBe(NOW - H);
    await refreshStage(db, { kind: 'person', id: olena.id }, settings, NOW);
    expect((await db.people.get(olena.id))?.stage?.stage).not.toMatch(/^lost/u);
    const exported = await clientsForExport(db, 'people', [olena.id]);
    expect(exported.people[0]?.lastContactAt).toBe(NOW - H);
    const companies = await clientsForExport(db, 'companies', [company.id]);
    expect(companies.companies[0]?.lastContactAt).toBe(NOW - H);
  });

  test('a merge keeps the later of both people’s dates, logged ones included', async () => {
    const { db, settings, olena } = await seed(NOW - 10 * DAY);
    const twin = await createPerson(
      db,
      { displayName: 'Олена К.', emails: ['olena.k@gmail.com'] },
      settings,
      NOW,
    );
    if (!twin.ok) throw new Error('seed');
    await db.lastContact.put({ id: twin.person.id, at: NOW - H });
    await mergePeople(db, olena.id, twin.person.id as PersonId, NOW);
    expect((await withContact(db, await db.people.get(olena.id)))?.lastContactAt).toBe(NOW - H);
  });
});

describe('delete', () => {
  test('undo brings the logged date back; a delete takes it away at once, and keeps it only in the undo record', async () => {
    const { db, settings, olena } = await seed();
    await logThread(db, fromOlena('m1', NOW - H), settings, NOW);
    const token = await deleteClient(db, { kind: 'person', id: olena.id }, NOW);
    expect(await db.lastContact.get(olena.id)).toBeUndefined();
    await undoDelete(db, token, NOW);
    expect((await withContact(db, await db.people.get(olena.id)))?.lastContactAt).toBe(NOW - H);
    const again = await deleteClient(db, { kind: 'person', id: olena.id }, NOW);
    expect(await db.lastContact.get(olena.id)).toBeUndefined();
    // Past its time the undo record is purged, and with it the last copy of the date.
    expect(await purgeExpiredTrash(db, NOW + UNDO_MS + 1)).toBe(1);
    await expect(undoDelete(db, again, NOW + UNDO_MS + 1)).rejects.toThrow(/no longer be undone/);
    expect(await db.meta.where('key').startsWith(TRASH).count()).toBe(0);
  });
});

describe('backup', () => {
  test('carries the logged dates in the rows, and a restore clears the table so nothing stale stays', async () => {
    const { db, settings, olena, company } = await seed(NOW - 10 * DAY);
    await logThread(db, fromOlena('m1', NOW - H), settings, NOW);
    const backup = await exportBackup(db, NOW);
    const row = backup.tables.people.find((p) => p.id === olena.id);
    expect(row?.lastContactAt).toBe(NOW - H);
    expect(backup.tables.companies.find((c) => c.id === company.id)?.lastContactAt).toBe(NOW - H);

    await deleteEverything(db);
    expect(await db.lastContact.count()).toBe(0);
    await db.lastContact.put({ id: olena.id, at: NOW + DAY });
    const restored = await restoreBackup(db, JSON.parse(JSON.stringify(backup)));
    expect(restored.ok).toBe(true);
    expect(await db.lastContact.count()).toBe(0);
    expect((await withContact(db, await db.people.get(olena.id)))?.lastContactAt).toBe(NOW - H);
    // And round-trips exactly.
    expect(await exportBackup(db, NOW)).toEqual(backup);
  });
});
