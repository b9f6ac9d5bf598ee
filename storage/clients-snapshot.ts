// The client list's stored snapshot: every person's list row and the packed search index, so a page opens a large
// base without reading it all. This file is its storage format, how a page opens from it, and how one is saved.
//
// Format 2: one small head row (`CLIENTS_SNAPSHOT_KEY`) naming a generation, and that generation's parts in rows
// of their own (`clients-snapshot:<generation>:terms|arrays|rows:<i>`). Each part is written in its own task,
// since cloning 100,000 rows in one `put` held the page for a second; the head goes in last, with the removal of
// every other generation. A missing or damaged part, or an older format, means no snapshot: the base is read whole.
import { TokenIndex, type PackedIndex } from '../core/search-index';
import type { ListRow } from '../core/segments';
import { breathe, type ClientRows } from './client-rows';
import { CLIENTS_SNAPSHOT_KEY, type KartkaDB } from './db';
import { writtenSince } from './people-reads';

interface SnapshotHead {
  format: 2;
  generation: string;
  /** People written at or after this time (`touchedAt`) are read again on load. */
  at: number;
  /** How many people the index holds, and in how many row parts they are stored. */
  count: number;
  rowParts: number;
  /** JSON: [id, city] of the people whose own city is set (it wins over their company's). */
  cities: string;
  /** Ids of merged-away rows, joined by NUL: with the index's ids, every row the table held. */
  hidden: string;
}
/** The packed index's strings and its arrays, a part each. */
type SnapshotTerms = Pick<PackedIndex, 'terms' | 'ids'>;
type SnapshotArrays = Omit<PackedIndex, 'terms' | 'ids'>;
/** A snapshot as read back: the head and its parts (undefined where one is missing). */
export interface StoredSnapshot {
  head: SnapshotHead;
  terms: SnapshotTerms | undefined;
  arrays: SnapshotArrays | undefined;
  /** JSON arrays of list rows, in slot order. */
  rows: (string | undefined)[];
}

/** Rows turned into JSON per task while a snapshot is written, so the page keeps painting and taking input. */
const SNAPSHOT_SLICE = 5000;

const partKey = (generation: string, part: string) => `${CLIENTS_SNAPSHOT_KEY}:${generation}:${part}`;
const partKeys = (head: Pick<SnapshotHead, 'generation' | 'rowParts'>): string[] => [
  partKey(head.generation, 'terms'),
  partKey(head.generation, 'arrays'),
  ...Array.from({ length: head.rowParts }, (_, i) => partKey(head.generation, `rows:${i}`)),
];

/** The stored snapshot, head and parts read in one transaction; undefined when there is none of this format. */
export async function readSnapshot(db: KartkaDB): Promise<StoredSnapshot | undefined> {
  return db.transaction('r', db.meta, async () => {
    const head = (await db.meta.get(CLIENTS_SNAPSHOT_KEY))?.value as Partial<SnapshotHead> | undefined;
    if (head?.format !== 2 || typeof head.generation !== 'string' || typeof head.rowParts !== 'number')
      return undefined;
    const [terms, arrays, ...rows] = await db.meta.bulkGet(partKeys(head as SnapshotHead));
    return {
      head: head as SnapshotHead,
      terms: terms?.value as SnapshotTerms | undefined,
      arrays: arrays?.value as SnapshotArrays | undefined,
      rows: rows.map((r) => r?.value as string | undefined),
    };
  });
}

/**
 * Opens the people from a stored snapshot into `rows` (whose companies, tasks and logged dates are read already),
 * then catches up: people gone since are dropped, people written since (`touchedAt`) or missing from it are read
 * again. Returns how many people it read again; undefined when the snapshot is unusable or a plain read is cheaper.
 */
export async function openSnapshot(
  db: KartkaDB,
  snap: StoredSnapshot | undefined,
  rows: ClientRows,
): Promise<number | undefined> {
  const { terms, arrays } = snap ?? {};
  if (!snap || !terms || !arrays || snap.rows.some((r) => r === undefined)) return undefined;
  const head = snap.head;
  // After a mass change (an import, a bulk edit of everyone) the snapshot is worth less than a plain read.
  const since = await writtenSince(db, head.at, head.count);
  if (!since) return undefined;
  // Asked for now, read while the rows are parsed below.
  const writtenRows = since.toArray();
  const total = db.people.count();
  writtenRows.catch(() => undefined);
  total.catch(() => undefined);
  try {
    const cities = new Map(JSON.parse(head.cities) as [string, string][]);
    const listRows = snap.rows
      .flatMap((part) => JSON.parse(part as string) as ListRow[])
      // Most rows are as stored: only a changed company or task count needs a new row.
      .map((r) => rows.refreshRow(r, cities.get(r.id)));
    const index = TokenIndex.unpack({ ...terms, ...arrays }, listRows);
    rows.openPeople(index, cities, head.hidden === '' ? [] : head.hidden.split('\u0000'));
  } catch {
    return undefined;
  }
  // The written rows themselves, off the index in one request: no second read per id.
  const written = new Map((await writtenRows).map((p) => [p.id as string, p]));
  return rows.reconcile(written, await total, new Set(), false);
}

/**
 * Stores the people of `rows` as a new generation, `at` being the time up to which they are known to be current.
 * Everything is taken at once (later changes replace row objects, never edit them), then written out a part per
 * task: the index's strings, its arrays, and 5,000 rows at a time.
 */
export async function writeSnapshot(db: KartkaDB, rows: ClientRows, at: number): Promise<void> {
  // Changes since the last build are folded in a slice at a time, so that packing is only a copy.
  while (!rows.people.isCompact) await rows.people.compactInSlices(breathe);
  const { packed, data } = rows.people.pack();
  const { terms, ids, ...arrays } = packed;
  const generation = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const head: SnapshotHead = {
    format: 2,
    generation,
    at,
    count: data.length,
    rowParts: Math.ceil(data.length / SNAPSHOT_SLICE),
    cities: JSON.stringify([...rows.cities]),
    hidden: [...rows.hidden].join('\u0000'),
  };
  const parts: [string, () => unknown][] = [
    [partKey(generation, 'terms'), () => ({ terms, ids }) satisfies SnapshotTerms],
    [partKey(generation, 'arrays'), () => arrays satisfies SnapshotArrays],
  ];
  for (let i = 0; i < head.rowParts; i++)
    parts.push([
      partKey(generation, `rows:${i}`),
      () => JSON.stringify(data.slice(i * SNAPSHOT_SLICE, (i + 1) * SNAPSHOT_SLICE)),
    ]);
  for (const [key, value] of parts) {
    await breathe();
    await db.meta.put({ key, value: value() });
  }
  await breathe();
  // The head goes in with the removal of every other generation (an earlier one, or one a crash left
  // half-written), and only when all of this one's parts are there: another page may have saved meanwhile.
  await db.transaction('rw', db.meta, async () => {
    const keys = (await db.meta
      .where('key')
      .startsWith(`${CLIENTS_SNAPSHOT_KEY}:`)
      .primaryKeys()) as string[];
    const mine = new Set(partKeys(head));
    const complete = keys.filter((k) => mine.has(k)).length === mine.size;
    // Incomplete: the other page's head stands, and what is left of this generation goes.
    await db.meta.bulkDelete(keys.filter((k) => mine.has(k) !== complete));
    if (complete) await db.meta.put({ key: CLIENTS_SNAPSHOT_KEY, value: head });
  });
}
