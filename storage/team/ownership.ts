// Who a client belongs to, changed from the extension: an owner shares a client with the firm (or stops), an
// admin gives clients to another member. The client is rewritten through the one write path; every record of
// its history is queued with it, so the next push moves it all to the client's new database (the old one keeps
// a stub saying where it went).
import type { Sharing } from '../../core/model';
import { clientOf, type RecordData, type SyncedTable } from '../../core/team/documents';
import type { KartkaDB } from '../db';
import { companyHistory, personHistory } from '../interactions';
import type { ClientRef } from '../people';
import type { OutboxRow } from './rows';

const CHILD_TABLES = ['deals', 'tasks', 'documents'] as const;

/** Queues every record whose client is `ref` (its primary client: core/team/documents.ts `clientOf`). */
async function queueHistory(db: KartkaDB, ref: ClientRef, now: number): Promise<number> {
  const table = ref.kind === 'person' ? 'people' : 'companies';
  const key = ref.kind === 'person' ? 'personId' : 'companyId';
  const mine = (t: SyncedTable, r: RecordData) => {
    const c = clientOf(t, r);
    return c?.table === table && c.id === ref.id;
  };
  const interactions = (
    await (ref.kind === 'person' ? personHistory(db, ref.id) : companyHistory(db, ref.id)).toArray()
  ).filter((i) => mine('interactions', i as unknown as RecordData));
  const rows: OutboxRow[] = interactions.map((i) => ({
    key: `interactions:${i.id}`,
    table: 'interactions',
    id: i.id,
    at: now,
    base: {},
  }));
  for (const t of CHILD_TABLES) {
    const children = (await db.table(t).where(key).equals(ref.id).toArray()) as RecordData[];
    for (const c of children)
      if (mine(t, c)) rows.push({ key: `${t}:${c.id}`, table: t, id: c.id, at: now, base: {} });
  }
  const waiting = await db.teamOutbox.bulkGet(rows.map((r) => r.key));
  await db.teamOutbox.bulkPut(rows.map((r, i) => ({ ...r, base: waiting[i]?.base ?? {} })));
  return rows.length;
}

const tables = (db: KartkaDB) => [
  db.people,
  db.companies,
  db.interactions,
  db.deals,
  db.tasks,
  db.documents,
  db.teamOutbox,
];

/** Shares a client with the whole firm ('read' or 'write'), or stops sharing it (null). */
export async function setSharing(db: KartkaDB, ref: ClientRef, sharing: Sharing | null, now: number) {
  await db.transaction('rw', tables(db), async () => {
    const t = db.table<RecordData, string>(ref.kind === 'person' ? 'people' : 'companies');
    const row = await t.get(ref.id);
    if (!row) throw new Error(`No client with id ${ref.id}; it may have been deleted.`);
    // Present but undefined: the outbox middleware keeps a firm field a write leaves out, not one set to nothing.
    await t.put({ ...row, updatedAt: now, sharing: sharing ?? undefined });
    await queueHistory(db, ref, now);
  });
}

/** Gives clients to another member (an admin's hand-over); a company's current people go with it. */
export async function setOwner(
  db: KartkaDB,
  refs: readonly ClientRef[],
  owner: { name: string; displayName: string },
  now: number,
): Promise<number> {
  return db.transaction('rw', tables(db), async () => {
    const all: ClientRef[] = [...refs];
    for (const ref of refs)
      if (ref.kind === 'company') {
        const people = await db.people.where('companyIds').equals(ref.id).toArray();
        for (const p of people)
          if (p.companies.some((l) => l.companyId === ref.id && !l.archived))
            all.push({ kind: 'person', id: p.id });
      }
    let moved = 0;
    for (const ref of all) {
      const t = db.table<RecordData, string>(ref.kind === 'person' ? 'people' : 'companies');
      const row = await t.get(ref.id);
      if (!row || row.owner === owner.name) continue;
      await t.put({ ...row, owner: owner.name, manager: owner.displayName, updatedAt: now });
      moved += 1 + (await queueHistory(db, ref, now));
    }
    return moved;
  });
}
