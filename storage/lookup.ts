// Batched index lookups: one pipelined request per key, all issued at once, never awaited one by one.
import type { Table } from 'dexie';

/**
 * Rows whose `index` equals any of `keys`. Dexie's `anyOf` walks one cursor with `continue(key)`: a round trip
 * per hit, and in fake-indexeddb a scan per step (measured: 100 hits in 20,000 rows took 5.9 s). Issuing
 * every `getAll(key)` request together keeps it to one batch that the database answers in order.
 */
export async function rowsByKeys<T, K, I>(table: Table<T, K, I>, index: string, keys: readonly string[]): Promise<T[]> {
  const unique = [...new Set(keys)];
  if (unique.length === 0) return [];
  const results = await Promise.all(unique.map((k) => table.where(index).equals(k).toArray()));
  return results.flat();
}
