// Resolves a conflicted document in one replica (core/team/resolve.ts decides): the merge is written on top of
// the winner and the other leaves deleted, with a history note for every field both sides changed; edits made
// after a hand-over become notes for the new owner. A member the firm's rules do not let write the document
// only reads the merge (the owner's or an admin's replica writes it).
import { writeRefusal } from '../../core/team/access';
import { clientOf, docToRecord, parseDocId, type TeamDoc } from '../../core/team/documents';
import { conflictNoteId, conflictText, historyNote, lateEditText, lateNote } from '../../core/team/notes';
import { databaseKind } from '../../core/team/route';
import { commonAncestor, planResolution, type Leaf } from '../../core/team/resolve';
import { noteDoc, writeDocs, type SyncContext } from './context';
import { deliverLate } from './late';

async function leavesOf(ctx: SyncContext, database: string, id: string): Promise<Leaf[]> {
  const rows = await ctx.replicas.local(database).get(id, { open_revs: 'all', revs: true });
  return rows.flatMap((r) => {
    if (!('ok' in r)) return [];
    const { _revisions, ...doc } = r.ok;
    const history = _revisions ? _revisions.ids.map((h, i) => `${_revisions.start - i}-${h}`) : [];
    return [{ doc: doc as Leaf['doc'], history }];
  });
}

/** Resolves one document; returns the version the base should show. */
export async function resolveConflict(ctx: SyncContext, database: string, winner: TeamDoc): Promise<TeamDoc> {
  const parsed = parseDocId(winner._id);
  if (!parsed) return winner;
  const local = ctx.replicas.local(database);
  const leaves = await leavesOf(ctx, database, winner._id);
  const ancestorRev = commonAncestor(leaves);
  const ancestor = ancestorRev
    ? await local.get(winner._id, { rev: ancestorRev }).catch(() => undefined)
    : undefined;
  const plan = planResolution(parsed.table, leaves, ancestor);
  if (!plan) return winner;
  const kind = databaseKind(ctx.membership.firm, database);
  const tombstone = (l: Leaf): TeamDoc => ({ ...l.doc, _deleted: true });

  if (plan.kind === 'handover') {
    for (const { leaf, changed } of plan.late) {
      const record = docToRecord(leaf.doc)?.record;
      const client = record ? clientOf(parsed.table, record) : null;
      if (!record || !client) continue;
      const editedAt = typeof leaf.doc.updatedAt === 'number' ? leaf.doc.updatedAt : ctx.env.now();
      const text = lateEditText(parsed.table, record, changed, false);
      const author = typeof leaf.doc.owner === 'string' ? leaf.doc.owner : ctx.writer.name;
      await deliverLate(ctx, lateNote(winner._id, editedAt, author, plan.to, client, text));
    }
    const gone = plan.late.map((l) => tombstone(l.leaf));
    const allowed = gone.filter((d) => kind && writeRefusal(ctx.writer, kind, d, d) === null);
    await writeDocs(ctx, database, allowed);
    const after = await local.get(winner._id).catch(() => null);
    return after ?? { _id: winner._id, _deleted: true, handedOverTo: plan.to };
  }

  const refusal = kind ? writeRefusal(ctx.writer, kind, winner, plan.merged) : 'unknown database';
  if (refusal !== null) return plan.merged;
  const docs: TeamDoc[] = [plan.merged, ...plan.remove.map(tombstone)];
  const client = clientOf(parsed.table, { ...plan.merged, id: parsed.id });
  if (plan.overridden.length > 0 && client) {
    const at = Math.max(...plan.overridden.map((o) => Math.max(o.keptStamp.at, o.lostStamp.at)));
    const text = conflictText(plan.overridden);
    const note = historyNote(
      conflictNoteId(winner._id, plan.remove.map((l) => l.doc._rev).sort()[0] ?? winner._rev ?? '', text),
      client,
      text,
      at,
      'Edited on two devices at once',
    );
    docs.push(noteDoc(note, plan.merged));
  }
  await writeDocs(ctx, database, docs);
  return plan.merged;
}
