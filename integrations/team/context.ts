// One sync's context: the member, the databases they read, and their replicas.
import type { Writer } from '../../core/team/access';
import { recordToDoc, type RecordData, type TeamDoc } from '../../core/team/documents';
import type { TeamMembership } from '../../core/team/membership';
import { homeDatabase } from '../../core/team/route';
import type { Interaction } from '../../core/model';
import type { PouchError } from './pouch-types';
import type { Replicas, TeamEnv } from './replicas';

export interface SyncContext {
  env: TeamEnv;
  replicas: Replicas;
  membership: TeamMembership;
  writer: Writer;
  /** The databases this member reads, in a fixed order. */
  databases: string[];
  /** Interactions dated before this are outside the history window kept here (null or absent: all of them). */
  historyStart?: number | null;
}

/** A history note as the document of the client's database (owner and sharing of the client it belongs to). */
export function noteDoc(note: Interaction, client: { owner?: unknown; sharing?: unknown }): TeamDoc {
  const doc = recordToDoc('interactions', note as unknown as RecordData);
  if (typeof client.owner === 'string') doc.owner = client.owner;
  if (client.sharing === 'read' || client.sharing === 'write') doc.sharing = client.sharing;
  return doc;
}

/** The database a document belongs in by its own owner and sharing (null when it names no owner). */
export function homeOf(ctx: SyncContext, doc: TeamDoc): string | null {
  return typeof doc.owner === 'string' ? homeDatabase(ctx.membership.firm, doc.owner, doc.sharing) : null;
}

/** What the server said to each document of one write. */
export interface WriteOutcome {
  /** Written (or, for a document created without `_rev` that exists already, present). */
  ok: string[];
  /** Stale: the server has a newer revision (pull, merge, write again). */
  stale: string[];
  /** Refused by the database's validation, with the server's reason. */
  refused: { id: string; reason: string }[];
}

/**
 * Writes documents straight to one of the firm's databases (`_bulk_docs`, new edits on the server's current
 * revision). The server judges each against the revision it holds now, so a stale write is a 409 to merge, never
 * a conflict branch, and a refusal is known per document at once.
 */
export async function writeDocs(ctx: SyncContext, database: string, docs: TeamDoc[]): Promise<WriteOutcome> {
  const out: WriteOutcome = { ok: [], stale: [], refused: [] };
  if (docs.length === 0) return out;
  const results = await ctx.replicas.remote(database).bulkDocs(docs);
  results.forEach((res, i) => {
    const id = docs[i]?._id ?? res.id;
    if ('ok' in res && res.ok) return void out.ok.push(id);
    const r = res as PouchError;
    if (r.status === 409 && docs[i]?._rev === undefined) out.ok.push(id);
    else if (r.status === 409) out.stale.push(id);
    else if (r.status === 403 || r.status === 401)
      out.refused.push({ id, reason: r.reason ?? r.message ?? 'refused by the server' });
    else
      throw Object.assign(new Error(r.reason ?? r.message ?? `write of ${id} failed`), {
        status: r.status ?? 500,
      });
  });
  return out;
}
