// The outbox to the server: each record edited here is planned (core/team/push-plan.ts) against the firm's
// version in the member's replicas and written straight to its database, then acknowledged. A write that meets a
// newer revision (409) stays in the outbox: the sync pulls that database and merges again.
import { docToRecord, type TeamDoc } from '../../core/team/documents';
import { conflictNoteId, conflictText, historyNote } from '../../core/team/notes';
import { planPush } from '../../core/team/push-plan';
import { clientOf } from '../../core/team/documents';
import { applyIncoming, type Incoming } from '../../storage/team/apply';
import { acknowledge, pendingBatch } from '../../storage/team/outbox';
import type { OutboxRow } from '../../storage/team/rows';
import { noteDoc, writeDocs, type SyncContext } from './context';
import { locate } from './locate';

const BATCH = 200;
const MAX_ROUNDS = 1000;

export interface FlushReport {
  pushed: number;
  /** Databases written to (pull them to bring the new revisions into the replicas). */
  written: Set<string>;
  /** Databases where a write met a newer revision: pull them, then flush again. */
  stale: Set<string>;
  /** Edits the firm's rules refused, with their reasons (the record is shown as the firm has it again). */
  refused: string[];
  /** Edits that became notes for a client's owner. */
  late: number;
}

/**
 * Writes waiting records to the firm's databases (all of them, or only `keys`). A write the server refuses is
 * retried after a pull unless `final`; in the final round it is given up and the record shows the firm's version.
 */
export async function flushOutbox(
  ctx: SyncContext,
  keys?: readonly string[],
  final = false,
): Promise<FlushReport> {
  const report: FlushReport = { pushed: 0, written: new Set(), stale: new Set(), refused: [], late: 0 };
  if (ctx.writer.level === 'readonly') return report;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const batch = await pendingBatch(ctx.env.db, BATCH, keys);
    if (batch.length === 0) break;
    // A record whose client left the base here (handed over) follows the client: its copies say where to.
    const clientKey = (p: (typeof batch)[number]) => {
      const ref = p.row && !p.client ? clientOf(p.entry.table, p.row) : null;
      return ref ? `${ref.table}:${ref.id}` : null;
    };
    const found = await locate(ctx.replicas, ctx.databases, [
      ...batch.map((p) => p.entry.key),
      ...batch.flatMap((p) => clientKey(p) ?? []),
    ]);
    const gone: OutboxRow[] = [];
    const writes = new Map<string, TeamDoc[]>();
    const owners = new Map<string, OutboxRow>();
    const blocked = new Set<string>();
    const reverts: Incoming[] = [];
    const write = (database: string, doc: TeamDoc, entry: OutboxRow) => {
      if (!ctx.databases.includes(database)) blocked.add(entry.key);
      const list = writes.get(database) ?? [];
      list.push(doc);
      writes.set(database, list);
      owners.set(`${database}/${doc._id}`, entry);
    };
    for (const p of batch) {
      const { entry, row, client } = p;
      const copies = found.get(entry.key) ?? [];
      const ofClient = found.get(clientKey(p) ?? '') ?? [];
      const steps = planPush(ctx.writer, ctx.membership.firm, { ...entry, row, client }, copies, ofClient);
      for (const step of steps) {
        if (step.kind === 'refused') {
          report.refused.push(step.reason);
          const live = copies.find((c) => !c.doc._deleted);
          const record = live ? docToRecord(live.doc)?.record : undefined;
          if (record) reverts.push({ table: entry.table, id: entry.id, record, rev: live?.doc._rev ?? '' });
          continue;
        }
        if (step.kind === 'same') {
          const record = docToRecord(step.doc)?.record;
          if (record) reverts.push({ table: entry.table, id: entry.id, record, rev: step.doc._rev ?? '' });
          continue;
        }
        if (step.kind === 'late') {
          report.late++;
          write(step.database, step.note, entry);
          // The edit went to the owner as a note: here the record shows the firm's version again, or leaves the
          // base with its client.
          const live = copies.find((c) => !c.doc._deleted && c.doc.handedOverTo === undefined);
          const record = live ? docToRecord(live.doc)?.record : undefined;
          if (record) reverts.push({ table: entry.table, id: entry.id, record, rev: live?.doc._rev ?? '' });
          else if (row) gone.push(entry);
          continue;
        }
        write(step.database, step.doc, entry);
        const ref = clientOf(entry.table, { ...step.doc, id: entry.id });
        if (step.kind === 'put' && step.overridden.length > 0 && ref) {
          const text = conflictText(step.overridden);
          const note = historyNote(
            conflictNoteId(entry.key, step.doc._rev ?? 'new', text),
            ref,
            text,
            ctx.env.now(),
            'Edited on two devices at once',
          );
          write(step.database, noteDoc(note, step.doc), entry);
        }
      }
    }
    const failed = new Set<string>(blocked);
    // A client that moves is written at its new home before the stubs that send readers there: the writes go to
    // several databases one request each, and a sync cut between them (network, worker stop) must leave the record
    // live in two places (the base shows the one at its home), never only as stubs that point at nothing. A stub
    // waits for its record's write; a record whose write failed keeps its old copy live.
    const isStub = (d: TeamDoc) => d.handedOverTo !== undefined;
    const ownerFailed = (database: string, d: TeamDoc) =>
      failed.has(owners.get(`${database}/${d._id}`)?.key ?? '');
    const phases = [false, true].flatMap((stubs) =>
      [...writes.keys()].map((database) => ({ database, stubs })),
    );
    for (const { database, stubs } of phases) {
      if (!ctx.databases.includes(database)) continue;
      const docs = (writes.get(database) ?? []).filter(
        (d) => isStub(d) === stubs && !(stubs && ownerFailed(database, d)),
      );
      if (docs.length === 0) continue;
      const outcome = await writeDocs(ctx, database, docs);
      if (outcome.ok.length > 0) report.written.add(database);
      for (const id of outcome.stale) {
        report.stale.add(database);
        const entry = owners.get(`${database}/${id}`);
        if (entry) failed.add(entry.key);
      }
      for (const { id, reason } of outcome.refused) {
        const entry = owners.get(`${database}/${id}`);
        if (!final) {
          // Our copy may be stale (the rules passed on it): pull, and the next round plans on the firm's version.
          report.stale.add(database);
          if (entry) failed.add(entry.key);
          continue;
        }
        // Refused on the firm's current version too: the server's rules are the firm's word, and the record
        // shows the firm's version again.
        report.refused.push(reason);
        const live = entry ? found.get(entry.key)?.find((c) => !c.doc._deleted) : undefined;
        const record = live ? docToRecord(live.doc)?.record : undefined;
        if (entry && record)
          reverts.push({ table: entry.table, id: entry.id, record, rev: live?.doc._rev ?? '' });
      }
    }
    const done = batch.map((p) => p.entry).filter((e) => !failed.has(e.key));
    const acked = await acknowledge(ctx.env.db, done);
    // A record that went to its new owner as a note leaves this base with its client.
    const leaving = gone.filter((e) => !failed.has(e.key));
    if (leaving.length > 0)
      await applyIncoming(
        ctx.env.db,
        leaving.map((e) => ({ table: e.table, id: e.id, record: null, rev: '', handedOver: true })),
        null,
      );
    if (reverts.length > 0) await applyIncoming(ctx.env.db, reverts, null);
    report.pushed += acked;
    if (keys || acked === 0) break;
  }
  return report;
}
