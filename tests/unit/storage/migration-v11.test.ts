// Version 11: the sync tables arrive (syncAccounts, syncItems); no row of any other table changes, and a
// disconnect with removal takes exactly what one account's sync created.
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { interactionId, personId } from '../../../core/ids';
import { newAccount, newStream } from '../../../core/sync/account';
import { LATEST_VERSION, openKartkaDB, SCHEMA_V10 } from '../../../storage/db';
import { disconnectAccount } from '../../../storage/sync/remove';

const name = 'kartka-migration-v11';
afterEach(async () => {
  await Dexie.delete(name);
});

test('upgrading a v10 database (handles) adds the sync tables and keeps every row', async () => {
  const raw = new Dexie(name);
  raw.version(10).stores(SCHEMA_V10);
  await raw.table('people').put({
    id: 'p1',
    displayName: 'Олена Коваль',
    emails: ['olena@acme.ua'],
    phones: [],
    tags: [],
    companies: [],
    custom: {},
    searchTokens: [],
    gmailKeys: [],
    companyIds: [],
    handles: [{ kind: 'telegram-username', value: 'olena_koval' }],
    handleKeys: ['tgu:olena_koval'],
    createdAt: 1,
    updatedAt: 1,
  });
  await raw.table('lastContact').put({ id: 'p1', at: 5 });
  const before = Object.fromEntries(
    await Promise.all(raw.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
  raw.close();

  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  expect(db.syncAccounts.schema.indexes.map((i) => i.name)).toEqual(['provider']);
  expect(db.syncItems.schema.indexes.map((i) => i.name).sort()).toEqual(['account', 'interactionId']);
  // Version 10's index is still there: a chat page finds Olena by her Telegram username.
  expect((await db.people.where('handleKeys').equals('tgu:olena_koval').first())?.id).toBe('p1');
  for (const table of db.tables) expect(await table.toArray(), table.name).toEqual(before[table.name] ?? []);

  // Disconnect with removal: the record this account created goes; the one another account also synced stays.
  const a = newAccount('google', 'ivan@kartka.ua', [], { mail: newStream({}, 1) }, 1);
  const b = newAccount('google', 'olena@kartka.ua', [], { mail: newStream({}, 1) }, 1);
  await db.syncAccounts.bulkPut([a, b]);
  const mail = (id: string, at: number) => ({
    id: interactionId(id),
    kind: 'email' as const,
    source: 'gmail-api' as const,
    providerKey: `gmail:${id}`,
    direction: 'incoming' as const,
    participants: [],
    at,
    attachmentNames: [],
    personIds: [personId('p1')],
    companyIds: [],
    createdAt: 1,
  });
  await db.interactions.bulkPut([mail('i1', 10), mail('i2', 20)]);
  await db.syncItems.bulkPut([
    {
      key: `${a.id}|m1`,
      account: a.id,
      stream: 'mail',
      item: 'm1',
      state: 'logged',
      interactionId: interactionId('i1'),
      created: true,
      at: 1,
    },
    {
      key: `${a.id}|m2`,
      account: a.id,
      stream: 'mail',
      item: 'm2',
      state: 'logged',
      interactionId: interactionId('i2'),
      created: true,
      at: 1,
    },
    {
      key: `${b.id}|x2`,
      account: b.id,
      stream: 'mail',
      item: 'x2',
      state: 'logged',
      interactionId: interactionId('i2'),
      created: false,
      at: 1,
    },
  ]);
  await db.lastContact.put({ id: 'p1', at: 20 });
  const report = await disconnectAccount(db, a.id, true);
  expect(report).toEqual({ interactions: 1, people: 0, shared: 1 });
  expect((await db.interactions.toArray()).map((i) => i.id)).toEqual(['i2']);
  expect(await db.syncAccounts.get(a.id)).toBeUndefined();
  expect(await db.syncItems.where('account').equals(a.id).count()).toBe(0);
  expect((await db.lastContact.get('p1'))?.at).toBe(20);
  db.close();
});
