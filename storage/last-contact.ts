// When each client was last in touch. Logging writes it to the narrow `lastContact` table (schema v5) instead
// of rewriting the person or company row; a row's own `lastContactAt` (demo data, merges, restores) still
// counts. Everything that shows or filters by the date reads the later of the two through this module.
import type { KartkaDB, LastContactRow } from './db';

/** A person or company row as far as its last contact goes. */
export interface Contactable {
  id: string;
  lastContactAt?: number;
}

/** The later of a row's own date and the logged one; undefined when neither is known. */
export function laterContact(own: number | undefined, logged: number | undefined): number | undefined {
  if (own === undefined) return logged;
  if (logged === undefined) return own;
  return Math.max(own, logged);
}

/** The row with its effective last contact (the same object when nothing changes). */
export function joinContact<T extends Contactable>(row: T, logged: number | undefined): T {
  const at = laterContact(row.lastContactAt, logged);
  return at === row.lastContactAt ? row : { ...row, lastContactAt: at };
}

/** The logged date of each id that has one. */
export async function loggedContacts(db: KartkaDB, ids: readonly string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (ids.length === 0) return out;
  const rows = await db.lastContact.bulkGet([...ids]);
  for (const r of rows) if (r) out.set(r.id, r.at);
  return out;
}

/** Every logged date in the base (one request: the rows are ~40 bytes each). */
export async function allLoggedContacts(db: KartkaDB): Promise<Map<string, number>> {
  const rows = await db.lastContact.toArray();
  return new Map(rows.map((r) => [r.id, r.at]));
}

/** One row with its effective last contact (reads inside the caller's transaction when it includes the table). */
export async function withContact<T extends Contactable>(db: KartkaDB, row: T): Promise<T>;
export async function withContact<T extends Contactable>(
  db: KartkaDB,
  row: T | undefined,
): Promise<T | undefined>;
export async function withContact<T extends Contactable>(
  db: KartkaDB,
  row: T | undefined,
): Promise<T | undefined> {
  if (!row) return row;
  return joinContact(row, (await db.lastContact.get(row.id))?.at);
}

/** Rows with their effective last contact, in the same order. */
export async function withContacts<T extends Contactable>(db: KartkaDB, rows: readonly T[]): Promise<T[]> {
  const logged = await loggedContacts(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => joinContact(r, logged.get(r.id)));
}

/**
 * Records that each client in `touched` was in touch at that time, where it is later than what is known: the
 * row's own date (`own`) or the logged one. One read and one write of narrow rows, in the caller's transaction.
 */
export async function recordContacts(
  db: KartkaDB,
  touched: ReadonlyMap<string, number>,
  own: (id: string) => number | undefined,
): Promise<number> {
  const ids = [...touched.keys()].filter((id) => (own(id) ?? -Infinity) < (touched.get(id) ?? -Infinity));
  if (ids.length === 0) return 0;
  const logged = await db.lastContact.bulkGet(ids);
  const rows: LastContactRow[] = [];
  ids.forEach((id, i) => {
    const at = touched.get(id);
    if (at !== undefined && (logged[i]?.at ?? -Infinity) < at) rows.push({ id, at });
  });
  if (rows.length > 0) await db.lastContact.bulkPut(rows);
  return rows.length;
}
