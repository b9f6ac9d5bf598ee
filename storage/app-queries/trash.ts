// Delete with undo: a deleted client's rows (and what pointed at them) are kept in `meta` for a week.
import type { CompanyId, PersonId } from '../../core/ids';
import type { ClientDocument, Deal, Interaction } from '../../core/model';
import { newId, type KartkaDB, type StoredCompany, type StoredPerson, type StoredTask } from '../db';
import { companyHistory, personHistory } from '../interactions';
import type { ClientRef } from '../people';
import { companyNames, personRow, plainPerson } from '../rows';
import { SETTINGS_KEY } from '../settings';

interface TrashRecord {
  at: number;
  person?: StoredPerson;
  company?: StoredCompany;
  people: StoredPerson[];
  interactions: Interaction[];
  deals: Deal[];
  tasks: StoredTask[];
  documents: ClientDocument[];
}

const TRASH = 'app.trash:';
const TRASH_DAYS = 7;

/** Deletes a client; their history stays with the other side of a shared record. Returns the undo token. */
export async function deleteClient(db: KartkaDB, ref: ClientRef, now: number): Promise<string> {
  const tables = [
    db.people,
    db.companies,
    db.interactions,
    db.deals,
    db.tasks,
    db.documents,
    db.meta,
    db.lastContact,
  ];
  return db.transaction('rw', tables, async () => {
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
    for (const i of record.interactions) {
      const personIds = i.personIds.filter((id) => id !== ref.id);
      const companyIds = i.companyIds.filter((id) => id !== ref.id);
      if (personIds.length === 0 && companyIds.length === 0) await db.interactions.delete(i.id);
      else {
        const participants = i.participants.map((p) => {
          if (p.personId !== ref.id) return p;
          const { personId: _gone, ...rest } = p;
          return rest;
        });
        await db.interactions.put({ ...i, personIds, companyIds, participants });
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
    const token = newId();
    await db.meta.put({ key: `${TRASH}${token}`, value: record });
    const old = await db.meta.where('key').startsWith(TRASH).toArray();
    const expired = old.filter((m) => (m.value as TrashRecord).at < now - TRASH_DAYS * 86_400_000);
    await db.meta.bulkDelete(expired.map((m) => m.key));
    // Past undo: the deleted clients' logged last contacts go too (undo needed them).
    await db.lastContact.bulkDelete(
      expired.flatMap((m) => {
        const r = m.value as TrashRecord;
        return [r.person?.id, r.company?.id].filter((id): id is NonNullable<typeof id> => id !== undefined);
      }),
    );
    return token;
  });
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

/** Puts back everything one delete removed or changed. */
export async function undoDelete(db: KartkaDB, token: string): Promise<void> {
  const tables = [db.people, db.companies, db.interactions, db.deals, db.tasks, db.documents, db.meta];
  await db.transaction('rw', tables, async () => {
    const row = await db.meta.get(`${TRASH}${token}`);
    if (!row)
      throw new Error('This delete can no longer be undone (it was undone already or is older than a week).');
    const r = row.value as TrashRecord;
    if (r.person) await db.people.put(r.person);
    if (r.company) await db.companies.put(r.company);
    await db.people.bulkPut(r.people);
    await db.interactions.bulkPut(r.interactions);
    await db.deals.bulkPut(r.deals);
    await db.tasks.bulkPut(r.tasks);
    await db.documents.bulkPut(r.documents);
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
