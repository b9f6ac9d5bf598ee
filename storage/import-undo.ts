// "Undo this import": each chunk of a contacts import records, in its own transaction, the people and
// companies it created and the rows it changed as they were (merges included). Undo puts the base back as
// it was before the import: created records go, changed ones return, the suggestions it stored go.
import type { CompanyId, PersonId } from '../core/ids';
import type { KartkaDB, ImportUndoRow, StoredCompany, StoredPerson } from './db';
import { companyHistory, personHistory } from './interactions';

/** Imports kept for undo; older ones are forgotten when a new one starts (only the last can be undone). */
const KEPT_IMPORTS = 3;

/** What a finished import can be undone to, as the import page shows it. */
export interface UndoableImport {
  importId: string;
  at: number;
  files: string[];
  created: number;
  changed: number;
}

/** The chunk row to write beside a chunk's own writes (same transaction). */
export function undoRow(
  importId: string,
  part: number,
  at: number,
  files: readonly string[],
  chunk: {
    createdPeople: readonly PersonId[];
    createdCompanies: readonly CompanyId[];
    peopleBefore: readonly StoredPerson[];
    companiesBefore: readonly StoredCompany[];
    duplicatesAdded: readonly string[];
  },
): ImportUndoRow {
  const row: ImportUndoRow = {
    id: `${importId}:${part}`,
    importId,
    part,
    at,
    createdPeople: [...chunk.createdPeople],
    createdCompanies: [...chunk.createdCompanies],
    peopleBefore: [...chunk.peopleBefore],
    companiesBefore: [...chunk.companiesBefore],
    duplicatesAdded: [...chunk.duplicatesAdded],
  };
  if (part === 0) row.files = [...files];
  return row;
}

/** Forgets all but the most recent imports' undo records (called as a new import starts). */
export async function pruneImportUndo(db: KartkaDB): Promise<void> {
  const heads = await db.importUndo.filter((r) => r.part === 0).toArray();
  const old = heads.sort((a, b) => b.at - a.at).slice(KEPT_IMPORTS - 1);
  for (const head of old) await db.importUndo.where('importId').equals(head.importId).delete();
}

/** The most recent import, when it can still be undone. */
export async function lastUndoableImport(db: KartkaDB): Promise<UndoableImport | undefined> {
  const heads = await db.importUndo.filter((r) => r.part === 0 && r.undoneAt === undefined).toArray();
  const head = heads.sort((a, b) => b.at - a.at)[0];
  if (!head) return undefined;
  const rows = await db.importUndo.where('importId').equals(head.importId).toArray();
  const created = rows.reduce((n, r) => n + r.createdPeople.length + r.createdCompanies.length, 0);
  const changed = new Set(rows.flatMap((r) => [...r.peopleBefore, ...r.companiesBefore].map((p) => p.id)))
    .size;
  return { importId: head.importId, at: head.at, files: head.files ?? [], created, changed };
}

/**
 * Undoes one import: what it created is removed (history logged to those people since loses their link, and
 * deals, tasks and documents of theirs go with them), what it changed returns as it was, and its suggestions go.
 */
export async function undoImport(
  db: KartkaDB,
  importId: string,
): Promise<{ removed: number; restored: number }> {
  const tables = [
    db.people,
    db.companies,
    db.interactions,
    db.deals,
    db.tasks,
    db.documents,
    db.lastContact,
    db.possibleDuplicates,
    db.importUndo,
  ];
  return db.transaction('rw', tables, async () => {
    const rows = (await db.importUndo.where('importId').equals(importId).toArray()).sort(
      (a, b) => a.part - b.part,
    );
    if (rows.length === 0 || rows.some((r) => r.undoneAt !== undefined))
      throw new Error(
        'This import can no longer be undone (it was undone already, or a newer import replaced it).',
      );
    const people = rows.flatMap((r) => r.createdPeople);
    const companies = rows.flatMap((r) => r.createdCompanies);
    // A person merged by two chunks was recorded twice: the first record is the state before the import.
    const firstOf = <T extends { id: string }>(list: T[]) => [
      ...new Map(list.reverse().map((x) => [x.id, x])).values(),
    ];
    const peopleBefore = firstOf(rows.flatMap((r) => r.peopleBefore));
    const companiesBefore = firstOf(rows.flatMap((r) => r.companiesBefore));
    await unlinkHistory(db, people, companies);
    await db.people.bulkDelete(people);
    await db.companies.bulkDelete(companies);
    await db.lastContact.bulkDelete([...people, ...companies]);
    await db.people.bulkPut(peopleBefore);
    await db.companies.bulkPut(companiesBefore);
    await db.possibleDuplicates.bulkDelete(rows.flatMap((r) => r.duplicatesAdded));
    await db.importUndo.bulkDelete(rows.map((r) => r.id));
    return {
      removed: people.length + companies.length,
      restored: peopleBefore.length + companiesBefore.length,
    };
  });
}

/** Takes the removed records out of anything logged or added to them since the import. */
async function unlinkHistory(db: KartkaDB, people: readonly PersonId[], companies: readonly CompanyId[]) {
  const gonePeople = new Set<string>(people);
  const goneCompanies = new Set<string>(companies);
  // Each removed record's history is one index range; the reads run side by side within the transaction.
  const reads = [
    ...people.map((id) => personHistory(db, id).toArray()),
    ...companies.map((id) => companyHistory(db, id).toArray()),
  ];
  const touched = new Map((await Promise.all(reads)).flat().map((i) => [i.id, i]));
  for (const i of touched.values()) {
    const personIds = i.personIds.filter((id) => !gonePeople.has(id));
    const companyIds = i.companyIds.filter((id) => !goneCompanies.has(id));
    if (personIds.length === 0 && companyIds.length === 0) await db.interactions.delete(i.id);
    else
      await db.interactions.put({
        ...i,
        personIds,
        companyIds,
        participants: i.participants.map((p) => {
          if (p.personId === undefined || !gonePeople.has(p.personId)) return p;
          const { personId: _gone, ...rest } = p;
          return rest;
        }),
      });
  }
  for (const table of [db.deals, db.tasks, db.documents] as const) {
    await table
      .where('personId')
      .anyOf([...people])
      .delete();
    await table
      .where('companyId')
      .anyOf([...companies])
      .delete();
  }
}
