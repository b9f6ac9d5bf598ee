import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { interactionId, personId } from '../../../core/ids';
import type { KartkaDB, StoredInteraction, StoredPerson } from '../../../storage/db';
import {
  matchRows,
  primaryKeysByKeys,
  rowsByIndexes,
  rowsByKeys,
  SCAN_MIN_KEYS,
  SCAN_ROWS_PER_KEY,
} from '../../../storage/lookup';
import { freshDb } from './helpers';

let db: KartkaDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const person = (n: number, emails: string[], extra: Partial<StoredPerson> = {}): StoredPerson => ({
  id: personId(`p${String(n).padStart(4, '0')}`),
  displayName: `Person ${n}`,
  emails,
  phones: [],
  tags: [],
  companies: [],
  custom: {},
  createdAt: 1,
  updatedAt: 1,
  searchTokens: [],
  gmailKeys: [],
  companyIds: [],
  ...extra,
});

const interaction = (id: string, providerKey: string, rfcMessageId?: string): StoredInteraction => ({
  id: interactionId(id),
  kind: 'email',
  source: 'import',
  direction: 'incoming',
  participants: [],
  subject: '',
  at: 1,
  attachmentNames: [],
  personIds: [],
  companyIds: [],
  createdAt: 1,
  providerKey,
  ...(rfcMessageId ? { rfcMessageId } : {}),
});

/** What asking per key returns: each key's rows in primary-key order, keys in order, flattened. */
async function perKey(index: string, keys: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const k of new Set(keys)) out.push(...(await db.people.where(index).equals(k).primaryKeys()));
  return out;
}

describe('matchRows', () => {
  test('files rows under each distinct entry of a multi-entry array, or under a plain value; keys in order', () => {
    const rows = [
      { id: 'a', emails: ['x', 'y', 'x'], city: 'Київ' },
      { id: 'b', emails: ['y', 7, null], city: 'Львів' },
      { id: 'c', emails: 'x', city: ['Київ'] },
      { id: 'd', city: 'Київ' },
    ];
    const ids = (groups: { id: string }[][]) => groups.map((g) => g.map((r) => r.id));
    expect(ids(matchRows(rows, 'emails', true, ['y', 'x', 'z', '7']))).toEqual([
      ['a', 'b'],
      ['a', 'c'],
      [],
      [],
    ]);
    // Not multi-entry: an array value is one (array) key and never equals a string key.
    expect(ids(matchRows(rows, 'city', false, ['Київ', 'Львів']))).toEqual([['a', 'd'], ['b']]);
    expect(ids(matchRows(rows, 'emails', false, ['x']))).toEqual([['c']]);
  });
});

describe('rowsByKeys and rowsByIndexes', () => {
  const keys = Array.from({ length: SCAN_MIN_KEYS }, (_, i) => `user${i}@acme.ua`);

  async function seed(count: number) {
    await db.people.bulkAdd(
      Array.from({ length: count }, (_, n) =>
        person(n, n === 3 ? [`user${n}@acme.ua`, `user${n + 1}@acme.ua`] : [`user${n}@acme.ua`]),
      ),
    );
    // A second row under one address (e.g. merged away), and a row under two probed keys.
    await db.people.add(person(9000, ['user1@acme.ua'], { mergedInto: personId('p0001') }));
  }

  test('a small table is read whole and matched in memory: the same rows, in the same order', async () => {
    await seed(SCAN_ROWS_PER_KEY * SCAN_MIN_KEYS - 10);
    const expected = await perKey('emails', [...keys, ...keys.slice(0, 3)]);
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const rows = await db.transaction('r', db.people, () =>
      rowsByKeys(db.people, 'emails', [...keys, ...keys.slice(0, 3)]),
    );
    expect(getAll).not.toHaveBeenCalled();
    expect(rows.map((r) => r.id)).toEqual(expected);
    expect(rows.filter((r) => r.id === 'p0003')).toHaveLength(2);
    expect(rows.filter((r) => r.emails.includes('user1@acme.ua')).map((r) => r.id)).toEqual([
      'p0001',
      'p9000',
    ]);
  });

  test('a large table is asked per key, with the same result shape', async () => {
    await seed(SCAN_ROWS_PER_KEY * SCAN_MIN_KEYS + 10);
    const expected = await perKey('emails', keys);
    const getAll = vi.spyOn(IDBIndex.prototype, 'getAll');
    const rows = await db.transaction('r', db.people, () => rowsByKeys(db.people, 'emails', keys));
    expect(getAll).toHaveBeenCalledTimes(keys.length);
    expect(rows.map((r) => r.id)).toEqual(expected);
  });

  test('several indexes of one table in one batch, each as asked alone; no keys, no rows', async () => {
    await seed(40);
    await db.people.update(personId('p0005'), { gmailKeys: ['olena@gmail.com'] });
    const gmail = ['olena@gmail.com', 'nobody@gmail.com'];
    const [byEmail, byGmail, none] = await db.transaction('r', db.people, () =>
      rowsByIndexes(db.people, [
        { index: 'emails', keys },
        { index: 'gmailKeys', keys: gmail },
        { index: 'phones', keys: [] },
      ]),
    );
    expect(byEmail?.map((r) => r.id)).toEqual(await perKey('emails', keys));
    expect(byGmail?.map((r) => r.id)).toEqual(['p0005']);
    expect(none).toEqual([]);
  });

  test('outside a transaction it falls back to Dexie queries', async () => {
    await seed(10);
    const rows = await rowsByKeys(db.people, 'emails', ['user2@acme.ua', 'user1@acme.ua']);
    expect(rows.map((r) => r.id)).toEqual(['p0002', 'p0001', 'p9000']);
  });
});

describe('primaryKeysByKeys', () => {
  const probes = Array.from({ length: 2 * SCAN_MIN_KEYS }, (_, i) => `gmail:${(1000 + i).toString(16)}`);

  test('keys close together: the few entries between them are walked, not asked per key', async () => {
    // Older mail below the batch's range, a few already-logged messages inside it.
    await db.interactions.bulkAdd([
      ...Array.from({ length: 30 }, (_, i) => interaction(`old${i}`, `gmail:${(100 + i).toString(16)}`)),
      interaction('i1', probes[3] ?? ''),
      interaction('i2', probes[40] ?? ''),
      interaction('i3', `${probes[10] ?? ''}0`),
    ]);
    const getKey = vi.spyOn(IDBIndex.prototype, 'getKey');
    const found = await db.transaction('r', db.interactions, () =>
      primaryKeysByKeys(db.interactions, 'providerKey', probes),
    );
    expect(getKey).not.toHaveBeenCalled();
    expect([...found]).toEqual([
      [probes[3], 'i1'],
      [probes[40], 'i2'],
    ]);
  });

  test('a dense index is asked per key; a repeated key gives the first row, as getKey does', async () => {
    const keys = probes.slice(0, SCAN_MIN_KEYS).map((_, i) => `m${String(i * 10).padStart(4, '0')}@acme.ua`);
    await db.interactions.bulkAdd([
      ...Array.from({ length: 10 * SCAN_MIN_KEYS }, (_, i) =>
        interaction(`x${String(i).padStart(4, '0')}`, `k${i}`, `m${String(i).padStart(4, '0')}@acme.ua-x`),
      ),
      interaction('b', 'kb', keys[7]),
      interaction('a', 'ka', keys[7]),
      interaction('c', 'kc', keys[20]),
    ]);
    const getKey = vi.spyOn(IDBIndex.prototype, 'getKey');
    const found = await db.transaction('r', db.interactions, () =>
      primaryKeysByKeys(db.interactions, 'rfcMessageId', [...keys, keys[7] ?? '']),
    );
    expect(getKey).toHaveBeenCalledTimes(keys.length);
    expect([...found]).toEqual([
      [keys[7], 'a'],
      [keys[20], 'c'],
    ]);
  });

  test('a sparse non-unique index gives the same first row when walked', async () => {
    const keys = probes.map((p) => `${p}@mail`);
    await db.interactions.bulkAdd([
      interaction('z', 'kz', keys[5]),
      interaction('y', 'ky', keys[5]),
      interaction('w', 'kw', 'other@mail'),
    ]);
    const getKey = vi.spyOn(IDBIndex.prototype, 'getKey');
    const found = await db.transaction('r', db.interactions, () =>
      primaryKeysByKeys(db.interactions, 'rfcMessageId', keys),
    );
    expect(getKey).not.toHaveBeenCalled();
    expect([...found]).toEqual([[keys[5], 'y']]);
  });
});
