// Version 1: a new install opens at the latest version with every v1 table and index in place.
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { LATEST_VERSION, openKartkaDB, SCHEMA_LATEST, SCHEMA_V1 } from '../../../storage/db';

const name = 'kartka-migration-v1';
afterEach(async () => {
  await Dexie.delete(name);
});

test('a fresh database has every table with the latest indexes', async () => {
  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  for (const [table, spec] of Object.entries(SCHEMA_LATEST)) {
    const schema = db.table(table).schema;
    const indexed = schema.indexes.map((i) => (i.multi ? `*${i.name}` : i.unique ? `&${i.name}` : i.name));
    const expected = spec
      .split(',')
      .map((s) => s.trim())
      .slice(1);
    expect(indexed, table).toEqual(expect.arrayContaining(expected));
  }
  db.close();
});

test('a v1 database written by a v1 build opens unchanged at v1 with raw Dexie', async () => {
  const raw = new Dexie(name);
  raw.version(1).stores(SCHEMA_V1);
  await raw.table('people').add({
    id: 'p1',
    displayName: 'Олена',
    emails: ['olena@acme.ua'],
    phones: [],
    tags: [],
    companies: [],
    custom: {},
    searchTokens: ['olena'],
    gmailKeys: [],
    createdAt: 1,
    updatedAt: 1,
  });
  expect(await raw.table('people').where('emails').equals('olena@acme.ua').count()).toBe(1);
  raw.close();
});
