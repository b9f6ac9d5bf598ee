// The full-page app's reads and writes: list rows for 100,000 clients, search hits, bulk actions in chunks,
// delete with undo, documents, saved segments and preferences in `meta`, and the reminders' queries.
import type { StageSnapshots } from '../core/analytics';
import { documentId, interactionId, type CompanyId, type PersonId, type TaskId } from '../core/ids';
import type { ClientDocument, Deal, DocumentKind, Interaction, StageDef, StageState, Task } from '../core/model';
import { defaultReminderPrefs, type ReminderPerson, type ReminderPrefs } from '../core/reminders';
import { queryTokens } from '../core/search';
import { DEFAULT_COLUMNS, type ColumnId, type ListRow, type SavedSegment } from '../core/segments';
import { chunks } from './batch';
import { newId, type KartkaDB, type StoredCompany, type StoredPerson, type StoredTask } from './db';
import type { ClientRef } from './people';
import { companyNames, companyRow, personRow, plainPerson } from './rows';

// ---------- the list ----------

/** Every client as a compact list row: people (with their current company's facts) and companies. */
export async function loadListRows(db: KartkaDB): Promise<{ people: ListRow[]; companies: ListRow[] }> {
  return db.transaction('r', [db.people, db.companies, db.tasks], async () => {
    const open = new Map<string, number>();
    for (const task of await db.tasks.where('openDue').aboveOrEqual(-Infinity).toArray()) {
      for (const id of [task.personId, task.companyId]) if (id) open.set(id, (open.get(id) ?? 0) + 1);
    }
    const companies = (await db.companies.toArray()).filter((c) => c.mergedInto === undefined);
    const byId = new Map<string, StoredCompany>(companies.map((c) => [c.id, c]));
    const people = (await db.people.toArray()).flatMap((p): ListRow[] => {
      if (p.mergedInto !== undefined) return [];
      const link = p.companies.find((l) => !l.archived);
      const company = link ? byId.get(link.companyId) : undefined;
      return [
        trim({
          kind: 'person', id: p.id, name: p.displayName, email: p.emails[0], phone: p.phones[0], companyId: company?.id,
          companyName: company?.name, position: p.position ?? link?.role, stage: p.stage?.stage, tags: p.tags,
          city: p.city ?? company?.city, region: company?.region, industry: company?.industry, manager: p.manager,
          lastContactAt: p.lastContactAt, birthday: p.birthday, openTasks: open.get(p.id) ?? 0, createdAt: p.createdAt,
        }),
      ];
    });
    const companyRows = companies.map((c) =>
      trim({
        kind: 'company', id: c.id, name: c.legalForm ? `${c.name} (${c.legalForm})` : c.name, email: c.domains[0],
        stage: c.stage?.stage, tags: c.tags, city: c.city, region: c.region, industry: c.industry, manager: c.manager,
        lastContactAt: c.lastContactAt, openTasks: open.get(c.id) ?? 0, createdAt: c.createdAt,
      }),
    );
    return { people, companies: companyRows };
  });
}

type Loose<T> = { [K in keyof T]: T[K] | undefined };

/** Drops undefined optional fields (exactOptionalPropertyTypes: absent, not undefined). */
function trim(row: Loose<ListRow>): ListRow {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as unknown as ListRow;
}

/** Ids of the clients matching a search query (every word a prefix of one of their tokens); undefined for no query. */
export async function searchClientIds(db: KartkaDB, kind: 'people' | 'companies', query: string): Promise<Set<string> | undefined> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return undefined;
  const table = kind === 'people' ? db.people : db.companies;
  let hits: Set<string> | undefined;
  for (const token of [...tokens].sort((a, b) => b.length - a.length)) {
    const keys = await table.where('searchTokens').startsWith(token).primaryKeys();
    const next = new Set<string>(hits ? keys.filter((k) => hits?.has(k)) : keys);
    hits = next;
    if (hits.size === 0) break;
  }
  return hits ?? new Set();
}

// ---------- bulk actions ----------

export type BulkChange =
  | { type: 'addTag'; tag: string }
  | { type: 'removeTag'; tag: string }
  | { type: 'stage'; stage: string; reason: string }
  | { type: 'manager'; manager: string };

function applyChange<T extends { tags: string[]; stage?: StageState; manager?: string }>(record: T, change: BulkChange, now: number): T {
  const next = { ...record };
  if (change.type === 'addTag') {
    const tag = change.tag.trim();
    if (tag && !next.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) next.tags = [...next.tags, tag];
  } else if (change.type === 'removeTag') {
    next.tags = next.tags.filter((t) => t.toLowerCase() !== change.tag.trim().toLowerCase());
  } else if (change.type === 'stage') {
    if (next.stage?.stage !== change.stage) {
      next.stage = { stage: change.stage, reason: change.reason.trim() || 'set by hand', setBy: 'hand', since: now };
    }
  } else if (change.manager.trim()) next.manager = change.manager.trim();
  else delete next.manager;
  return next;
}

/** Applies one change to many clients, ~1,000 per transaction; returns how many were changed. */
export async function bulkChange(db: KartkaDB, kind: 'people' | 'companies', ids: readonly string[], change: BulkChange, now: number): Promise<number> {
  let changed = 0;
  for (const chunk of chunks(ids)) {
    await db.transaction('rw', db.people, db.companies, async () => {
      if (kind === 'companies') {
        const rows = (await db.companies.bulkGet(chunk as CompanyId[])).filter((c): c is StoredCompany => c !== undefined);
        await db.companies.bulkPut(rows.map((c) => companyRow({ ...applyChange(c, change, now), updatedAt: now })));
        changed += rows.length;
        return;
      }
      const rows = (await db.people.bulkGet(chunk as PersonId[])).filter((p): p is StoredPerson => p !== undefined);
      const names = new Map<string, string>();
      const companyIds = [...new Set(rows.flatMap((p) => p.companies.filter((l) => !l.archived).map((l) => l.companyId)))];
      (await db.companies.bulkGet(companyIds)).forEach((c) => c && names.set(c.id, c.name));
      await db.people.bulkPut(
        rows.map((p) => {
          const person = { ...applyChange(plainPerson(p), change, now), updatedAt: now };
          return personRow(person, person.companies.filter((l) => !l.archived).flatMap((l) => names.get(l.companyId) ?? []));
        }),
      );
      changed += rows.length;
    });
  }
  return changed;
}

/** The selected clients' full records, read in chunks, in the given order. */
export async function clientsForExport(db: KartkaDB, kind: 'people' | 'companies', ids: readonly string[]) {
  const people: StoredPerson[] = [];
  const companies: StoredCompany[] = [];
  for (const chunk of chunks(ids)) {
    if (kind === 'people') people.push(...(await db.people.bulkGet(chunk as PersonId[])).filter((p): p is StoredPerson => p !== undefined));
    else companies.push(...(await db.companies.bulkGet(chunk as CompanyId[])).filter((c): c is StoredCompany => c !== undefined));
  }
  const linked = [...new Set(people.flatMap((p) => p.companies.filter((l) => !l.archived).map((l) => l.companyId)))];
  const names = new Map<string, string>();
  for (const chunk of chunks(linked)) (await db.companies.bulkGet(chunk)).forEach((c) => c && names.set(c.id, c.name));
  return { people, companies, companyNames: names };
}

// ---------- documents and company tasks ----------

/** A client's documents, newest first. */
export async function documentsFor(db: KartkaDB, ref: ClientRef): Promise<ClientDocument[]> {
  const rows = await db.documents.where(ref.kind === 'person' ? 'personId' : 'companyId').equals(ref.id).toArray();
  return rows.sort((a, b) => b.at - a.at);
}

/** Records a document (its name and kind; the file itself stays in the mailbox or on disk). */
export async function addDocument(db: KartkaDB, ref: ClientRef, name: string, kind: DocumentKind, at: number, now: number): Promise<ClientDocument> {
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
  await db.tasks.where(':id').equals(id).filter((t) => !t.done).modify((t) => {
    t.due = due;
    t.openDue = due;
    t.updatedAt = now;
    delete t.notifiedAt;
  });
}

export async function deleteTask(db: KartkaDB, id: TaskId): Promise<void> {
  await db.tasks.delete(id);
}

// ---------- delete with undo ----------

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
  const tables = [db.people, db.companies, db.interactions, db.deals, db.tasks, db.documents, db.meta];
  return db.transaction('rw', tables, async () => {
    const record: TrashRecord = { at: now, people: [], interactions: [], deals: [], tasks: [], documents: [] };
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
      const unlinked = record.people.map((p) => ({ ...plainPerson(p), companies: p.companies.filter((l) => l.companyId !== ref.id), updatedAt: now }));
      await db.people.bulkPut(await Promise.all(unlinked.map(async (p) => personRow(p, await companyNames(db, p.companies.filter((l) => !l.archived).map((l) => l.companyId))))));
      await db.companies.delete(ref.id);
    }
    record.interactions = await db.interactions.where(ref.kind === 'person' ? 'personIds' : 'companyIds').equals(ref.id).toArray();
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
    await db.meta.bulkDelete(old.filter((m) => (m.value as TrashRecord).at < now - TRASH_DAYS * 86_400_000).map((m) => m.key));
    return token;
  });
}

/** Rows linked to both sides lose the deleted side's link and stay; the others are removed. */
function detach<T extends { id: string; personId?: PersonId; companyId?: CompanyId }>(rows: readonly T[], ref: ClientRef): { kept: T[]; gone: T['id'][] } {
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
    if (!row) throw new Error('This delete can no longer be undone (it was undone already or is older than a week).');
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

// ---------- preferences and saved segments (meta) ----------

export interface AppPrefs {
  columns: ColumnId[];
  reminders: ReminderPrefs;
}

const PREFS = 'app.prefs';
const SEGMENTS = 'app.segments';
const SNAPSHOTS = 'app.stageSnapshots';
const SCANNED = 'app.reminderScanAt';

async function metaValue<T>(db: KartkaDB, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

/** The app's preferences, with defaults for anything not yet saved (and for stages added since). */
export async function loadAppPrefs(db: KartkaDB, pipeline: readonly StageDef[]): Promise<AppPrefs> {
  const stored = await metaValue<Partial<AppPrefs>>(db, PREFS);
  const defaults = defaultReminderPrefs(pipeline);
  return {
    columns: stored?.columns?.length ? stored.columns : [...DEFAULT_COLUMNS],
    reminders: { ...defaults, ...stored?.reminders, quietDays: { ...defaults.quietDays, ...stored?.reminders?.quietDays } },
  };
}

export async function saveAppPrefs(db: KartkaDB, prefs: AppPrefs): Promise<void> {
  await db.meta.put({ key: PREFS, value: prefs });
}

export async function loadSegments(db: KartkaDB): Promise<SavedSegment[]> {
  return (await metaValue<SavedSegment[]>(db, SEGMENTS)) ?? [];
}

/** Saves a segment; one with the same name (any case) is replaced. */
export async function saveSegment(db: KartkaDB, segment: SavedSegment): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const rest = (await loadSegments(db)).filter((s) => s.id !== segment.id && s.name.toLowerCase() !== segment.name.toLowerCase());
    await db.meta.put({ key: SEGMENTS, value: [...rest, segment] });
  });
}

export async function deleteSegment(db: KartkaDB, id: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: SEGMENTS, value: (await loadSegments(db)).filter((s) => s.id !== id) });
  });
}

export async function loadStageSnapshots(db: KartkaDB): Promise<StageSnapshots> {
  return (await metaValue<StageSnapshots>(db, SNAPSHOTS)) ?? {};
}

/** Records this month's stage counts (overwritten until the month ends; then it stays as history). */
export async function recordStageSnapshot(db: KartkaDB, month: string, counts: Record<string, number>): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: SNAPSHOTS, value: { ...(await loadStageSnapshots(db)), [month]: counts } });
  });
}

// ---------- reminders ----------

/** Everyone the birthday and "going quiet" rules look at, reduced to the fields they read. */
export async function reminderPeople(db: KartkaDB): Promise<ReminderPerson[]> {
  const out: ReminderPerson[] = [];
  await db.people.each((p) => {
    if (p.mergedInto !== undefined || (!p.birthday && !p.stage)) return;
    const r: ReminderPerson = { id: p.id, displayName: p.displayName, createdAt: p.createdAt };
    if (p.birthday) r.birthday = p.birthday;
    if (p.stage) r.stage = p.stage;
    if (p.lastContactAt !== undefined) r.lastContactAt = p.lastContactAt;
    out.push(r);
  });
  return out;
}

/** Adds the reminder tasks not yet in the base (by their stable ids); returns how many were added. */
export async function addReminderTasks(db: KartkaDB, tasks: readonly Task[]): Promise<number> {
  if (tasks.length === 0) return 0;
  return db.transaction('rw', db.tasks, async () => {
    const existing = new Set(await db.tasks.where(':id').anyOf(tasks.map((t) => t.id)).primaryKeys());
    const fresh = tasks.filter((t) => !existing.has(t.id)).map((t): StoredTask => ({ ...t, openDue: t.due }));
    await db.tasks.bulkAdd(fresh);
    return fresh.length;
  });
}

/** Open tasks due by `now` whose reminder has not fired. */
export async function unnotifiedDueTasks(db: KartkaDB, now: number): Promise<StoredTask[]> {
  return (await db.tasks.where('openDue').belowOrEqual(now).sortBy('due')).filter((t) => t.notifiedAt === undefined);
}

/** When the earliest reminder that has not fired falls (or fell) due, if there is one. */
export async function nextReminderAt(db: KartkaDB): Promise<number | undefined> {
  return (await db.tasks.where('openDue').aboveOrEqual(-Infinity).filter((t) => t.notifiedAt === undefined).first())?.due;
}

export async function markTasksNotified(db: KartkaDB, ids: readonly TaskId[], now: number): Promise<void> {
  await db.tasks.where(':id').anyOf([...ids]).modify({ notifiedAt: now });
}

export async function lastReminderScan(db: KartkaDB): Promise<number> {
  return (await metaValue<number>(db, SCANNED)) ?? 0;
}

export async function setLastReminderScan(db: KartkaDB, at: number): Promise<void> {
  await db.meta.put({ key: SCANNED, value: at });
}

/** A task's client, for a notification's click: the person, else the company. */
export async function taskClient(db: KartkaDB, id: TaskId): Promise<ClientRef | undefined> {
  const task = await db.tasks.get(id);
  if (task?.personId) return { kind: 'person', id: task.personId };
  if (task?.companyId) return { kind: 'company', id: task.companyId };
  return undefined;
}

/** Managers named in the base (from up to `sample` people and all companies), for suggestions. */
export async function knownManagers(db: KartkaDB, sample = 5000): Promise<string[]> {
  const names = new Set<string>();
  await db.people.limit(sample).each((p) => p.manager && names.add(p.manager));
  await db.companies.each((c) => c.manager && names.add(c.manager));
  return [...names].sort((a, b) => a.localeCompare(b));
}

/** Adds a note to a company's history (the person-side equivalent is addNote in people.ts). */
export async function addCompanyNote(db: KartkaDB, companyId: CompanyId, text: string, now: number): Promise<Interaction> {
  if (!(await db.companies.get(companyId))) throw new Error(`No company with id ${companyId}; the note was not saved.`);
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

// ---------- analytics ----------

/** What the funnel page computes from: clients (people or companies), deals, and activity since `from`. */
export async function loadAnalyticsInput(db: KartkaDB, kind: 'people' | 'companies', from: number) {
  return db.transaction('r', [db.people, db.companies, db.deals, db.interactions, db.tasks, db.meta], async () => {
    const clients: { id: string; createdAt: number; stage?: StageState; manager?: string }[] = [];
    const managers: { id: PersonId; manager?: string }[] = [];
    const collect = (r: { id: string; createdAt: number; stage?: StageState; manager?: string; mergedInto?: string }) => {
      if (r.mergedInto !== undefined) return;
      const c: (typeof clients)[number] = { id: r.id, createdAt: r.createdAt };
      if (r.stage) c.stage = r.stage;
      if (r.manager) c.manager = r.manager;
      clients.push(c);
    };
    await db.people.each((p) => {
      if (p.mergedInto === undefined) managers.push(p.manager ? { id: p.id, manager: p.manager } : { id: p.id });
      if (kind === 'people') collect(p);
    });
    if (kind === 'companies') await db.companies.each(collect);
    return {
      clients,
      people: managers,
      deals: await db.deals.toArray(),
      interactions: (await db.interactions.where('at').aboveOrEqual(from).toArray()).map(({ kind: k, at, personIds }) => ({ kind: k, at, personIds })),
      tasks: (await db.tasks.toArray()).filter((t) => t.done && (t.doneAt ?? 0) >= from),
      snapshots: kind === 'people' ? await loadStageSnapshots(db) : {},
    };
  });
}

/** Deletes every client, interaction, deal, task, document and merge record (settings stay). */
export async function deleteEverything(db: KartkaDB): Promise<void> {
  const tables = [db.people, db.companies, db.interactions, db.deals, db.tasks, db.documents, db.merges, db.meta];
  await db.transaction('rw', tables, async () => {
    for (const table of tables) await table.clear();
  });
}
