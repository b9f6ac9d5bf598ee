// The one write path to the firm's base: a DBCore middleware that sees every write to a shared table, whichever
// repository, import, merge or restore made it. In a firm it stamps the fields the write changed (`fieldMeta`),
// gives a new client its owner, keeps the firm's fields a repository did not know about, and records the record's
// key in `teamOutbox`, in the same transaction as the write. For a user who never joined a firm it passes every
// write through untouched (one read of the `team` row per write transaction).
// Dexie Cloud tracks its mutations the same way: it widens each write transaction to its mutation tables.
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { isClientTable, isSyncedTable, type SyncedTable } from '../../core/team/documents';
import { stampChanges, stampOf } from '../../core/team/merge';
import type { TeamMembership } from '../../core/team/membership';
import { ownsClients } from '../../core/team/names';
import { TEAM_KEYS, type OutboxRow } from './rows';

export const TEAM_TABLE = 'team';
export const OUTBOX_TABLE = 'teamOutbox';

/** Fields of the firm that a repository unaware of them may drop when it rebuilds a record: kept from the old row. */
const TEAM_FIELDS = ['owner', 'sharing', 'fieldMeta'] as const;

// Transactions that apply what came from the firm's server: their writes are not local edits.
const applying = new WeakSet<object>();
const writers = new WeakMap<object, Promise<Writer | null>>();

interface Writer {
  member: string;
  displayName: string;
}

/** Marks a Dexie transaction (its `idbtrans`) as applying replicated documents: the outbox ignores its writes. */
export function markApplying(idbtrans: object): void {
  applying.add(idbtrans);
}

function hasStore(trans: DBCoreTransaction, name: string): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames;
  return names?.contains(name) ?? false;
}

/** Who writes in this transaction, if this browser belongs to a firm and may write to it; read once per transaction. */
function writerOf(down: DBCore, trans: DBCoreTransaction): Promise<Writer | null> {
  let writer = writers.get(trans);
  if (!writer) {
    writer = hasStore(trans, TEAM_TABLE)
      ? down
          .table(TEAM_TABLE)
          .get({ trans, key: TEAM_KEYS.membership })
          .then((row: { value: TeamMembership } | undefined) =>
            row && ownsClients(row.value.level)
              ? { member: row.value.member, displayName: row.value.displayName }
              : null,
          )
      : Promise.resolve(null);
    writers.set(trans, writer);
  }
  return writer;
}

type Row = Record<string, unknown> & { id: string };

/** The row to store: the firm's fields kept, changed fields stamped, a new client given its owner. */
function stamped(table: SyncedTable, prev: Row | undefined, next: Row, now: number, writer: Writer) {
  const row: Row = { ...next };
  // A write that leaves a firm field out keeps the old value; one that sets it to undefined clears it.
  if (prev) for (const f of TEAM_FIELDS) if (!(f in row) && prev[f] !== undefined) row[f] = prev[f];
  if (isClientTable(table) && row.owner === undefined) {
    row.owner = writer.member;
    if (row.manager === undefined || row.manager === '') row.manager = writer.displayName;
  }
  const { fieldMeta, changed } = stampChanges(table, prev, row, now, 'user');
  if (prev && changed.length === 0) {
    // A write that changes none of the record's own fields (a re-index, a no-op edit) leaves it as it was, so the
    // base never differs from the firm's copy by a date alone.
    if (prev.updatedAt !== undefined) row.updatedAt = prev.updatedAt;
    if (prev.fieldMeta !== undefined) row.fieldMeta = prev.fieldMeta;
    return { row, changed };
  }
  if (fieldMeta) row.fieldMeta = fieldMeta;
  return { row, changed };
}

async function record(
  outbox: DBCoreTable,
  trans: DBCoreTransaction,
  table: SyncedTable,
  entries: { id: string; prev: Row | undefined; changed: string[] }[],
  now: number,
) {
  if (entries.length === 0) return;
  const keys = entries.map((e) => `${table}:${e.id}`);
  const existing = (await outbox.getMany({ trans, keys })) as (OutboxRow | undefined)[];
  const values: OutboxRow[] = entries.map((e, i) => {
    const base: Record<string, number> = { ...existing[i]?.base };
    if (e.prev) for (const f of e.changed) if (!(f in base)) base[f] = stampOf(e.prev, f).at;
    // Strictly later than the entry it replaces: `acknowledge` tells a write made during a push by its `at`, and a
    // second write in the same millisecond must not look like the one the push read.
    return { key: keys[i] ?? '', table, id: e.id, at: Math.max(now, (existing[i]?.at ?? 0) + 1), base };
  });
  await outbox.mutate({ type: 'put', trans, values });
}

const failed = (res: DBCoreMutateResponse, i: number) => res.failures[i] !== undefined;

async function track(
  down: DBCore,
  table: DBCoreTable,
  name: SyncedTable,
  req: DBCoreMutateRequest,
  writer: Writer,
): Promise<DBCoreMutateResponse> {
  const outbox = down.table(OUTBOX_TABLE);
  const now = Date.now();
  if (req.type === 'add' || req.type === 'put') {
    const values = req.values as Row[];
    const prevs: (Row | undefined)[] =
      req.type === 'put'
        ? ((await table.getMany({ trans: req.trans, keys: values.map((v) => v.id) })) as (Row | undefined)[])
        : values.map(() => undefined);
    const out = values.map((v, i) => stamped(name, prevs[i], v, now, writer));
    const res = await table.mutate({ ...req, values: out.map((o) => o.row) });
    const entries = out.flatMap((o, i) =>
      failed(res, i) || (prevs[i] !== undefined && o.changed.length === 0)
        ? []
        : [{ id: o.row.id, prev: prevs[i], changed: o.changed }],
    );
    await record(outbox, req.trans, name, entries, now);
    return res;
  }
  const keys: string[] =
    req.type === 'delete'
      ? (req.keys as string[])
      : ((
          await table.query({
            trans: req.trans,
            values: false,
            query: { index: table.schema.primaryKey, range: req.range },
          })
        ).result as string[]);
  const res = await table.mutate(req);
  const entries = keys.flatMap((id, i) => (failed(res, i) ? [] : [{ id, prev: undefined, changed: [] }]));
  await record(outbox, req.trans, name, entries, now);
  return res;
}

/** The DBCore middleware behind the firm's outbox. */
export const teamOutbox: Middleware<DBCore> = {
  stack: 'dbcore',
  // Below the text cleaning (level 20), so it stamps and compares cleaned rows (a stripped control character is no
  // change); above the derived keys (level 10), so the rows it stamps get them and reach Dexie's observers (level 0).
  level: 15,
  name: 'kartka-team-outbox',
  create(down) {
    const ready = down.schema.tables.some((t) => t.name === OUTBOX_TABLE);
    return {
      ...down,
      transaction(stores, mode, options) {
        const widen = ready && mode === 'readwrite' && stores.some(isSyncedTable);
        return down.transaction(
          widen ? [...new Set([...stores, TEAM_TABLE, OUTBOX_TABLE])] : stores,
          mode,
          options,
        );
      },
      table(name) {
        const table = down.table(name);
        if (!ready || !isSyncedTable(name)) return table;
        return {
          ...table,
          // No async function here: each native await between Dexie calls is a zone hop Dexie must echo, and a
          // caller's long transaction (the mail sync's apply) ran out of them (PrematureCommitError).
          mutate: (req) =>
            applying.has(req.trans)
              ? table.mutate(req)
              : writerOf(down, req.trans).then((writer) =>
                  writer ? track(down, table, name, req, writer) : table.mutate(req),
                ),
        };
      },
    };
  },
};
