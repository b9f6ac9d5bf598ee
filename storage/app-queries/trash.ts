// Delete with undo: a deleted client's rows (and what pointed at them) are kept in `meta` for a few minutes, so the
// "Undo" the app offers works; then nothing of them stays (never in a backup either: backup.ts leaves them out).
import type { CompanyId, PersonId } from '../../core/ids';
import type { ClientDocument, Deal, Interaction } from '../../core/model';
import { newId, type KartkaDB, type StoredCompany, type StoredPerson, type StoredTask } from '../db';
import { companyHistory, personHistory } from '../interactions';
import type { ClientRef } from '../people';
import { companyNames, personRow, plainPerson } from '../rows';
import { SETTINGS_KEY } from '../settings';
import { forgetClient, forgetTables, restoreForgotten, withoutParticipant, type Forgotten } from './forget';

interface TrashRecord {
  at: number;
  person?: StoredPerson;
  company?: StoredCompany;
  people: StoredPerson[];
  interactions: Interaction[];
  deals: Deal[];
  tasks: StoredTask[];
  documents: ClientDocument[];
  /** Rows elsewhere that named them (merge log, merged-away rows, last contact); absent in older records. */
  forgotten?: Forgotten;
}

/** The `meta` key prefix of undo records. */
export const TRASH = 'app.trash:';
/** How long a delete can be undone: the app's undo offer lasts as long, then the record is purged. */
export const UNDO_MS = 10 * 60_000;

/** Every table a delete or its undo writes (a caller's transaction around many deletes takes these). */
export const trashTables = (db: KartkaDB) => [
  db.people,
  db.companies,
  db.interactions,
  db.deals,
  db.tasks,
  db.documents,
  ...forgetTables(db),
];

/** Deletes a client; their history stays with the other side of a shared record. Returns the undo token. */
export async function deleteClient(db: KartkaDB, ref: ClientRef, now: number): Promise<string> {
  return db.transaction('rw', trashTables(db), async () => {
    const record: TrashRecord = {
      at: now,
      people: [],
      interactions: [],
      deals: [],
      tasks: [],
      documents: [],
    };
    if (ref.kind === 'person') {
      const person = await db.people.get(ref.id);
      if (!person) throw new Error(`No person with id ${ref.id}; it may have been deleted already.`);
      record.person = person;
      await db.people.delete(ref.id);
    } else {
      const company = await db.companies.get(ref.id);
      if (!company) throw new Error(`No company with id ${ref.id}; it may have been deleted already.`);
      record.company = company;
      record.people = await db.people.where('companyIds').equals(ref.id).toArray();
      const unlinked = record.people.map((p) => ({
        ...plainPerson(p),
        companies: p.companies.filter((l) => l.companyId !== ref.id),
        updatedAt: now,
      }));
      await db.people.bulkPut(
        await Promise.all(
          unlinked.map(async (p) =>
            personRow(
              p,
              await companyNames(
                db,
                p.companies.filter((l) => !l.archived).map((l) => l.companyId),
              ),
            ),
          ),
        ),
      );
      await db.companies.delete(ref.id);
    }
    record.interactions = await (
      ref.kind === 'person' ? personHistory(db, ref.id) : companyHistory(db, ref.id)
    ).toArray();
    const names = namesOf(record).filter((n) => n.length > 0);
    for (const i of record.interactions) {
      const personIds = i.personIds.filter((id) => id !== ref.id);
      const companyIds = i.companyIds.filter((id) => id !== ref.id);
      if (personIds.length === 0 && companyIds.length === 0) await db.interactions.delete(i.id);
      else {
        // Kept for the other side; the deleted person's name and address leave its participants.
        // Its fingerprint (`<minute>|<sender>`) is derived again from who is left (storage/derived-keys.ts); a
        // logging reason that names them ("Олена Коваль is in your contacts") goes.
        const { fingerprint: _derived, reason, ...row } = i as Interaction & { fingerprint?: string };
        const participants = ref.kind === 'person' ? withoutParticipant(i, ref.id) : i.participants;
        const keep = reason !== undefined && !names.some((n) => reason.includes(n));
        await db.interactions.put({
          ...row,
          ...(keep ? { reason } : {}),
          personIds,
          companyIds,
          participants,
        });
      }
    }
    // A deal, task or document shared with the other side (person and company) stays there; the rest go.
    const key = ref.kind === 'person' ? 'personId' : 'companyId';
    record.deals = await db.deals.where(key).equals(ref.id).toArray();
    record.tasks = await db.tasks.where(key).equals(ref.id).toArray();
    record.documents = await db.documents.where(key).equals(ref.id).toArray();
    const deals = detach(record.deals, ref);
    const tasks = detach(record.tasks, ref);
    const documents = detach(record.documents, ref);
    await db.deals.bulkPut(deals.kept);
    await db.deals.bulkDelete(deals.gone);
    await db.tasks.bulkPut(tasks.kept);
    await db.tasks.bulkDelete(tasks.gone);
    await db.documents.bulkPut(documents.kept);
    await db.documents.bulkDelete(documents.gone);
    record.forgotten = await forgetClient(db, ref);
    const token = newId();
    await db.meta.put({ key: `${TRASH}${token}`, value: record });
    await purgeExpired(db, now);
    return token;
  });
}

/** What names the deleted client in free text Kartka itself wrote: their name, addresses, phones or domains. */
function namesOf(record: TrashRecord): string[] {
  const { person: p, company: c } = record;
  if (p) return [p.displayName, ...p.emails, ...p.phones];
  return c ? [c.name, ...c.domains] : [];
}

/** Rows linked to both sides lose the deleted side's link and stay; the others are removed. */
function detach<T extends { id: string; personId?: PersonId; companyId?: CompanyId }>(
  rows: readonly T[],
  ref: ClientRef,
): { kept: T[]; gone: T['id'][] } {
  const kept: T[] = [];
  const gone: T['id'][] = [];
  for (const row of rows) {
    const shared = ref.kind === 'person' ? row.companyId !== undefined : row.personId !== undefined;
    if (!shared) gone.push(row.id);
    else if (ref.kind === 'person') {
      const { personId: _gone, ...rest } = row;
      kept.push(rest as T);
    } else {
      const { companyId: _gone, ...rest } = row;
      kept.push(rest as T);
    }
  }
  return { kept, gone };
}

/** Removes the undo records older than `UNDO_MS` (inside the caller's transaction on `meta` and `lastContact`). */
async function purgeExpired(db: KartkaDB, now: number): Promise<number> {
  const old = await db.meta.where('key').startsWith(TRASH).toArray();
  const expired = old.filter((m) => {
    const at = (m.value as Partial<TrashRecord>).at;
    return !(typeof at === 'number' && at >= now - UNDO_MS);
  });
  await db.meta.bulkDelete(expired.map((m) => m.key));
  // Records from before deletes forgot everything at once left the client's logged last contact for later.
  await db.lastContact.bulkDelete(
    expired.flatMap((m) => {
      const r = m.value as Partial<TrashRecord>;
      return r.forgotten ? [] : [r.person?.id, r.company?.id].filter((id) => id !== undefined);
    }),
  );
  return expired.length;
}

/** Purges the undo records past their time (the app calls it on opening and when an undo offer runs out). */
export function purgeExpiredTrash(db: KartkaDB, now: number): Promise<number> {
  return db.transaction('rw', [db.meta, db.lastContact], () => purgeExpired(db, now));
}

/** Puts back everything one delete removed or changed. */
export async function undoDelete(db: KartkaDB, token: string, now: number): Promise<void> {
  await db.transaction('rw', trashTables(db), async () => {
    const row = await db.meta.get(`${TRASH}${token}`);
    const r = row?.value as TrashRecord | undefined;
    if (!row || !r || !(r.at >= now - UNDO_MS)) {
      if (row) await db.meta.delete(row.key);
      throw new Error('This delete can no longer be undone (it was undone already or its time ran out).');
    }
    if (r.person) await db.people.put(r.person);
    if (r.company) await db.companies.put(r.company);
    await db.people.bulkPut(r.people);
    await db.interactions.bulkPut(r.interactions);
    await db.deals.bulkPut(r.deals);
    await db.tasks.bulkPut(r.tasks);
    await db.documents.bulkPut(r.documents);
    await restoreForgotten(db, r.forgotten);
    await db.meta.delete(row.key);
  });
}

/** Deletes every client, interaction, deal, task, document and merge record (settings stay). */
export async function deleteEverything(db: KartkaDB): Promise<void> {
  // Every table of the base: a table added later is wiped too. The settings row in `meta` is kept.
  const tables = db.tables;
  await db.transaction('rw', tables, async () => {
    const settings = await db.meta.get(SETTINGS_KEY);
    for (const table of tables) await table.clear();
    if (settings) await db.meta.put(settings);
  });
}
