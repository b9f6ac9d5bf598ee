// Field-by-field merge of two versions of one record. Each field carries the time it last changed (`fieldMeta`);
// the later change wins. A field changed on both sides since their common ancestor keeps the later value, and the
// other value is reported so it can be recorded in the client's history: no edit is dropped silently.
import type { FieldMeta, FieldStamp } from '../model';
import { BOOKKEEPING, isRecordField, sameValue, type SyncedTable } from './documents';

type Row = Record<string, unknown>;

const isBookkeeping = (field: string) => (BOOKKEEPING as readonly string[]).includes(field);

/** Fields merged by taking the later date rather than by stamp. */
const LATEST_DATE = ['lastContactAt'];

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/**
 * The stamp of one field: its own; else, for a record written before stamps existed, the record's last change
 * when the field has a value, and the beginning of time when it has none (a side that never set a field never
 * outweighs a side that did).
 */
export function stampOf(row: Row, field: string): FieldStamp {
  const meta = row.fieldMeta as FieldMeta | undefined;
  const own = meta?.[field];
  if (own) return own;
  if (row[field] === undefined) return { at: 0, source: 'user' };
  return { at: num(row.updatedAt) ?? num(row.createdAt) ?? 0, source: 'user' };
}

/** The fields two versions of a record may differ in (own fields, bookkeeping aside). */
export function mergeableFields(table: SyncedTable, ...rows: Row[]): string[] {
  const fields = new Set<string>();
  for (const row of rows)
    for (const [k, v] of Object.entries(row))
      if (v !== undefined && isRecordField(table, k) && !isBookkeeping(k)) fields.add(k);
  return [...fields].sort();
}

/** Whether two versions hold the same values in every field a merge compares (stamps and dates aside). */
export function sameContent(table: SyncedTable, a: Row, b: Row): boolean {
  return mergeableFields(table, a, b).every((f) => sameValue(a[f], b[f]));
}

/**
 * A local write's stamps: every own field whose value changed from `prev` to `next` gets `{ at: now, source }`, or
 * one millisecond after its old stamp when this device's clock is behind it (a hybrid of wall and logical clock),
 * unless the writer stamped it itself (a provider sync names its account); unchanged fields keep `prev`'s stamps,
 * made explicit the first time (until then a field's stamp is the record's `updatedAt`, which this write moves).
 * A new record needs none: every field dates from its creation.
 */
export function stampChanges(
  table: SyncedTable,
  prev: Row | undefined,
  next: Row,
  now: number,
  source: string,
): { fieldMeta: FieldMeta | undefined; changed: string[] } {
  const nextMeta = (next.fieldMeta as FieldMeta | undefined) ?? {};
  if (prev === undefined)
    return { fieldMeta: next.fieldMeta as FieldMeta | undefined, changed: mergeableFields(table, next) };
  const prevMeta = (prev.fieldMeta as FieldMeta | undefined) ?? {};
  const fieldMeta: FieldMeta = {};
  const changed: string[] = [];
  for (const field of mergeableFields(table, prev, next)) {
    const own = nextMeta[field];
    const writerStamped = own !== undefined && !sameValue(own, prevMeta[field]);
    const same = sameValue(prev[field], next[field]);
    if (!same) changed.push(field);
    if (writerStamped) fieldMeta[field] = own;
    // An edit is later than the value it replaces, whatever this device's clock says: a clock behind the one that
    // stamped the old value (devices differ by seconds, clocks are set back) would otherwise stamp the user's
    // change earlier than what they saw and changed, and every merge would silently keep the old value.
    else if (!same) fieldMeta[field] = { at: Math.max(now, stampOf(prev, field).at + 1), source };
    else fieldMeta[field] = stampOf(prev, field);
  }
  return { fieldMeta, changed };
}

/** One field whose value lost a merge although it was changed on its side too. */
export interface Overridden {
  field: string;
  kept: unknown;
  keptStamp: FieldStamp;
  lost: unknown;
  lostStamp: FieldStamp;
}

export interface Merged {
  record: Row;
  /** Fields changed on both sides, with the value that lost. */
  overridden: Overridden[];
}

// A total order on stamps, so that two replicas merging the same versions reach the same record.
function later(a: FieldStamp, av: unknown, b: FieldStamp, bv: unknown): boolean {
  if (a.at !== b.at) return a.at > b.at;
  if (a.source !== b.source) return a.source > b.source;
  return JSON.stringify(av ?? null) > JSON.stringify(bv ?? null);
}

/**
 * Merges two versions of one record. `base` is the stamp time of each field in the common ancestor, when known:
 * a field counts as changed on both sides only when both stamps are newer than it. Without a base every differing
 * field counts as changed on both sides (nothing is lost; at worst a note says so once too often).
 * The result does not depend on the order of `a` and `b`.
 */
export function mergeVersions(
  table: SyncedTable,
  a: Row,
  b: Row,
  base?: Readonly<Record<string, number>>,
): Merged {
  const record: Row = { ...a };
  const fieldMeta: FieldMeta = {};
  const overridden: Overridden[] = [];
  for (const field of mergeableFields(table, a, b)) {
    const [av, bv] = [a[field], b[field]];
    const [as, bs] = [stampOf(a, field), stampOf(b, field)];
    if (LATEST_DATE.includes(field)) {
      const at = Math.max(num(av) ?? -Infinity, num(bv) ?? -Infinity);
      if (Number.isFinite(at)) record[field] = at;
      fieldMeta[field] = later(as, av, bs, bv) ? as : bs;
      continue;
    }
    const aWins = later(as, av, bs, bv);
    const [kept, keptStamp, lost, lostStamp] = aWins ? [av, as, bv, bs] : [bv, bs, av, as];
    record[field] = kept;
    fieldMeta[field] = keptStamp;
    if (sameValue(av, bv)) continue;
    const since = base?.[field] ?? base?.[ANY_FIELD];
    const bothChanged = since === undefined || (as.at > since && bs.at > since);
    if (bothChanged) overridden.push({ field, kept, keptStamp, lost, lostStamp });
  }
  const created = [num(a.createdAt), num(b.createdAt)].filter((v): v is number => v !== undefined);
  const updated = [num(a.updatedAt), num(b.updatedAt)].filter((v): v is number => v !== undefined);
  if (created.length) record.createdAt = Math.min(...created);
  if (updated.length) record.updatedAt = Math.max(...updated);
  record.fieldMeta = fieldMeta;
  // A field one side removed and the later side kept removed stays absent.
  return {
    record: Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)),
    overridden,
  };
}

/** The key of a base that stands for fields the ancestor did not have. */
const ANY_FIELD = '*';

/** The stamp time of every field of an ancestor version: the `base` of `mergeVersions`. */
export function baseOf(table: SyncedTable, ancestor: Row): Record<string, number> {
  const out: Record<string, number> = {
    [ANY_FIELD]: num(ancestor.updatedAt) ?? num(ancestor.createdAt) ?? 0,
  };
  for (const field of mergeableFields(table, ancestor)) out[field] = stampOf(ancestor, field).at;
  return out;
}
