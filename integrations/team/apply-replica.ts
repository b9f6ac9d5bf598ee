// A replica's new documents into the base: read its changes since the sequence applied here, resolve conflicts,
// take each record's version across every database this member reads (during a move a client is briefly in two),
// and apply them in batches, each with its sequence. Edits still waiting here for a client that was handed over
// become late notes before the client leaves the base.
import { LATE_NOTE_PREFIX } from '../../core/team/access';
import { docToRecord, parseDocId, type TeamDoc } from '../../core/team/documents';
import { inWindow } from '../../core/team/history-window';
import type { Located } from '../../core/team/push-plan';
import { applyIncoming, appliedSeq, type ApplyReport, type Incoming } from '../../storage/team/apply';
import { homeOf, type SyncContext } from './context';
import { forwardLateNotes } from './late';
import { locate } from './locate';
import { flushOutbox } from './push';
import { resolveConflict } from './resolve-replica';

const BATCH = 250;

const num = (v: unknown) => (typeof v === 'number' ? v : 0);

/** The version of one record the base shows: a live copy (at its home first), else gone. */
function effective(
  ctx: SyncContext,
  copies: readonly Located[],
): { doc: TeamDoc | null; handedOver: boolean } {
  const live = copies.filter((c) => !c.doc._deleted && c.doc.handedOverTo === undefined);
  const handedOver = copies.some((c) => c.doc.handedOverTo !== undefined);
  if (live.length === 0) return { doc: null, handedOver };
  const home = live.find((c) => homeOf(ctx, c.doc) === c.database);
  const pick = home ?? [...live].sort((a, b) => num(b.doc.updatedAt) - num(a.doc.updatedAt))[0];
  return { doc: pick?.doc ?? null, handedOver };
}

/** Applies one replica's changes; returns the totals of every batch. */
export async function applyReplica(ctx: SyncContext, database: string): Promise<ApplyReport> {
  const total: ApplyReport = { written: 0, deleted: 0, merged: 0, notes: 0, invalid: [] };
  const local = ctx.replicas.local(database);
  let since = await appliedSeq(ctx.env.db, database);
  for (;;) {
    const changes = await local.changes({ since, include_docs: true, conflicts: true, limit: BATCH });
    if (changes.results.length === 0) break;
    const docs: TeamDoc[] = [];
    for (const r of changes.results) {
      const doc = r.doc ?? { _id: r.id, _deleted: true };
      docs.push(doc._conflicts?.length ? await resolveConflict(ctx, database, doc) : doc);
    }
    await forwardLateNotes(
      ctx,
      database,
      docs.filter((d) => d._id.startsWith(LATE_NOTE_PREFIX)),
    );
    // History outside the window stays out of the base, whatever the replica held before the window narrowed.
    const records = docs.filter((d) => parseDocId(d._id) !== null && inWindow(d, ctx.historyStart ?? null));
    const others = ctx.databases.filter((d) => d !== database);
    const elsewhere = await locate(
      ctx.replicas,
      others,
      records.map((d) => d._id),
    );
    const incoming: Incoming[] = [];
    for (const doc of records) {
      const parsed = parseDocId(doc._id);
      if (!parsed) continue;
      const { doc: shown, handedOver } = effective(ctx, [
        { database, doc },
        ...(elsewhere.get(doc._id) ?? []),
      ]);
      const record = shown ? (docToRecord(shown)?.record ?? null) : null;
      incoming.push({ ...parsed, record, rev: shown?._rev ?? doc._rev ?? '', handedOver });
    }
    const leaving = incoming
      .filter((i) => i.record === null && i.handedOver)
      .map((i) => `${i.table}:${i.id}`);
    if (leaving.length > 0) await flushOutbox(ctx, leaving);
    const report = await applyIncoming(ctx.env.db, incoming, { database, seq: changes.last_seq });
    total.written += report.written;
    total.deleted += report.deleted;
    total.merged += report.merged;
    total.notes += report.notes;
    total.invalid.push(...report.invalid);
    since = changes.last_seq;
    if (changes.results.length < BATCH) break;
  }
  return total;
}
