// Batched index lookups: one pipelined request per key, all issued at once, never awaited one by one —
// or, when the table is small next to the batch, one read of the whole table matched in memory.
//
// Dexie's `anyOf` walks one cursor with `continue(key)`: a round trip per hit, and in fake-indexeddb a scan
// per step (measured: 100 hits in 20,000 rows took 5.9 s). Dexie's `where().equals()` per key costs ~0.3 ms
// each in its Collection machinery. Inside a transaction we therefore issue raw IDBIndex requests on the
// transaction's own IDBTransaction (`Transaction.idbtrans`, public Dexie API) — all at once.
//
// In Chromium every request costs ~0.1 ms however little it does (a miss costs as much as a hit), while
// one `getAll()` costs ~0.02–0.04 ms a row: a batch of 1,000 keys against a table of a few thousand rows
// (the companies of most bases, the people of a small one) is cheaper as one read of the table.
import Dexie, { type Table } from 'dexie';

/** A batch reads the whole table instead when the table has at most this many rows per key. */
export const SCAN_ROWS_PER_KEY = 2;
/** A batch of keys walks the index between its smallest and largest key when that holds ≤ 1 entry per this many keys. */
export const WALK_KEYS_PER_ENTRY = 4;
/** Below this many keys a batch always asks per key (the size check is two round trips of its own). */
export const SCAN_MIN_KEYS = 50;

// Dexie.Promise, not the native one: awaiting it keeps Dexie's transaction zone, so the transaction is
// not seen as committed while these raw requests are in flight (fake-indexeddb is strict about this).
function request<R>(make: () => IDBRequest<R>): Promise<R> {
  return new Dexie.Promise<R>((resolve, reject) => {
    const r = make();
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** Issues one request per key, all at once, under a single promise; results in key order. */
function requestEach<R>(keys: readonly string[], make: (key: string) => IDBRequest<R>): Promise<R[]> {
  return new Dexie.Promise<R[]>((resolve, reject) => {
    const out = new Array<R>(keys.length);
    let left = keys.length;
    if (left === 0) resolve(out);
    keys.forEach((key, i) => {
      const r = make(key);
      r.onsuccess = () => {
        out[i] = r.result;
        if (--left === 0) resolve(out);
      };
      r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
    });
  });
}

/** The raw object store of `table` in the current Dexie transaction, when there is one that covers it. */
function rawStore(table: { name: string }): IDBObjectStore | null {
  const tx = Dexie.currentTransaction;
  if (!tx || !tx.storeNames.includes(table.name)) return null;
  return tx.idbtrans.objectStore(table.name);
}

/**
 * True when the store holds at most `limit` rows: a key cursor steps over `limit` rows inside the database
 * (no row is read or sent), where `count()` would walk the whole table.
 */
function hasAtMost(store: IDBObjectStore, limit: number): Promise<boolean> {
  return new Dexie.Promise<boolean>((resolve, reject) => {
    const r = store.openKeyCursor();
    let advanced = false;
    r.onsuccess = () => {
      const cursor = r.result;
      if (!cursor) resolve(true);
      else if (advanced) resolve(false);
      else {
        advanced = true;
        cursor.advance(limit);
      }
    };
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** A plain (top-level, single-property) key path, the only kind matched in memory. */
function plainKeyPath(index: IDBIndex): string | null {
  const path = index.keyPath;
  return typeof path === 'string' && path !== '' && !path.includes('.') ? path : null;
}

/**
 * What `index.getAll(key)` returns for each of `keys`, computed from all the rows of the store (in
 * primary-key order, as `getAll()` returns them): per key, the rows indexed under it, in primary-key order.
 * A multi-entry index files a row once under each distinct entry of its array; other indexes under the value.
 * Keys here are strings, so only string values can match (IndexedDB compares string keys exactly).
 */
export function matchRows<T>(
  rows: readonly T[],
  keyPath: string,
  multiEntry: boolean,
  keys: readonly string[],
): T[][] {
  const byKey = new Map<string, T[]>(keys.map((k) => [k, []]));
  for (const row of rows) {
    const value = (row as Record<string, unknown>)[keyPath];
    if (typeof value === 'string') byKey.get(value)?.push(row);
    else if (multiEntry && Array.isArray(value)) {
      const entries = new Set<unknown>(value);
      for (const e of entries) if (typeof e === 'string') byKey.get(e)?.push(row);
    }
  }
  return keys.map((k) => byKey.get(k) ?? []);
}

/** One lookup of a batch: rows whose `index` equals any of `keys`. */
export interface IndexQuery {
  index: string;
  keys: readonly string[];
}

/**
 * Rows for several index lookups on one table, each as `rowsByKeys` returns them. Inside a transaction the
 * table is read whole when it has at most `SCAN_ROWS_PER_KEY` rows per key of the batch; else one request
 * per key, all at once.
 */
export function rowsByIndexes<T, K, I>(
  table: Table<T, K, I>,
  queries: readonly IndexQuery[],
): Promise<T[][]> {
  const unique = queries.map((q) => [...new Set(q.keys)]);
  const total = unique.reduce((n, keys) => n + keys.length, 0);
  // Never `async` here: an early-returned native promise between two steps of a Dexie transaction
  // drops Dexie's zone, and the transaction is then reported as committed too early.
  if (total === 0) return Dexie.Promise.resolve(queries.map(() => []));
  const store = rawStore(table);
  if (!store) {
    return Dexie.Promise.all(
      queries.map((q, i) =>
        Dexie.Promise.all((unique[i] ?? []).map((k) => table.where(q.index).equals(k).toArray())).then((r) =>
          r.flat(),
        ),
      ),
    );
  }
  const indexes = queries.map((q) => store.index(q.index));
  const probe = (): Promise<T[][]> =>
    Dexie.Promise.all(
      indexes.map((idx, i) => requestEach(unique[i] ?? [], (k) => idx.getAll(k) as IDBRequest<T[]>)),
    ).then((perQuery) => perQuery.map((r) => r.flat()));
  const paths = indexes.map(plainKeyPath);
  if (total < SCAN_MIN_KEYS || paths.some((p) => p === null)) return probe();
  return hasAtMost(store, total * SCAN_ROWS_PER_KEY).then((small) =>
    small
      ? request(() => store.getAll() as IDBRequest<T[]>).then((rows) =>
          indexes.map((idx, i) => matchRows(rows, paths[i] ?? '', idx.multiEntry, unique[i] ?? []).flat()),
        )
      : probe(),
  );
}

/** Rows whose `index` equals any of `keys` (a multi-entry index may return a row once per matching key). */
export function rowsByKeys<T, K, I>(
  table: Table<T, K, I>,
  index: string,
  keys: readonly string[],
): Promise<T[]> {
  return rowsByIndexes(table, [{ index, keys }]).then((r) => r[0] ?? []);
}

/**
 * Every entry of `idx` between `lower` and `upper` (index key → primary key of its first row), walked with one
 * key cursor — or null as soon as there are more than `limit`. Chromium prefetches a plain `continue()` in
 * batches, so a walk costs a few round trips where asking per key costs one request per key.
 */
function entriesBetween(
  idx: IDBIndex,
  lower: string,
  upper: string,
  limit: number,
): Promise<Map<string, IDBValidKey> | null> {
  return new Dexie.Promise<Map<string, IDBValidKey> | null>((resolve, reject) => {
    const found = new Map<string, IDBValidKey>();
    let seen = 0;
    const r = idx.openKeyCursor(IDBKeyRange.bound(lower, upper));
    r.onsuccess = () => {
      const cursor = r.result;
      if (!cursor) resolve(found);
      else if (++seen > limit) resolve(null);
      else {
        // Entries come in (key, primary key) order: the first one of a key is what `getKey(key)` returns.
        if (typeof cursor.key === 'string' && !found.has(cursor.key))
          found.set(cursor.key, cursor.primaryKey);
        cursor.continue();
      }
    };
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/**
 * Primary key of the first row whose `index` equals each key, for the keys that have one. A batch whose
 * keys lie close together (new mail's provider ids grow with time; a first import meets an empty index)
 * reads the few index entries between its smallest and largest key; else one request per key.
 */
export function primaryKeysByKeys<T, K, I>(
  table: Table<T, K, I>,
  index: string,
  keys: readonly string[],
): Promise<Map<string, string>> {
  const unique = [...new Set(keys)];
  const found = new Map<string, string>();
  if (unique.length === 0) return Dexie.Promise.resolve(found);
  const idx = rawStore(table)?.index(index);
  const perKey = (): Promise<unknown[]> =>
    idx
      ? requestEach<IDBValidKey | undefined>(unique, (k) => idx.getKey(k))
      : Dexie.Promise.all(
          unique.map((k) =>
            table
              .where(index)
              .equals(k)
              .primaryKeys()
              .then((p) => p[0]),
          ),
        );
  const collect = (list: readonly unknown[]) => {
    unique.forEach((k, i) => {
      const pk = list[i];
      if (typeof pk === 'string') found.set(k, pk);
    });
    return found;
  };
  if (!idx || unique.length < SCAN_MIN_KEYS) return perKey().then(collect);
  let lower = unique[0] ?? '';
  let upper = lower;
  for (const k of unique) {
    if (k < lower) lower = k;
    else if (k > upper) upper = k;
  }
  // A walked entry costs about a third of a request (Chromium: 1,000 in ~35 ms, 1,000 getKey in ~110 ms);
  // stopping after a quarter as many entries as keys bounds the waste on a dense index to ~8%.
  return entriesBetween(idx, lower, upper, Math.floor(unique.length / WALK_KEYS_PER_ENTRY)).then((entries) =>
    entries ? collect(unique.map((k) => entries.get(k))) : perKey().then(collect),
  );
}

/** The index entries between `lower` and `upper` as [key, primary key] in key order, or null past `limit`. */
function entryListBetween(
  idx: IDBIndex,
  lower: string,
  upper: string,
  limit: number,
): Promise<[string, string][] | null> {
  return new Dexie.Promise<[string, string][] | null>((resolve, reject) => {
    const found: [string, string][] = [];
    const r = idx.openKeyCursor(IDBKeyRange.bound(lower, upper));
    r.onsuccess = () => {
      const cursor = r.result;
      if (!cursor) resolve(found);
      else if (found.length >= limit) resolve(null);
      else {
        if (typeof cursor.key === 'string' && typeof cursor.primaryKey === 'string')
          found.push([cursor.key, cursor.primaryKey]);
        cursor.continue();
      }
    };
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

/** First position in key-sorted `entries` whose key is ≥ `key`. */
function lowerBound(entries: readonly [string, string][], key: string): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((entries[mid]?.[0] ?? '') < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The entries of one key range, walked with a key cursor: [index key, primary key] in key order. */
function entriesIn(idx: IDBIndex, lower: string, upper: string): Promise<[string, string][]> {
  return entryListBetween(idx, lower, upper, Infinity).then((entries) => entries ?? []);
}

/**
 * The index entries ([index key, primary key]) that lie in each of `ranges` (bounds included), one list per
 * range: the caller can filter on the index key before reading any row. A batch whose ranges together span few
 * entries (mail of one week meets the index of that week) reads them with one key cursor; else one cursor per
 * range, all at once.
 */
export function entriesInRanges<T, K, I>(
  table: Table<T, K, I>,
  index: string,
  ranges: readonly (readonly [string, string])[],
): Promise<[string, string][][]> {
  if (ranges.length === 0) return Dexie.Promise.resolve([]);
  const idx = rawStore(table)?.index(index);
  if (!idx) {
    return Dexie.Promise.all(
      ranges.map(([lower, upper]) => {
        const collection = () => table.where(index).between(lower, upper, true, true);
        return Dexie.Promise.all([collection().keys(), collection().primaryKeys()]).then(([keys, pks]) =>
          keys.flatMap((k, n): [string, string][] => {
            const pk = pks[n];
            return typeof k === 'string' && typeof pk === 'string' ? [[k, pk]] : [];
          }),
        );
      }),
    );
  }
  const perRange = () => Dexie.Promise.all(ranges.map(([lower, upper]) => entriesIn(idx, lower, upper)));
  if (ranges.length < SCAN_MIN_KEYS) return perRange();
  let lower = ranges[0]?.[0] ?? '';
  let upper = ranges[0]?.[1] ?? '';
  for (const [l, u] of ranges) {
    if (l < lower) lower = l;
    if (u > upper) upper = u;
  }
  // A walked entry costs about a third of a request: up to three entries per range cost what asking per range does.
  return entryListBetween(idx, lower, upper, ranges.length * 3).then((entries) => {
    if (!entries) return perRange();
    return ranges.map(([l, u]) => {
      const out: [string, string][] = [];
      for (let i = lowerBound(entries, l); i < entries.length; i++) {
        const entry = entries[i];
        if (!entry || entry[0] > u) break;
        out.push(entry);
      }
      return out;
    });
  });
}
