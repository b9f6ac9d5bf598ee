// One record = one CouchDB document, `_id` = `<table>:<id>`. The document holds the record's own fields (never
// the indexes storage derives from them) plus the firm's bookkeeping: who owns it, whether it is shared, and,
// on a database it was handed over from, to whom.
import type { FieldMeta, Sharing } from '../model';

/** The tables whose records the firm shares; every other table (merge undo log, meta, sync cursors) stays local. */
export const SYNCED_TABLES = ['people', 'companies', 'interactions', 'deals', 'tasks', 'documents'] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

/** Clients: the records that have an owner of their own; every other record follows its client. */
export type ClientTable = 'people' | 'companies';
export const isClientTable = (table: SyncedTable): table is ClientTable =>
  table === 'people' || table === 'companies';

export const isSyncedTable = (name: string): name is SyncedTable =>
  (SYNCED_TABLES as readonly string[]).includes(name);

/** A stored record as the team layer sees it: plain data keyed by `id`. */
export type RecordData = Record<string, unknown> & { id: string };

/** A document of a firm database. */
export interface TeamDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
  owner?: string;
  sharing?: Sharing;
  /** Set on the copy left in a database a client was handed over from: no member may write on top of it. */
  handedOverTo?: string;
  fieldMeta?: FieldMeta;
  [field: string]: unknown;
}

// Derived by storage from the record's own fields (storage/rows.ts, storage/derived-keys.ts, storage/tasks.ts):
// rebuilt on every write, so a document never carries them and a merge never compares them.
const DERIVED: Record<SyncedTable, readonly string[]> = {
  people: ['searchTokens', 'gmailKeys', 'companyIds', 'touchedAt'],
  companies: ['searchTokens'],
  interactions: ['personAt', 'companyAt'],
  deals: [],
  tasks: ['openDue'],
  documents: [],
};

/** Document fields that are bookkeeping of the replication or the firm, not of the record. */
const DOC_ONLY = ['_id', '_rev', '_deleted', '_conflicts', '_revisions', '_revs_info', 'handedOverTo'];

/** Fields the merge settles by rule instead of by stamp. */
export const BOOKKEEPING = ['id', 'createdAt', 'updatedAt', 'fieldMeta'] as const;

export const docId = (table: SyncedTable, id: string): string => `${table}:${id}`;

/** The table and record id of a document id, or null for documents that are not records (e.g. late notes). */
export function parseDocId(id: string): { table: SyncedTable; id: string } | null {
  const at = id.indexOf(':');
  if (at <= 0) return null;
  const table = id.slice(0, at);
  return isSyncedTable(table) && at < id.length - 1 ? { table, id: id.slice(at + 1) } : null;
}

/** Whether a field of a table is one the record owns (not derived by storage, not replication bookkeeping). */
export const isRecordField = (table: SyncedTable, field: string): boolean =>
  !DERIVED[table].includes(field) && !DOC_ONLY.includes(field);

/** The record's own fields, without what storage derives and without undefined values. */
export function ownFields(table: SyncedTable, row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(row)) if (v !== undefined && isRecordField(table, k)) out[k] = v;
  return out;
}

/** The document of a record (no `_rev`: the replica supplies it). */
export function recordToDoc(table: SyncedTable, row: RecordData): TeamDoc {
  const { id, ...fields } = ownFields(table, row);
  return { ...fields, _id: docId(table, typeof id === 'string' ? id : row.id) };
}

/** The record a document holds, or null when the document is not a record of a synced table. */
export function docToRecord(doc: TeamDoc): { table: SyncedTable; record: RecordData } | null {
  const parsed = parseDocId(doc._id);
  if (!parsed) return null;
  return { table: parsed.table, record: { ...ownFields(parsed.table, doc), id: parsed.id } };
}

/** Deep equality of plain JSON-like values (key order ignored, undefined properties ignored). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  for (const k of keys) if (!sameValue(ao[k], bo[k])) return false;
  return true;
}

/** Whether two versions of a record hold the same own fields. */
export const sameRecord = (table: SyncedTable, a: Record<string, unknown>, b: Record<string, unknown>) =>
  sameValue(ownFields(table, a), ownFields(table, b));

/** The client a record belongs to: itself for a client; for the rest, its first person, else its company. */
export function clientOf(
  table: SyncedTable,
  record: Record<string, unknown>,
): { table: ClientTable; id: string } | null {
  if (isClientTable(table)) return typeof record.id === 'string' ? { table, id: record.id } : null;
  const first = (v: unknown) => (Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);
  const person = table === 'interactions' ? first(record.personIds) : record.personId;
  if (typeof person === 'string') return { table: 'people', id: person };
  const company = table === 'interactions' ? first(record.companyIds) : record.companyId;
  if (typeof company === 'string') return { table: 'companies', id: company };
  return null;
}
