// Version 10: people are indexed by messenger handles (`*handleKeys`); backfillHandles gives the people whose notes
// or own fields name a t.me profile that username (with its index key and search tokens) and leaves everyone
// else exactly as they were.
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { personId } from '../../../core/ids';
import { LATEST_VERSION, openKartkaDB, SCHEMA_V8 } from '../../../storage/db';
import { searchPeople } from '../../../storage/search';
import { handlesFromRow } from '../../../storage/migrations/v10-handles';

const name = 'kartka-migration-v10';
afterEach(async () => {
  await Dexie.delete(name);
});

const person = (n: number, extra: Record<string, unknown> = {}) => ({
  id: `p${n}`,
  displayName: `Олена ${n}`,
  emails: [`olena${n}@acme.ua`],
  phones: [],
  tags: [],
  companies: [],
  custom: {},
  searchTokens: ['olena', String(n)],
  gmailKeys: [],
  companyIds: [],
  createdAt: 1,
  updatedAt: 2,
  touchedAt: 3,
  ...extra,
});

test('upgrading a v8 database (the highest before 10) runs backfillHandles: t.me links become handles; other rows stay as they were', async () => {
  const raw = new Dexie(name);
  raw.version(8).stores(SCHEMA_V8);
  await raw.table('people').bulkAdd([
    ...Array.from({ length: 40 }, (_, n) => person(n)),
    person(100, { notes: 'Signature: https://t.me/Olena_Koval · call after 11' }),
    person(101, { custom: { Telegram: 't.me/taras_sh' }, notes: 'also https://t.me/joinchat/AAAA' }),
    // Merged away: keeps its data for undo, matches nobody.
    person(102, { notes: 't.me/ghost_user', mergedInto: 'p1' }),
  ]);
  await raw
    .table('interactions')
    .add({ id: 'i1', at: 5, personIds: ['p1'], personAt: [['p1', 5]], providerKey: 'gmail:1' });
  const before = Object.fromEntries(
    await Promise.all(raw.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
  raw.close();

  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  expect(db.people.schema.indexes.map((i) => i.name)).toContain('handleKeys');

  // Every row without a t.me link, and every other table, is untouched.
  const untouched = (await db.people.toArray()).filter((p) => !['p100', 'p101', 'p102'].includes(p.id));
  expect(untouched).toEqual(
    (before.people ?? []).filter((p) => !['p100', 'p101', 'p102'].includes(String(p.id))),
  );
  expect(await db.interactions.toArray()).toEqual(before.interactions);

  const olena = await db.people.get(personId('p100'));
  expect(olena?.handles).toEqual([{ kind: 'telegram-username', value: 'olena_koval' }]);
  expect(olena?.handleKeys).toEqual(['tgu:olena_koval']);
  expect(olena?.searchTokens).toEqual(expect.arrayContaining(['olena', '100', '@olena_koval']));
  // A service path (t.me/joinchat/…) is not a person.
  expect((await db.people.get(personId('p101')))?.handles).toEqual([
    { kind: 'telegram-username', value: 'taras_sh' },
  ]);
  const ghost = await db.people.get(personId('p102'));
  expect(ghost?.handles).toEqual([{ kind: 'telegram-username', value: 'ghost_user' }]);
  expect(ghost?.handleKeys).toEqual([]);

  // The index answers, and "@username" finds the person in search.
  expect((await db.people.where('handleKeys').equals('tgu:taras_sh').toArray()).map((p) => p.id)).toEqual([
    'p101',
  ]);
  expect(await db.people.where('handleKeys').equals('tgu:ghost_user').count()).toBe(0);
  expect((await searchPeople(db, '@olena_k', 5)).map((h) => h.id)).toEqual(['p100']);
  db.close();
});

test.each([
  [{ notes: 'нотатка без посилань' }, []],
  [{ notes: 'tg: https://telegram.me/@Sales_Bot42 ' }, [{ kind: 'telegram-username', value: 'sales_bot42' }]],
  [
    { handles: [{ kind: 'telegram' as const, value: '123456' }], notes: 't.me/abcd_e' },
    [
      { kind: 'telegram', value: '123456' },
      { kind: 'telegram-username', value: 'abcd_e' },
    ],
  ],
  [{ custom: { site: 'https://t.me/s/channel_name', x: 't.me/iv?url=1' } }, []],
])('handlesFromRow(%j)', (row, handles: unknown[]) => {
  expect(handlesFromRow(row)).toEqual(handles);
});
