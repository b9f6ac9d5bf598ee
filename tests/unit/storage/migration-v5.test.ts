// Version 5: the `lastContact` table arrives (id, touchedAt); no row of any other table changes.
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { LATEST_VERSION, openKartkaDB, SCHEMA_V4 } from '../../../storage/db';
import { withContact } from '../../../storage/last-contact';
import { liveClients } from '../../../storage/live-clients';

const name = 'kartka-migration-v5';
afterEach(async () => {
  await Dexie.delete(name);
});

const person = (n: number) => ({
  id: `p${n}`,
  displayName: `Олена ${n}`,
  emails: [`olena${n}@acme.ua`],
  phones: [],
  tags: [],
  companies: [],
  custom: {},
  searchTokens: ['олена', String(n)],
  gmailKeys: [],
  companyIds: [],
  lastContactAt: 1_700_000_000_000 + n,
  createdAt: 1,
  updatedAt: 2,
  touchedAt: 3,
});

test('upgrading a v4 database adds the lastContact table and keeps every row; rows keep their own dates', async () => {
  const raw = new Dexie(name);
  raw.version(4).stores(SCHEMA_V4);
  await raw.table('people').bulkAdd(Array.from({ length: 50 }, (_, n) => person(n)));
  await raw.table('meta').put({ key: 'settings', value: { defaultPhoneRegion: 'UA' } });
  const before = Object.fromEntries(
    await Promise.all(raw.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
  raw.close();

  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  expect(db.lastContact.schema.indexes.map((i) => i.name)).toEqual(['touchedAt']);
  for (const table of db.tables) expect(await table.toArray(), table.name).toEqual(before[table.name] ?? []);

  // A row's own date still counts until a later one is logged.
  expect((await withContact(db, await db.people.get('p7' as never)))?.lastContactAt).toBe(1_700_000_000_007);
  await db.lastContact.put({ id: 'p7', at: 1_800_000_000_000 });
  expect((await db.lastContact.get('p7'))?.touchedAt).toBeGreaterThan(0);
  expect((await withContact(db, await db.people.get('p7' as never)))?.lastContactAt).toBe(1_800_000_000_000);
  const live = liveClients(db);
  await live.current();
  expect(live.people.get('p7')?.data.lastContactAt).toBe(1_800_000_000_000);
  expect(live.people.get('p8')?.data.lastContactAt).toBe(1_700_000_000_008);
  live.close();
  db.close();
});
