// Version 8: the `possibleDuplicates` and `importUndo` tables arrive; no row of any other table changes.
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { LATEST_VERSION, openKartkaDB, SCHEMA_V7 } from '../../../storage/db';

const name = 'kartka-migration-v8';
afterEach(async () => {
  await Dexie.delete(name);
});

test('upgrading a v7 database adds the two tables and keeps every row', async () => {
  const raw = new Dexie(name);
  raw.version(7).stores(SCHEMA_V7);
  await raw.table('people').bulkAdd(
    Array.from({ length: 20 }, (_, n) => ({
      id: `p${n}`,
      displayName: `Тарас ${n}`,
      emails: [`taras${n}@acme.ua`],
      phones: ['+380501112233'],
      tags: [],
      companies: [],
      custom: {},
      searchTokens: [],
      gmailKeys: [],
      companyIds: [],
      createdAt: 1,
      updatedAt: 2,
      touchedAt: 3,
    })),
  );
  await raw.table('lastContact').put({ id: 'p1', at: 5, touchedAt: 6 });
  const before = Object.fromEntries(
    await Promise.all(raw.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
  raw.close();

  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  expect(db.possibleDuplicates.schema.indexes.map((i) => i.name)).toEqual(['a', 'b']);
  expect(db.importUndo.schema.indexes.map((i) => i.name)).toEqual(['importId']);
  for (const table of db.tables) expect(await table.toArray(), table.name).toEqual(before[table.name] ?? []);
  db.close();
});
