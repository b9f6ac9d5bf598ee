// Version 4: unused indexes go (people `lastContactAt`/`updatedAt`, companies `updatedAt`); no row changes.
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { LATEST_VERSION, openKartkaDB, SCHEMA_V3 } from '../../../storage/db';
import { findPersonByAddress } from '../../../storage/people';

const name = 'kartka-migration-v4';
afterEach(async () => {
  await Dexie.delete(name);
});

const person = (n: number) => ({
  id: `p${n}`,
  displayName: `Олена ${n}`,
  emails: [`olena${n}@acme.ua`],
  phones: n % 2 ? [`+38067000${String(n).padStart(4, '0')}`] : [],
  tags: ['опт'],
  companies: n % 3 ? [] : [{ companyId: 'c1', archived: false, decisionMaker: n === 0 }],
  custom: {},
  searchTokens: ['олена', String(n)],
  gmailKeys: [],
  companyIds: n % 3 ? [] : ['c1'],
  lastContactAt: 1_700_000_000_000 + n,
  createdAt: 1,
  updatedAt: 2 + n,
  touchedAt: 3 + n,
});

test('upgrading a v3 database drops only the unused indexes and keeps every row', async () => {
  const raw = new Dexie(name);
  raw.version(3).stores(SCHEMA_V3);
  await raw.table('people').bulkAdd(Array.from({ length: 300 }, (_, n) => person(n)));
  await raw.table('companies').add({
    id: 'c1',
    name: 'Acme',
    domains: ['acme.ua'],
    registrationIds: [],
    bankAccounts: [],
    addresses: [],
    tags: [],
    custom: {},
    searchTokens: ['acme'],
    lastContactAt: 9,
    createdAt: 1,
    updatedAt: 7,
  });
  await raw.table('meta').put({ key: 'settings', value: { defaultPhoneRegion: 'UA' } });
  const before = Object.fromEntries(
    await Promise.all(raw.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
  raw.close();

  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  const people = db.people.schema.indexes.map((i) => i.name);
  expect(people).not.toContain('lastContactAt');
  expect(people).not.toContain('updatedAt');
  expect(people).toEqual(
    expect.arrayContaining(['emails', 'phones', 'gmailKeys', 'companyIds', 'touchedAt']),
  );
  expect(db.companies.schema.indexes.map((i) => i.name)).toEqual(['domains']);

  // Tables added by later versions (v5's lastContact) start empty.
  for (const table of db.tables) expect(await table.toArray(), table.name).toEqual(before[table.name] ?? []);

  // The indexes that stay still answer.
  expect((await findPersonByAddress(db, 'Olena42@acme.ua', { gmailDotPlusFolding: false }))?.id).toBe('p42');
  expect(await db.people.where('companyIds').equals('c1').count()).toBe(100);
  expect(await db.people.where('touchedAt').aboveOrEqual(300).count()).toBe(3);
  expect((await db.companies.where('domains').equals('acme.ua').first())?.name).toBe('Acme');
  db.close();
});
