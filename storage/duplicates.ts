// Possible duplicates: stored when identity could not settle a pair (a shared phone, a different name), listed
// for the user, merged (storage/merge.ts mergePeople, with its undo: a pair whose person was merged away is no
// longer listed, and comes back if the merge is undone) or dismissed as two different people.
import type { PossibleDuplicate } from '../core/identity';
import type { KartkaDB, StoredPerson } from './db';

/**
 * Stores suggestions, inside the caller's transaction when there is one. A pair already stored (offered, or
 * dismissed by the user) is left as it is. Returns the ids it added, for undo.
 */
export async function addPossibleDuplicates(
  db: KartkaDB,
  pairs: readonly PossibleDuplicate[],
): Promise<string[]> {
  if (pairs.length === 0) return [];
  const unique = [...new Map(pairs.map((p) => [p.id, p])).values()];
  const existing = await db.possibleDuplicates.bulkGet(unique.map((p) => p.id));
  const fresh = unique.filter((_, i) => existing[i] === undefined);
  await db.possibleDuplicates.bulkAdd(fresh);
  return fresh.map((p) => p.id);
}

/** One suggestion with both people as they are now. */
export interface DuplicatePair {
  duplicate: PossibleDuplicate;
  a: StoredPerson;
  b: StoredPerson;
}

/** Open suggestions (not dismissed, both people still there and not merged away), newest first. */
export async function openDuplicates(db: KartkaDB): Promise<DuplicatePair[]> {
  const rows = (await db.possibleDuplicates.toArray()).filter((d) => d.dismissedAt === undefined);
  const ids = [...new Set(rows.flatMap((d) => [d.a, d.b]))];
  const people = new Map(
    (await db.people.bulkGet(ids)).flatMap((p) =>
      p && p.mergedInto === undefined ? [[p.id, p] as const] : [],
    ),
  );
  return rows
    .flatMap((duplicate) => {
      const a = people.get(duplicate.a);
      const b = people.get(duplicate.b);
      return a && b ? [{ duplicate, a, b }] : [];
    })
    .sort((x, y) => y.duplicate.at - x.duplicate.at);
}

/** The user says the two are different people: the pair is not offered again. */
export async function dismissDuplicate(db: KartkaDB, id: string, now: number): Promise<void> {
  await db.possibleDuplicates.update(id, { dismissedAt: now });
}

/** Offers a dismissed pair again (undo of a dismissal). */
export async function restoreDuplicate(db: KartkaDB, id: string): Promise<void> {
  await db.possibleDuplicates
    .where('id')
    .equals(id)
    .modify((d) => {
      delete d.dismissedAt;
    });
}

/** How many suggestions wait for the user. */
export async function countOpenDuplicates(db: KartkaDB): Promise<number> {
  return (await openDuplicates(db)).length;
}
