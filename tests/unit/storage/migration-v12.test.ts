// Version 12: the `team` and `teamOutbox` tables arrive (the firm's base); no row of any other table changes, and
// a browser that never joins a firm writes exactly as before (nothing lands in the outbox).
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { LATEST_VERSION, openKartkaDB, SCHEMA_V11 } from '../../../storage/db';
import { personRow } from '../../../storage/rows';

const name = 'kartka-migration-v12';
afterEach(async () => {
  await Dexie.delete(name);
});

const person = (n: number) =>
  personRow(
    {
      id: `p${n}` as never,
      displayName: `Олена ${n}`,
      emails: [`olena${n}@acme.ua`],
      phones: [],
      tags: [],
      companies: [],
      custom: {},
      createdAt: 1,
      updatedAt: 2,
    },
    [],
  );

test('upgrading a v11 database (the highest before 12) adds the team tables and keeps every row; a single user’s writes stay local', async () => {
  const raw = new Dexie(name);
  raw.version(11).stores(SCHEMA_V11);
  await raw.table('people').bulkAdd(Array.from({ length: 20 }, (_, n) => ({ ...person(n), touchedAt: 3 })));
  await raw.table('lastContact').put({ id: 'p1', at: 5, touchedAt: 6 });
  const before = Object.fromEntries(
    await Promise.all(raw.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
  raw.close();

  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  expect(LATEST_VERSION).toBeGreaterThanOrEqual(12);
  expect(db.team.schema.primKey.name).toBe('key');
  expect(db.teamOutbox.schema.primKey.name).toBe('key');
  for (const table of db.tables) expect(await table.toArray(), table.name).toEqual(before[table.name] ?? []);

  await db.people.put({ ...person(1), city: 'Львів' });
  await db.people.delete('p2' as never);
  expect(await db.teamOutbox.count()).toBe(0);
  const stored = await db.people.get('p1' as never);
  expect(stored?.owner).toBeUndefined();
  expect(stored?.fieldMeta).toBeUndefined();
  db.close();
});
