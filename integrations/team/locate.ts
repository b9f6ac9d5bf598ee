// Where the member's replicas hold a set of documents: the live ones and the tombstones (a tombstone left by a
// hand-over says to whom the client went).
import type { Located } from '../../core/team/push-plan';
import type { Replicas } from './replicas';

/** Every replica's version of each id (live or deleted; ids a replica never had are left out). */
export async function locate(
  replicas: Replicas,
  databases: readonly string[],
  ids: readonly string[],
): Promise<Map<string, Located[]>> {
  const found = new Map<string, Located[]>();
  if (ids.length === 0) return found;
  for (const database of databases) {
    const local = replicas.local(database);
    const { rows } = await local.allDocs({ keys: [...ids], include_docs: true });
    for (const row of rows) {
      if (!('value' in row)) continue;
      let doc = row.doc ?? null;
      if (row.value.deleted) doc = await local.get(row.id, { rev: row.value.rev }).catch(() => null);
      if (!doc) continue;
      const list = found.get(row.id) ?? [];
      list.push({ database, doc });
      found.set(row.id, list);
    }
  }
  return found;
}
