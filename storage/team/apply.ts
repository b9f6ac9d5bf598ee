// Pulled documents into the base: one transaction per batch writes the records with their derived fields,
// merges them field by field into records edited here and not yet pushed, notes in the client's history what
// both sides changed, and moves the replica's applied sequence with them (never before, never apart).
import { recordProblem } from '../../core/team/check';
import { clientOf, type RecordData, type SyncedTable } from '../../core/team/documents';
import { mergeVersions, stampOf } from '../../core/team/merge';
import { conflictNoteId, conflictText, historyNote } from '../../core/team/notes';
import type { Company, Interaction, Person, Task } from '../../core/model';
import type { KartkaDB } from '../db';
import { recordContacts } from '../last-contact';
import { currentCompanyIds } from '../migrations/v2-person-company-ids';
import { companyRow, personRow } from '../rows';
import { taskRow } from '../tasks';
import { markApplying } from './outbox-middleware';
import { TEAM_KEYS, type OutboxRow } from './rows';

/** One record as the firm has it now. */
export interface Incoming {
  table: SyncedTable;
  id: string;
  /** The record; null when it is gone from every database this browser reads. */
  record: RecordData | null;
  /** The revision it came in (names the conflict note, so every replica writes the same one). */
  rev: string;
  /** Gone because it was handed over: an edit still waiting here is dropped (it went to the new owner as a note). */
  handedOver?: boolean;
}

export interface ApplyReport {
  written: number;
  deleted: number;
  /** Records merged into an edit made here. */
  merged: number;
  /** History notes written for fields changed on both sides. */
  notes: number;
  /** Documents left out because their record was malformed, with the reason. */
  invalid: string[];
}

// Clients first (a person's search tokens read their companies' names), then what hangs on them.
const ORDER: SyncedTable[] = ['companies', 'people', 'interactions', 'deals', 'tasks', 'documents'];

type Row = Record<string, unknown> & { id: string };

/**
 * The stored rows of one table's records, with their derived fields; a person's search tokens read the names of
 * their current companies, fetched with one bulkGet. No native async function runs between the Dexie calls of a
 * batch: Chrome ended the transaction under a chain of them (PrematureCommitError; fake-indexeddb hid it).
 */
async function rowsFor(db: KartkaDB, table: SyncedTable, records: readonly Row[]): Promise<Row[]> {
  switch (table) {
    case 'people': {
      const people = records as unknown as Person[];
      const ids = [...new Set(people.flatMap((p) => currentCompanyIds(p.companies)))];
      const companies = ids.length > 0 ? await db.companies.bulkGet(ids) : [];
      const names = new Map(companies.flatMap((c) => (c ? [[c.id, c.name] as const] : [])));
      return people.map(
        (p) =>
          personRow(
            p,
            currentCompanyIds(p.companies).flatMap((id) => names.get(id) ?? []),
          ) as unknown as Row,
      );
    }
    case 'companies':
      return records.map((c) => companyRow(c as unknown as Company) as unknown as Row);
    case 'tasks':
      return records.map((t) => taskRow(t as unknown as Task) as unknown as Row);
    default:
      return [...records];
  }
}

/** Applies one batch of pulled records and, with them, the replica's new applied sequence. */
export async function applyIncoming(
  db: KartkaDB,
  batch: readonly Incoming[],
  cursor: { database: string; seq: number | string } | null,
): Promise<ApplyReport> {
  const report: ApplyReport = { written: 0, deleted: 0, merged: 0, notes: 0, invalid: [] };
  const tables = [
    db.people,
    db.companies,
    db.interactions,
    db.deals,
    db.tasks,
    db.documents,
    db.lastContact,
    db.team,
    db.teamOutbox,
  ];
  await db.transaction('rw', tables, async (tx) => {
    markApplying(tx.idbtrans);
    const sorted = [...batch].sort((a, b) => ORDER.indexOf(a.table) - ORDER.indexOf(b.table));
    const renamed = new Set<string>();
    const contacts = new Map<string, number>();
    const notes: Interaction[] = [];
    const outboxPuts: OutboxRow[] = [];
    for (const table of ORDER) {
      const group = sorted.filter((i) => i.table === table);
      if (group.length === 0) continue;
      const keys = group.map((i) => `${table}:${i.id}`);
      const [current, dirty] = await Promise.all([
        db.table(table).bulkGet(group.map((i) => i.id)) as Promise<(Row | undefined)[]>,
        db.teamOutbox.bulkGet(keys),
      ]);
      const records: Row[] = [];
      const deletes: string[] = [];
      const acks: string[] = [];
      for (const [i, incoming] of group.entries()) {
        const row = current[i];
        const pending = dirty[i];
        if (incoming.record === null) {
          if (incoming.handedOver && pending) acks.push(pending.key);
          // A record edited here and deleted there comes back: an edit is never lost to a deletion.
          if (row && (!pending || incoming.handedOver)) deletes.push(incoming.id);
          continue;
        }
        const problem = recordProblem(table, incoming.record);
        if (problem) {
          report.invalid.push(problem);
          continue;
        }
        let record: Row = incoming.record;
        if (row && pending) {
          const merged = mergeVersions(table, row, record, pending.base);
          record = { ...merged.record, id: incoming.id };
          report.merged++;
          const client = clientOf(table, record);
          if (merged.overridden.length > 0 && client) {
            const text = conflictText(merged.overridden);
            const note = historyNote(
              conflictNoteId(pending.key, incoming.rev, text),
              client,
              text,
              Math.max(...merged.overridden.map((o) => Math.max(o.keptStamp.at, o.lostStamp.at))),
              'Edited on two devices at once',
            );
            notes.push(note);
          }
          // This version is now seen here: at the push, only what changes after it counts as changed on both sides.
          const base = { ...pending.base };
          for (const f of Object.keys(base)) base[f] = Math.max(base[f] ?? 0, stampOf(incoming.record, f).at);
          outboxPuts.push({ ...pending, base });
        }
        if (table === 'companies' && row && row.name !== record.name) renamed.add(incoming.id);
        if (table === 'interactions') {
          const at = record.at as number;
          for (const id of [...(record.personIds as string[]), ...(record.companyIds as string[])])
            contacts.set(id, Math.max(contacts.get(id) ?? -Infinity, at));
        }
        records.push(record);
      }
      const puts = await rowsFor(db, table, records);
      if (puts.length) await db.table(table).bulkPut(puts);
      if (deletes.length) await db.table(table).bulkDelete(deletes);
      if (acks.length) await db.teamOutbox.bulkDelete(acks);
      report.written += puts.length;
      report.deleted += deletes.length;
      if (table === 'people') for (const p of puts) renamed.delete(p.id);
    }
    for (const companyId of renamed) {
      const people = await db.people.where('companyIds').equals(companyId).toArray();
      await db.table('people').bulkPut(await rowsFor(db, 'people', people as unknown as Row[]));
    }
    if (notes.length) {
      await db.interactions.bulkPut(notes);
      for (const n of notes) {
        outboxPuts.push({
          key: `interactions:${n.id}`,
          table: 'interactions',
          id: n.id,
          at: n.createdAt,
          base: {},
        });
        for (const id of [...n.personIds, ...n.companyIds])
          contacts.set(id, Math.max(contacts.get(id) ?? -Infinity, n.at));
      }
      report.notes += notes.length;
    }
    if (outboxPuts.length) await db.teamOutbox.bulkPut(outboxPuts);
    if (contacts.size) {
      const own = new Map<string, number | undefined>();
      const ids = [...contacts.keys()];
      const [people, companies] = await Promise.all([
        db.people.bulkGet(ids as Person['id'][]),
        db.companies.bulkGet(ids as Company['id'][]),
      ]);
      ids.forEach((id, i) => own.set(id, people[i]?.lastContactAt ?? companies[i]?.lastContactAt));
      await recordContacts(db, contacts, (id) => own.get(id));
    }
    if (cursor) await db.team.put({ key: TEAM_KEYS.applied(cursor.database), value: cursor.seq });
  });
  return report;
}

/** How far a database's replica has been applied here (its local sequence), or 0. */
export async function appliedSeq(db: KartkaDB, database: string): Promise<number | string> {
  return ((await db.team.get(TEAM_KEYS.applied(database)))?.value as number | string | undefined) ?? 0;
}
