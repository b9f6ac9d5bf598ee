// What to do with one record edited here, given where the firm has it now: merge it into its document, move it
// to its client's new home, delete it, or, when its client was handed over meanwhile or the firm's rules refuse
// the edit, turn it into a note for the client's owner. Decided here, executed by integrations/team/push.ts.
import type { Sharing } from '../model';
import { writeRefusal, type Writer } from './access';
import {
  clientOf,
  isClientTable,
  recordToDoc,
  type RecordData,
  type SyncedTable,
  type TeamDoc,
} from './documents';
import { mergeVersions, sameContent, type Overridden } from './merge';
import { lateEditText, lateNote, type LateNote } from './notes';
import { databaseKind, homeDatabase } from './route';
import { firmDatabases } from './names';

/** A document as one database has it (a tombstone included). */
export interface Located {
  database: string;
  doc: TeamDoc;
}

export type PushStep =
  | { kind: 'put'; database: string; doc: TeamDoc; overridden: Overridden[] }
  | { kind: 'delete'; database: string; doc: TeamDoc }
  | { kind: 'late'; database: string; note: LateNote }
  | { kind: 'refused'; reason: string }
  /** Nothing to write: the firm has these values already; the base takes the firm's copy (its stamps too). */
  | { kind: 'same'; database: string; doc: TeamDoc };

export interface PendingRecord {
  table: SyncedTable;
  id: string;
  /** When it was last written here (names a late note). */
  at: number;
  /** Stamps before the edits made here (see OutboxRow.base). */
  base: Record<string, number>;
  row: RecordData | undefined;
  client: RecordData | undefined;
}

/** What a database keeps of a record that moved on: no data, only whom it went to. */
export const stubOf = (doc: TeamDoc, to: string): TeamDoc => {
  const t: TeamDoc = { _id: doc._id, handedOverTo: to };
  if (doc._rev !== undefined) t._rev = doc._rev;
  if (doc.owner !== undefined) t.owner = doc.owner;
  return t;
};

const homeOf = (firm: string, doc: TeamDoc) =>
  typeof doc.owner === 'string' ? homeDatabase(firm, doc.owner, doc.sharing) : null;

const tombstone = (doc: TeamDoc): TeamDoc => {
  const t: TeamDoc = { _id: doc._id, _deleted: true };
  if (doc._rev !== undefined) t._rev = doc._rev;
  if (doc.owner !== undefined) t.owner = doc.owner;
  if (doc.sharing !== undefined) t.sharing = doc.sharing;
  return t;
};

/** Where a record goes and with which owner and sharing, from its client (itself for a client). */
function placement(me: Writer, p: PendingRecord): { owner: string; sharing: Sharing | undefined } {
  const source = p.client ?? p.row;
  const owner = typeof source?.owner === 'string' ? source.owner : me.name;
  const sharing = source?.sharing === 'read' || source?.sharing === 'write' ? source.sharing : undefined;
  return { owner, sharing };
}

function late(
  me: Writer,
  firm: string,
  p: PendingRecord,
  to: string,
  changed: readonly string[],
  isNew: boolean,
) {
  const client = p.row ? clientOf(p.table, p.row) : null;
  if (!p.row || !client) return [];
  const text = lateEditText(p.table, p.row, changed, isNew);
  const note = lateNote(`${p.table}:${p.id}`, p.at, me.name, to, client, text);
  return [{ kind: 'late' as const, database: firmDatabases(firm).own(me.name), note }];
}

/**
 * The steps that bring one record edited here into the firm's databases. `found` are the firm's copies of the
 * record; `clientFound` those of its client, when the client is no longer in the base here (handed over).
 */
export function planPush(
  me: Writer,
  firm: string,
  p: PendingRecord,
  found: readonly Located[],
  clientFound: readonly Located[] = [],
): PushStep[] {
  const live = found.filter((f) => !f.doc._deleted && f.doc.handedOverTo === undefined);
  const clientGone = p.row !== undefined && p.client === undefined;
  const handed =
    found.find((f) => f.doc.handedOverTo !== undefined) ??
    (clientGone ? clientFound.find((f) => f.doc.handedOverTo !== undefined) : undefined);
  const check = (database: string, old: TeamDoc | null, next: TeamDoc) => {
    const kind = databaseKind(firm, database);
    return kind ? writeRefusal(me, kind, old, next) : `${database} is not one of the firm’s databases.`;
  };
  if (!p.row) {
    return live.map((f) => {
      const doc = tombstone(f.doc);
      const refusal = check(f.database, f.doc, doc);
      return refusal ? { kind: 'refused', reason: refusal } : { kind: 'delete', database: f.database, doc };
    });
  }
  const changed = Object.keys(p.base);
  const current = live.find((f) => homeOf(firm, f.doc) === f.database) ?? live[0];
  if (!current && handed?.doc.handedOverTo !== undefined)
    return late(me, firm, p, handed.doc.handedOverTo, changed, changed.length === 0);

  // A client's owner and sharing are its own fields, merged like any other (the later change wins); a record
  // of a client's history follows its client.
  const mine: TeamDoc = recordToDoc(p.table, p.row);
  if (isClientTable(p.table)) mine.owner = typeof p.row.owner === 'string' ? p.row.owner : me.name;
  const merged = current
    ? mergeVersions(p.table, current.doc, mine, p.base)
    : { record: mine as Record<string, unknown>, overridden: [] as Overridden[] };
  const doc: TeamDoc = { ...merged.record, _id: mine._id };
  delete doc._rev;
  delete doc.handedOverTo;
  if (!isClientTable(p.table)) {
    const { owner, sharing } = placement(me, p);
    doc.owner = owner;
    if (sharing) doc.sharing = sharing;
    else delete doc.sharing;
  }
  const target = homeDatabase(firm, typeof doc.owner === 'string' ? doc.owner : me.name, doc.sharing);
  const atTarget = found.find((f) => f.database === target);
  if (atTarget?.doc._rev !== undefined) doc._rev = atTarget.doc._rev;
  const steps: PushStep[] = [];
  const unchanged =
    current?.database === target && current.doc.owner === doc.owner && sameContent(p.table, current.doc, doc);
  if (!unchanged) {
    const refusal = check(target, atTarget?.doc ?? null, doc);
    if (refusal) {
      const to = current?.doc.owner ?? doc.owner;
      return typeof to === 'string' && to !== me.name
        ? late(me, firm, p, to, changed, !current)
        : [{ kind: 'refused', reason: refusal }];
    }
    steps.push({ kind: 'put', database: target, doc, overridden: merged.overridden });
  } else if (current) steps.push({ kind: 'same', database: current.database, doc: current.doc });
  // Copies elsewhere (the client changed owner or sharing) become stubs saying where it went.
  for (const f of live) {
    if (f.database === target) continue;
    const stub = stubOf(f.doc, typeof doc.owner === 'string' ? doc.owner : me.name);
    const refusal = check(f.database, f.doc, stub);
    steps.push(
      refusal
        ? { kind: 'refused', reason: refusal }
        : { kind: 'put', database: f.database, doc: stub, overridden: [] },
    );
  }
  return steps;
}
