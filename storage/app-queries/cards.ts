// Card reads and writes the repository lacks: documents, a company's tasks and notes, task moves, managers.
import { documentId, interactionId, type CompanyId, type TaskId } from '../../core/ids';
import type { ClientDocument, DocumentKind, Interaction } from '../../core/model';
import { newId, type KartkaDB, type StoredTask } from '../db';
import type { ClientRef } from '../people';

/** A client's documents, newest first. */
export async function documentsFor(db: KartkaDB, ref: ClientRef): Promise<ClientDocument[]> {
  const rows = await db.documents
    .where(ref.kind === 'person' ? 'personId' : 'companyId')
    .equals(ref.id)
    .toArray();
  return rows.sort((a, b) => b.at - a.at);
}

/** Records a document (its name and kind; the file itself stays in the mailbox or on disk). */
export async function addDocument(
  db: KartkaDB,
  ref: ClientRef,
  name: string,
  kind: DocumentKind,
  at: number,
  now: number,
): Promise<ClientDocument> {
  const clean = name.trim();
  if (!clean) throw new Error('A document needs a name; nothing was saved.');
  const doc: ClientDocument = { id: documentId(newId()), name: clean, kind, at, createdAt: now };
  if (ref.kind === 'person') doc.personId = ref.id;
  else doc.companyId = ref.id;
  await db.documents.add(doc);
  return doc;
}

export async function removeDocument(db: KartkaDB, id: ClientDocument['id']): Promise<void> {
  await db.documents.delete(id);
}

/** A company's tasks: open ones by due date, then done ones, newest first. */
export async function tasksForCompany(db: KartkaDB, companyId: CompanyId): Promise<StoredTask[]> {
  const all = await db.tasks.where('companyId').equals(companyId).toArray();
  return all.sort((a, b) => Number(a.done) - Number(b.done) || (a.done ? b.due - a.due : a.due - b.due));
}

/** All open tasks (for the task views), earliest first. */
export async function openTasks(db: KartkaDB): Promise<StoredTask[]> {
  return db.tasks.where('openDue').aboveOrEqual(-Infinity).sortBy('due');
}

/** Moves an open task to another time; its reminder will fire again then. */
export async function rescheduleTask(db: KartkaDB, id: TaskId, due: number, now: number): Promise<void> {
  await db.tasks
    .where(':id')
    .equals(id)
    .filter((t) => !t.done)
    .modify((t) => {
      t.due = due;
      t.openDue = due;
      t.updatedAt = now;
      delete t.notifiedAt;
    });
}

export async function deleteTask(db: KartkaDB, id: TaskId): Promise<void> {
  await db.tasks.delete(id);
}

/** Managers named in the base (from up to `sample` people and all companies), for suggestions. */
export async function knownManagers(db: KartkaDB, sample = 5000): Promise<string[]> {
  const names = new Set<string>();
  await db.people.limit(sample).each((p) => p.manager && names.add(p.manager));
  await db.companies.each((c) => c.manager && names.add(c.manager));
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** Adds a note to a company's history (the person-side equivalent is addNote in people.ts). */
export async function addCompanyNote(
  db: KartkaDB,
  companyId: CompanyId,
  text: string,
  now: number,
): Promise<Interaction> {
  if (!(await db.companies.get(companyId)))
    throw new Error(`No company with id ${companyId}; the note was not saved.`);
  const note: Interaction = {
    id: interactionId(newId()),
    kind: 'note',
    source: 'manual',
    direction: 'internal',
    participants: [],
    body: text,
    snippet: text.slice(0, 200),
    at: now,
    attachmentNames: [],
    personIds: [],
    companyIds: [companyId],
    createdAt: now,
  };
  await db.interactions.add(note);
  return note;
}
