// Reading many people rows fast: the whole table in chunks, a set of ids by the cheaper of single gets and a key
// range scan, and the rows written since a point in time (`touchedAt`). Used by the in-memory client list.
import type { PersonId } from '../core/ids';
import type { KartkaDB, StoredPerson } from './db';

/** Rows read per request: bounded memory, and the page stays responsive in between. */
const LOAD_CHUNK = 5000;
/**
 * IndexedDB reads a key range (getAll) several times faster per row than one `get` per key (what bulkGet does):
 * past this share of the table, the wanted people are read by scanning their key range instead.
 */
const SCAN_SHARE = 1 / 10;
/** Below this many ids single gets are always fine. */
const SCAN_MIN = 2000;

/** Every person, `LOAD_CHUNK` rows at a time in key order. */
export async function* readPeopleInChunks(db: KartkaDB): AsyncGenerator<StoredPerson[]> {
  const read = (after?: string) =>
    (after === undefined ? db.people.toCollection() : db.people.where(':id').above(after))
      .limit(LOAD_CHUNK)
      .toArray();
  // The next chunk is asked for before this one is handed out, so reading and processing overlap.
  let next = read();
  for (;;) {
    const chunk = await next;
    const end = chunk.length === LOAD_CHUNK ? chunk[chunk.length - 1] : undefined;
    if (end) next = read(end.id);
    yield chunk;
    if (!end) return;
  }
}

/**
 * The stored rows of these people (absent ones are missing from the map): single gets when they are few beside
 * the `tableSize` rows the table holds, else one pass over their key range in chunks.
 */
export async function readPeople(
  db: KartkaDB,
  ids: readonly string[],
  tableSize: number,
): Promise<Map<string, StoredPerson>> {
  const out = new Map<string, StoredPerson>();
  if (ids.length <= Math.max(SCAN_MIN, tableSize * SCAN_SHARE)) {
    for (let i = 0; i < ids.length; i += 1000) {
      const slice = ids.slice(i, i + 1000) as PersonId[];
      const rows = await db.people.bulkGet(slice);
      rows.forEach((p, k) => p && out.set(slice[k] as string, p));
    }
    return out;
  }
  const wanted = new Set(ids);
  // IndexedDB orders string keys by code unit, as the default sort does.
  const sorted = [...wanted].sort();
  const last = sorted[sorted.length - 1] as string;
  let from = sorted[0] as string;
  let inclusive = true;
  for (;;) {
    const chunk = await db.people
      .where(':id')
      .between(from, last, inclusive, true)
      .limit(LOAD_CHUNK)
      .toArray();
    for (const p of chunk) if (wanted.has(p.id)) out.set(p.id, p);
    const end = chunk[chunk.length - 1];
    if (chunk.length < LOAD_CHUNK || !end) break;
    from = end.id;
    inclusive = false;
  }
  return out;
}

/** Past this share of the people known, reading everyone is cheaper than catching up with the ones written since. */
const CATCH_UP_SHARE = 1 / 4;

/**
 * The people written at or after `at` (every write stamps `touchedAt`), as a query; undefined when they are so many
 * beside the `known` ones (an import, a bulk edit of everyone) that reading everyone is cheaper.
 */
export async function writtenSince(db: KartkaDB, at: number, known: number) {
  const since = db.people.where('touchedAt').aboveOrEqual(at);
  return (await since.count()) > Math.max(SCAN_MIN, known * CATCH_UP_SHARE) ? undefined : since;
}
