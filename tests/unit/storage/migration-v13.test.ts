// Version 13: each sync account's quota ledgers, backoff and last failure move from its `syncAccounts` row to its
// own `syncPacing` row (movePacingOutOfAccounts). A wait a provider asked for before the upgrade still holds after
// it, the units spent in the window still count, the cursors do not move, and no other table changes.
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { spendableBudget, SYNC_LIMITS } from '../../../core/sync/limits';
import { LATEST_VERSION, openKartkaDB, SCHEMA_V12 } from '../../../storage/db';
import { connectAccount, listAccounts } from '../../../storage/sync/accounts';
import { disconnectAccount } from '../../../storage/sync/remove';
import { DexieSyncStore } from '../../../storage/sync/store';
import { testSettings } from './helpers';

const name = 'kartka-migration-v13';
afterEach(async () => {
  await Dexie.delete(name);
});

const NOW = Date.UTC(2026, 11, 7, 3);
const rate = { kind: 'rate' as const, status: 429, retryAfterMs: 120_000 };

/** An account row as version 12 stored it: cursors, backoff, failure and ledgers together. */
const v12Account = (address: string, waiting: boolean) => ({
  id: `google:${address}`,
  provider: 'google',
  address,
  connectedAt: 1,
  paused: false,
  auth: 'ok',
  scopes: ['https://www.googleapis.com/auth/gmail.metadata'],
  streams: {
    mail: {
      cursor: { phase: 'full', pending: ['m9'] },
      advancedAt: 5,
      caughtUpAt: null,
      samples: [],
      restarts: [],
    },
  },
  backoff: waiting ? { until: NOW + 120_000, attempt: 2, failure: rate } : null,
  lastFailure: waiting ? { failure: rate, at: NOW - 1_000 } : null,
  ledgers: waiting ? { gmail: [[NOW - 10_000, 5_000]] } : {},
  lastSuccessAt: NOW - 20_000,
});

test('upgrading a v12 database moves each account’s ledgers, backoff and failure to syncPacing, losing nothing', async () => {
  const raw = new Dexie(name);
  raw.version(12).stores(SCHEMA_V12);
  const waiting = v12Account('ivan@kartka.ua', true);
  const calm = v12Account('olena@kartka.ua', false);
  await raw.table('syncAccounts').bulkPut([waiting, calm]);
  await raw.table('syncItems').put({
    key: `${waiting.id}|m1`,
    account: waiting.id,
    stream: 'mail',
    item: 'm1',
    state: 'known',
    created: false,
    at: 1,
  });
  await raw.table('people').put({
    id: 'p1',
    displayName: 'Олена',
    emails: [],
    phones: [],
    tags: [],
    companies: [],
    custom: {},
    searchTokens: [],
    gmailKeys: [],
    companyIds: [],
    handleKeys: [],
    createdAt: 1,
    updatedAt: 1,
  });
  const before = Object.fromEntries(
    await Promise.all(raw.tables.map(async (t) => [t.name, await t.toArray()] as const)),
  );
  raw.close();

  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  expect(db.syncPacing.schema.primKey.name).toBe('id');
  // The rows keep everything but the pacing; the pacing rows hold exactly what the rows had.
  const { backoff, lastFailure, ledgers, ...row } = waiting;
  expect(await db.syncAccounts.get(waiting.id)).toEqual(row);
  expect(await db.syncPacing.get(waiting.id)).toEqual({ id: waiting.id, backoff, lastFailure, ledgers });
  expect(await db.syncPacing.get(calm.id)).toEqual({
    id: calm.id,
    backoff: null,
    lastFailure: null,
    ledgers: {},
  });
  for (const table of db.tables)
    if (!['syncAccounts', 'syncPacing'].includes(table.name))
      expect(await table.toArray(), table.name).toEqual(before[table.name] ?? []);

  // Read back as one account, as before the upgrade: the runner still waits for Google, the quota still counts.
  const store = new DexieSyncStore(db, async () => testSettings(), {});
  const account = await store.load(waiting.id);
  expect(account).toEqual(waiting);
  expect((await listAccounts(db)).map((a) => a.id)).toEqual([waiting.id, calm.id]);

  // A spend now lands in the pacing row, next to the one spent before the upgrade, while the budget has room (the
  // room is checked in the spend's own transaction); the account row is untouched.
  const budget = spendableBudget(SYNC_LIMITS.gmail.costModels['since-2026-05'].perUser);
  expect(await store.recordSpend(waiting.id, 'gmail', 1_000, budget, NOW)).toBe(false);
  expect(await store.recordSpend(waiting.id, 'gmail', 500, budget, NOW)).toBe(true);
  expect((await db.syncPacing.get(waiting.id))?.ledgers.gmail?.map(([, u]) => u)).toEqual([5_000, 500]);
  expect(await db.syncAccounts.get(waiting.id)).toEqual(row);

  // Reconnecting clears the wait and the failure but keeps what was spent and every cursor.
  await connectAccount(db, 'google', waiting.address, waiting.scopes, {}, NOW + 1);
  const again = await store.load(waiting.id);
  expect(again).toMatchObject({ backoff: null, lastFailure: null, streams: waiting.streams });
  expect(again?.ledgers.gmail?.length).toBe(2);

  // Disconnecting takes the pacing row with the account.
  await disconnectAccount(db, waiting.id, false);
  expect(await db.syncPacing.get(waiting.id)).toBeUndefined();
  expect(await db.syncPacing.get(calm.id)).toBeDefined();
  db.close();
});

test('an empty v12 sync (no account connected) upgrades to an empty syncPacing', async () => {
  const raw = new Dexie(name);
  raw.version(12).stores(SCHEMA_V12);
  await raw.open();
  raw.close();
  const db = openKartkaDB(name);
  await db.open();
  expect(await db.syncPacing.count()).toBe(0);
  db.close();
});
