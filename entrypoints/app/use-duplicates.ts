// Possible duplicates, live, with each person's current company names; merge and dismiss with undo.
import { useLiveQuery } from 'dexie-react-hooks';
import type { PersonId } from '../../core/ids';
import { db } from '../../storage/db';
import { dismissDuplicate, openDuplicates, restoreDuplicate } from '../../storage/duplicates';
import { mergePeople, undoMerge } from '../../storage/merge';
import { companyNames } from '../../storage/rows';
import type { DuplicateSide, DuplicateView } from '../../components/app/duplicates/DuplicatePair';
import type { StoredPerson } from '../../storage/db';

async function side(p: StoredPerson): Promise<DuplicateSide> {
  const current = p.companies.filter((l) => !l.archived).map((l) => l.companyId);
  return {
    id: p.id,
    name: p.displayName,
    emails: p.emails,
    phones: p.phones,
    companies: await companyNames(db, current),
    createdAt: p.createdAt,
  };
}

/** Open suggestions, newest first; undefined while loading. */
export function useDuplicates(): DuplicateView[] | undefined {
  return useLiveQuery(async () => {
    const pairs = await openDuplicates(db);
    return Promise.all(
      pairs.map(async (p) => ({
        id: p.duplicate.id,
        verdict: p.duplicate.verdict,
        a: await side(p.a),
        b: await side(p.b),
      })),
    );
  }, []);
}

/** How many suggestions wait, for the navigation. */
export function useDuplicateCount(): number {
  return useLiveQuery(async () => (await openDuplicates(db)).length, []) ?? 0;
}

export const duplicateActions = {
  /** Merges `drop` into `keep`; resolves to the undo of that merge. */
  merge: async (keep: PersonId, drop: PersonId): Promise<() => Promise<void>> => {
    const token = await mergePeople(db, keep, drop, Date.now());
    return () => undoMerge(db, token);
  },
  /** Marks the pair as two people; resolves to its undo. */
  dismiss: async (id: string): Promise<() => Promise<void>> => {
    await dismissDuplicate(db, id, Date.now());
    return () => restoreDuplicate(db, id);
  },
};
