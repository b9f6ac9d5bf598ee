// What a delete must also take away so that nothing in the base still names the deleted client (issue 16, "delete
// means delete"): the merge log entries that carry copies of them, the rows merged into them (hidden, but holding
// their old names and addresses), their logged last contact, their entry in the participants of a message they
// shared with someone else, and the client list's stored snapshot (list rows and search index terms). Everything
// taken is returned for the undo record, which itself expires within minutes (trash.ts).
import type { Interaction } from '../../core/model';
import { CLIENTS_SNAPSHOT_KEY, type KartkaDB, type LastContactRow, type MergeRecord } from '../db';
import type { StoredCompany, StoredPerson } from '../db';
import type { ClientRef } from '../people';

/** What `forgetClient` removed, kept in the undo record to be put back. */
export interface Forgotten {
  merges: MergeRecord[];
  hiddenPeople: StoredPerson[];
  hiddenCompanies: StoredCompany[];
  lastContact: LastContactRow[];
}

export const nothingForgotten = (): Forgotten => ({
  merges: [],
  hiddenPeople: [],
  hiddenCompanies: [],
  lastContact: [],
});

/** The tables `forgetClient` writes, for the caller's transaction. */
export const forgetTables = (db: KartkaDB) => [db.merges, db.people, db.companies, db.lastContact, db.meta];

/**
 * Removes, inside the caller's transaction, every row besides the client's own that names them. The merge log is
 * small (one entry per merge the user made), so it is read whole and an entry goes when it names any of the ids.
 */
export async function forgetClient(db: KartkaDB, ref: ClientRef): Promise<Forgotten> {
  const gone = nothingForgotten();
  const ids = new Set<string>([ref.id]);
  const merges = await db.merges.toArray();
  // Rows merged into the client (and into those, in turn) are hidden copies of them: they go with them.
  for (let added = true; added;) {
    added = false;
    for (const m of merges)
      if (ids.has(m.keepId) && !ids.has(m.dropId) && m.kind === ref.kind) {
        ids.add(m.dropId);
        added = true;
      }
  }
  const hiddenIds = [...ids].filter((id) => id !== ref.id);
  if (ref.kind === 'person') {
    const rows = await db.people.bulkGet(hiddenIds as StoredPerson['id'][]);
    gone.hiddenPeople = rows.filter((p): p is StoredPerson => p?.mergedInto !== undefined);
    await db.people.bulkDelete(gone.hiddenPeople.map((p) => p.id));
  } else {
    const rows = await db.companies.bulkGet(hiddenIds as StoredCompany['id'][]);
    gone.hiddenCompanies = rows.filter((c): c is StoredCompany => c?.mergedInto !== undefined);
    await db.companies.bulkDelete(gone.hiddenCompanies.map((c) => c.id));
  }
  gone.merges = merges.filter((m) => namesAny(m, ids));
  await db.merges.bulkDelete(gone.merges.map((m) => m.id));
  gone.lastContact = (await db.lastContact.bulkGet([...ids])).filter(
    (r): r is LastContactRow => r !== undefined,
  );
  await db.lastContact.bulkDelete(gone.lastContact.map((r) => r.id));
  // The snapshot is only a speed-up: the next page reads the base whole and stores a new one without them.
  await db.meta.where('key').startsWith(CLIENTS_SNAPSHOT_KEY).delete();
  return gone;
}

/** Whether a merge log entry names one of the ids anywhere (its two records, re-pointed rows, people copies). */
function namesAny(m: MergeRecord, ids: ReadonlySet<string>): boolean {
  if (ids.has(m.keepId) || ids.has(m.dropId)) return true;
  const text = JSON.stringify(m);
  for (const id of ids) if (text.includes(id)) return true;
  return false;
}

/** A shared message's participants without the deleted person (their name and address go with them). */
export function withoutParticipant(i: Interaction, personId: string): Interaction['participants'] {
  return i.participants.filter((p) => p.personId !== personId);
}

/** Puts back what `forgetClient` removed (the snapshot is rebuilt by the next page). */
export async function restoreForgotten(db: KartkaDB, gone: Forgotten | undefined): Promise<void> {
  if (!gone) return;
  await db.merges.bulkPut(gone.merges);
  await db.people.bulkPut(gone.hiddenPeople);
  await db.companies.bulkPut(gone.hiddenCompanies);
  await db.lastContact.bulkPut(gone.lastContact);
}
