// A document with conflicting revisions (two devices pushed edits of one version): merge the live leaves field
// by field into the winner and delete the others; if one side is a hand-over, the hand-over stands and the other
// side's edits go to the new owner as a note. CouchDB keeps every leaf until someone resolves them, so this is
// where "nothing is lost" is kept.
import type { RecordData, SyncedTable, TeamDoc } from './documents';
import { baseOf, mergeVersions, type Overridden } from './merge';

/** One leaf revision with its history (`_revisions.ids`, newest first). */
export interface Leaf {
  doc: TeamDoc & { _rev: string };
  history: string[];
}

export type Resolution =
  | {
      kind: 'merge';
      /** The merged document, written on top of the winning leaf. */
      merged: TeamDoc;
      /** Other live leaves, each deleted. */
      remove: Leaf[];
      overridden: Overridden[];
    }
  | {
      kind: 'handover';
      to: string;
      /** Live leaves edited after the hand-over: each becomes a note for the new owner, then is deleted. */
      late: { leaf: Leaf; changed: string[] }[];
    };

const revNumber = (rev: string) => Number(rev.slice(0, rev.indexOf('-')));

/** The newest revision every leaf descends from, or null when their histories share none we know of. */
export function commonAncestor(leaves: readonly Leaf[]): string | null {
  const [first, ...rest] = leaves;
  if (!first) return null;
  const ancestor = first.history.find((rev) => rest.every((l) => l.history.includes(rev)));
  return ancestor ?? null;
}

/** CouchDB's winner among live leaves: the longest history, then the highest revision id. */
export function winnerOf<T extends { doc: { _rev: string } }>(leaves: readonly T[]): T | undefined {
  return [...leaves].sort((a, b) => {
    const d = revNumber(b.doc._rev) - revNumber(a.doc._rev);
    return d !== 0 ? d : b.doc._rev < a.doc._rev ? -1 : b.doc._rev > a.doc._rev ? 1 : 0;
  })[0];
}

/**
 * How to resolve a document's leaves. `leaves` are all of them (tombstones included); `ancestor` is the body of
 * their common ancestor when the replica still has it (it tells one-sided changes from both-sided ones).
 */
export function planResolution(
  table: SyncedTable,
  leaves: readonly Leaf[],
  ancestor: TeamDoc | undefined,
): Resolution | null {
  const live = leaves.filter((l) => !l.doc._deleted);
  const handed = leaves.find((l) => l.doc.handedOverTo !== undefined);
  if (handed?.doc.handedOverTo !== undefined) {
    const lateLeaves = live.filter((l) => l.doc.handedOverTo === undefined);
    if (lateLeaves.length === 0) return null;
    return {
      kind: 'handover',
      to: handed.doc.handedOverTo,
      late: lateLeaves.map((leaf) => ({
        leaf,
        changed: ancestor
          ? Object.keys(leaf.doc).filter(
              (f) => !f.startsWith('_') && JSON.stringify(leaf.doc[f]) !== JSON.stringify(ancestor[f]),
            )
          : [],
      })),
    };
  }
  if (live.length < 2) return null;
  const winner = winnerOf(live);
  if (!winner) return null;
  const base = ancestor ? baseOf(table, ancestor) : undefined;
  let record: RecordData = { ...winner.doc, id: winner.doc._id };
  const overridden: Overridden[] = [];
  for (const leaf of live) {
    if (leaf === winner) continue;
    const m = mergeVersions(table, record, { ...leaf.doc, id: leaf.doc._id }, base);
    record = m.record as RecordData;
    overridden.push(...m.overridden);
  }
  const { id: _id, ...fields } = record;
  const merged: TeamDoc = { ...fields, _id: winner.doc._id, _rev: winner.doc._rev };
  delete merged._conflicts;
  return { kind: 'merge', merged, remove: live.filter((l) => l !== winner), overridden };
}
