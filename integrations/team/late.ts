// Late notes: an edit that reached a client after it was handed over. A manager leaves it in their own database
// (the only one they may write besides the shared one); an admin's sync, which reads every database, turns it
// into a note in the client's new home and removes it. The provisioning tool's `sweep` does the same.
import { LATE_NOTE_PREFIX } from '../../core/team/access';
import { docId, type TeamDoc } from '../../core/team/documents';
import { firmDatabases } from '../../core/team/names';
import { forwardedNote, type LateNote } from '../../core/team/notes';
import { homeOf, noteDoc, writeDocs, type SyncContext } from './context';
import { locate } from './locate';

const isLateNote = (doc: TeamDoc): doc is LateNote =>
  doc._id.startsWith(LATE_NOTE_PREFIX) &&
  typeof doc.from === 'string' &&
  typeof doc.for === 'string' &&
  typeof doc.text === 'string' &&
  typeof doc.at === 'number' &&
  typeof (doc.client as { id?: unknown } | undefined)?.id === 'string';

/** Where the client of a late note lives now, among the admin's replicas. */
async function clientHome(ctx: SyncContext, note: LateNote) {
  const id = docId(note.client.table, note.client.id);
  const found = (await locate(ctx.replicas, ctx.databases, [id])).get(id) ?? [];
  const live = found.find(
    (f) => !f.doc._deleted && f.doc.handedOverTo === undefined && homeOf(ctx, f.doc) === f.database,
  );
  return live ?? found.find((f) => !f.doc._deleted && f.doc.handedOverTo === undefined) ?? null;
}

/** Delivers a late note: forwarded at once by an admin (or by its addressee), else left in the author's database. */
export async function deliverLate(ctx: SyncContext, note: LateNote): Promise<void> {
  if (ctx.writer.level === 'admin' || note.for === ctx.writer.name) {
    const home = await clientHome(ctx, note);
    if (home) {
      await writeDocs(ctx, home.database, [noteDoc(forwardedNote(note), home.doc)]);
      return;
    }
  }
  if (ctx.writer.level === 'readonly') return;
  await writeDocs(ctx, firmDatabases(ctx.membership.firm).own(ctx.writer.name), [note]);
}

/** An admin forwards the late notes a replica holds; returns how many went to their client's new home. */
export async function forwardLateNotes(
  ctx: SyncContext,
  database: string,
  docs: readonly TeamDoc[],
): Promise<number> {
  if (ctx.writer.level !== 'admin') return 0;
  let forwarded = 0;
  for (const doc of docs) {
    if (doc._deleted || !isLateNote(doc)) continue;
    const home = await clientHome(ctx, doc);
    if (!home) continue;
    const out = await writeDocs(ctx, home.database, [noteDoc(forwardedNote(doc), home.doc)]);
    if (out.ok.length === 0) continue;
    await writeDocs(ctx, database, [{ _id: doc._id, _rev: doc._rev, _deleted: true } as TeamDoc]);
    forwarded++;
  }
  return forwarded;
}
