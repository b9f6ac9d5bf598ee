// The base's clients in memory, per page: a compact list row and the search tokens of every person and company,
// read once in chunks and then kept current from Dexie's `storagemutated` events (local writes and, through its
// BroadcastChannel, the background's). The list, the quick search and the pickers all read from here, so a query
// is a few array lookups and a change re-reads only the rows it touched.
import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { CompanyId, PersonId } from '../core/ids';
import { TokenIndex, type IndexDoc, type PackedIndex } from '../core/search-index';
import type { ListRow } from '../core/segments';
import { CLIENTS_SNAPSHOT_KEY, type KartkaDB, type StoredCompany, type StoredPerson } from './db';
import { joinContact } from './last-contact';

/** Rows read per request while loading: bounded memory, and the page stays responsive in between. */
const LOAD_CHUNK = 5000;
/** Changes arriving within this many ms are applied together (an import commits ~1,000 rows at a time). */
const SETTLE_MS = 40;
/** Listeners hear of changes at most this often while they keep coming. */
const NOTIFY_MS = 1000;

type Loose<T> = { [K in keyof T]: T[K] | undefined };

/** Drops undefined optional fields (exactOptionalPropertyTypes: absent, not undefined). */
function trim(row: Loose<ListRow>): ListRow {
  const out: Record<string, unknown> = {};
  for (const key in row) {
    const v = row[key as keyof ListRow];
    if (v !== undefined) out[key] = v;
  }
  return out as unknown as ListRow;
}

/** A company's list row. */
export function companyListRow(c: StoredCompany, openTasks: number): ListRow {
  return trim({
    kind: 'company',
    id: c.id,
    name: c.legalForm ? `${c.name} (${c.legalForm})` : c.name,
    email: c.domains[0],
    stage: c.stage?.stage,
    tags: c.tags,
    city: c.city,
    region: c.region,
    industry: c.industry,
    manager: c.manager,
    lastContactAt: c.lastContactAt,
    openTasks,
    createdAt: c.createdAt,
  });
}

/** The facts of a person's current company that their list row shows. */
type CompanyFacts = Pick<StoredCompany, 'id' | 'name' | 'city' | 'region' | 'industry'>;

/** A person's list row, with their current company's name, place and industry. */
export function personListRow(
  p: StoredPerson,
  companyOf: (id: CompanyId) => CompanyFacts | undefined,
  openTasks: number,
): ListRow {
  const link = p.companies.find((l) => !l.archived);
  const own: Loose<ListRow> = {
    kind: 'person',
    id: p.id,
    name: p.displayName,
    email: p.emails[0],
    phone: p.phones[0],
    companyId: link?.companyId,
    companyName: undefined,
    position: p.position ?? link?.role,
    stage: p.stage?.stage,
    tags: p.tags,
    city: undefined,
    region: undefined,
    industry: undefined,
    manager: p.manager,
    lastContactAt: p.lastContactAt,
    birthday: p.birthday,
    openTasks,
    createdAt: p.createdAt,
  };
  return joinCompany(own, p.city, link ? companyOf(link.companyId) : undefined, openTasks);
}

/**
 * A person's row with their company's facts; `ownCity` is the person's own city, which wins. A new object (not
 * `delete` on the old one: that turns 100,000 rows into slow dictionary objects for the sort and the filters).
 */
function joinCompany(
  row: Loose<ListRow>,
  ownCity: string | undefined,
  company: CompanyFacts | undefined,
  openTasks: number,
): ListRow {
  return trim({
    kind: row.kind,
    id: row.id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    companyId: company?.id,
    companyName: company?.name,
    position: row.position,
    stage: row.stage,
    tags: row.tags,
    city: ownCity ?? company?.city,
    region: company?.region,
    industry: company?.industry,
    manager: row.manager,
    lastContactAt: row.lastContactAt,
    birthday: row.birthday,
    openTasks,
    createdAt: row.createdAt,
  });
}

/**
 * The people's list rows and search index, so a page opens a large base without reading it all. Stored as one
 * small head row (`CLIENTS_SNAPSHOT_KEY`) naming a generation, and that generation's parts in rows of their own
 * (`clients-snapshot:<generation>:…`): each part is written in its own task, since cloning 100,000 rows in one
 * `put` held the page for a second. The head is written last, with the removal of every other generation.
 */
interface SnapshotHead {
  format: 2;
  generation: string;
  /** People written at or after this time (`touchedAt`) are read again on load. */
  at: number;
  /** How many people the index holds, and in how many row parts they are stored. */
  count: number;
  rowParts: number;
  /** JSON: [id, city] of the people whose own city is set (it wins over their company's). */
  cities: string;
  /** Ids of merged-away rows, joined by NUL: with the index's ids, every row the table held. */
  hidden: string;
}
/** The packed index's strings and its arrays, a part each. */
type SnapshotTerms = Pick<PackedIndex, 'terms' | 'ids'>;
type SnapshotArrays = Omit<PackedIndex, 'terms' | 'ids'>;
/** A snapshot as read back: the head and its parts (undefined where one is missing). */
interface StoredSnapshot {
  head: SnapshotHead;
  terms: SnapshotTerms | undefined;
  arrays: SnapshotArrays | undefined;
  /** JSON arrays of list rows, in slot order. */
  rows: (string | undefined)[];
}

const partKey = (generation: string, part: string) => `${CLIENTS_SNAPSHOT_KEY}:${generation}:${part}`;
const partKeys = (head: Pick<SnapshotHead, 'generation' | 'rowParts'>): string[] => [
  partKey(head.generation, 'terms'),
  partKey(head.generation, 'arrays'),
  ...Array.from({ length: head.rowParts }, (_, i) => partKey(head.generation, `rows:${i}`)),
];

/** The stored snapshot, head and parts read in one transaction; undefined when there is none of this format. */
async function readSnapshot(db: KartkaDB): Promise<StoredSnapshot | undefined> {
  return db.transaction('r', db.meta, async () => {
    const head = (await db.meta.get(CLIENTS_SNAPSHOT_KEY))?.value as Partial<SnapshotHead> | undefined;
    if (head?.format !== 2 || typeof head.generation !== 'string' || typeof head.rowParts !== 'number')
      return undefined;
    const [terms, arrays, ...rows] = await db.meta.bulkGet(partKeys(head as SnapshotHead));
    return {
      head: head as SnapshotHead,
      terms: terms?.value as SnapshotTerms | undefined,
      arrays: arrays?.value as SnapshotArrays | undefined,
      rows: rows.map((r) => r?.value as string | undefined),
    };
  });
}

/** Rows re-read after a snapshot: writes committed within this many ms of it are read again, to be sure. */
const SNAPSHOT_MARGIN_MS = 2000;
/** A new snapshot is written once this many people changed since the last one (and after a full read). */
const SNAPSHOT_AFTER = 500;
/** Rows turned into JSON per task while a snapshot is written, so the page keeps painting and taking input. */
const SNAPSHOT_SLICE = 5000;
/** Lets the page paint and handle input between slices of a long job. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
/** How long the page must be quiet before a snapshot is written. */
const SNAPSHOT_IDLE_MS = 3000;
/**
 * IndexedDB reads a key range (getAll) several times faster per row than one `get` per key (what bulkGet does):
 * past this share of the table, changed people are read by scanning their key range instead.
 */
const SCAN_SHARE = 1 / 10;
/** Below this many ids single gets are always fine. */
const SCAN_MIN = 2000;
/** Past this share of the people written since the snapshot, reading everyone is cheaper than catching up. */
const CATCH_UP_SHARE = 1 / 4;

/** What changed since the last flush: primary keys per table, or "everything" after a range delete or clear. */
interface Pending {
  people: Set<string> | 'all';
  companies: Set<string> | 'all';
  /** Logged last-contact dates (the `lastContact` table), by client id. */
  contacts: Set<string> | 'all';
  tasks: boolean;
}

/** Whether a change names any key (or all of them). */
const named = (keys: Set<string> | 'all'): boolean => keys === 'all' || keys.size > 0;

const nothingPending = (): Pending => ({
  people: new Set(),
  companies: new Set(),
  contacts: new Set(),
  tasks: false,
});

/** The primary keys an interval tree names, or 'all' when it holds a real range. */
function keysOf(tree: IntervalTree | undefined, into: Set<string> | 'all'): Set<string> | 'all' {
  if (tree === undefined || into === 'all') return into;
  for (const node of RangeSet(tree) as unknown as Iterable<{ from: unknown; to: unknown }>) {
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    into.add(node.from);
  }
  return into;
}

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

export class LiveClients {
  private peopleIndex = new TokenIndex<ListRow>();
  readonly companies = new TokenIndex<ListRow>();
  /** People whose own city is set: a snapshot keeps it apart from their company's city. */
  private readonly cities = new Map<string, string>();
  /** Rows of people merged into another: in the table, not in the list. */
  private readonly hidden = new Set<string>();
  /** When the last load or flush started reading: everything committed before it is in memory. */
  private syncedAt = 0;
  /** People changed since the last snapshot was written or read; undefined when there is none to trust. */
  private sinceSnapshot: number | undefined;
  private snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  /** True while a snapshot is being written (a slice at a time). */
  private saving = false;
  private notifyTimer: ReturnType<typeof setTimeout> | undefined;
  private notifiedAt = 0;
  /** Bumped after every applied change; the list re-renders on it. */
  version = 0;
  /** Where the last load took the people from: the stored snapshot and what changed since, or every row. */
  loadedFrom: 'snapshot' | 'base' | undefined;
  private readonly facts = new Map<string, CompanyFacts>();
  private openTasks = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private pending: Pending = nothingPending();
  /** Every logged last-contact date (schema v5): a row's date is the later of its own and this one. */
  private contacts = new Map<string, number>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loaded: Promise<void> | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private isLoaded = false;
  private readonly prefix: string;
  private readonly onMutated = (parts: ObservabilitySet) => this.note(parts);

  constructor(private readonly db: KartkaDB) {
    this.prefix = `idb://${db.name}/`;
    Dexie.on.storagemutated.subscribe(this.onMutated);
  }

  /** Resolves once every client is in memory (the first call starts the load). */
  ready(): Promise<void> {
    this.loaded ??= this.load();
    return this.loaded;
  }

  get isReady(): boolean {
    return this.isLoaded;
  }

  /** Every person's list row and search tokens. */
  get people(): TokenIndex<ListRow> {
    return this.peopleIndex;
  }

  /** Ready, with every change already committed applied (a write's own page reads what it just wrote). */
  async current(): Promise<void> {
    // Loading inside a caller's read-write transaction would wait on that very transaction.
    if (Dexie.currentTransaction)
      throw new Error('Kartka: search the in-memory clients outside a database transaction.');
    if (!this.isLoaded) await this.ready();
    if (this.timer !== undefined) await this.flush();
  }

  /** Calls `fn` after every applied change; returns the unsubscribe. */
  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Stops following the database (tests, and a page that deletes its base). */
  close(): void {
    Dexie.on.storagemutated.unsubscribe(this.onMutated);
    if (this.timer !== undefined) clearTimeout(this.timer);
    if (this.snapshotTimer !== undefined) clearTimeout(this.snapshotTimer);
    if (this.notifyTimer !== undefined) clearTimeout(this.notifyTimer);
  }

  /** Every live list row of one kind. */
  rows(kind: 'people' | 'companies'): ListRow[] {
    return [...(kind === 'people' ? this.people : this.companies).docs()].map((d) => d.data);
  }

  /** Applies pending changes now instead of after the settle delay; flushes run one after another. */
  flush(): Promise<void> {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.flushing = this.flushing.then(() => this.apply());
    return this.flushing;
  }

  private async apply(): Promise<void> {
    if (!this.isLoaded) return;
    const { people, companies, contacts, tasks } = this.pending;
    this.pending = nothingPending();
    const contactsChanged = named(contacts);
    const onlyContacts = !named(people) && !named(companies) && !tasks;
    if (onlyContacts && !contactsChanged) return;
    const lastSync = this.syncedAt;
    this.syncedAt = Date.now();
    if (contactsChanged) await this.applyContacts(contacts, lastSync);
    if (onlyContacts) {
      this.changed();
      return;
    }
    // Dexie names no keys for a write of 50 rows or more (an import chunk, a bulk edit): the rows written since
    // the last sync tell which, as they tell a page opening from its snapshot.
    let written: Map<string, StoredPerson> | undefined;
    let total = 0;
    if (people === 'all') {
      const since = this.db.people.where('touchedAt').aboveOrEqual(lastSync - SNAPSHOT_MARGIN_MS);
      if ((await since.count()) > Math.max(SCAN_MIN, this.peopleIndex.size * CATCH_UP_SHARE)) {
        await this.load(false);
        return;
      }
      const [rows, count] = await Promise.all([since.toArray(), this.db.people.count()]);
      written = new Map(rows.map((p) => [p.id as string, p]));
      total = count;
    }
    // Dexie names no keys for a write of 50 companies or more (an import chunk): every company is read again
    // (a few thousand rows), and only the people of the companies that changed.
    const changedCompanies =
      companies === 'all' ? await this.reloadCompanies() : await this.applyCompanies([...companies]);
    if (tasks) await this.readOpenTasks();
    if (written) await this.reconcile(written, total, changedCompanies, tasks);
    else if (people !== 'all') await this.applyPeople([...people], changedCompanies, tasks);
    this.changed();
    this.compactSoon();
  }

  /**
   * Folds many changed people into the index a slice at a time, rather than in the search that finds the delta
   * too long (a whole rebuild in one task: about a second at 100,000 people).
   */
  private compactSoon(): void {
    if (this.peopleIndex.needsCompaction)
      this.peopleIndex.compactInSlices(breathe).catch((e: unknown) => console.warn('Kartka: index', e));
  }

  private note(parts: ObservabilitySet): void {
    const [people, companies, contacts, tasks] = ['people/', 'companies/', 'lastContact/', 'tasks/'].map(
      (table) => parts[`${this.prefix}${table}`],
    );
    // Writes to other tables (the snapshot's own parts in `meta`, interactions, deals) change no list row.
    if (!people && !companies && !contacts && !tasks) return;
    const p = this.pending;
    p.people = keysOf(people, p.people);
    p.companies = keysOf(companies, p.companies);
    p.contacts = keysOf(contacts, p.contacts);
    p.tasks ||= tasks !== undefined;
    if (this.timer === undefined && this.isLoaded)
      this.timer = setTimeout(() => void this.flush(), SETTLE_MS);
  }

  /**
   * Tells the listeners, at most once per NOTIFY_MS while changes stream in (an import or a sync commits every
   * few ms, and re-sorting a 100,000-row list on each would stall the page); the first change is told at once.
   */
  private changed(): void {
    this.version++;
    if (this.notifyTimer !== undefined) return;
    const now = Date.now();
    const wait = this.notifiedAt + NOTIFY_MS - now;
    const tell = () => {
      this.notifyTimer = undefined;
      this.notifiedAt = Date.now();
      for (const fn of this.listeners) fn();
    };
    if (wait <= 0) tell();
    else this.notifyTimer = setTimeout(tell, wait);
  }

  private async load(first = true): Promise<void> {
    // Changes during the load are re-read afterwards: the chunks may have been read before them.
    this.pending = nothingPending();
    this.syncedAt = Date.now();
    // Independent reads: IndexedDB serves them while this thread unpacks what came first.
    const [stored, snapshot, contacts] = await Promise.all([
      this.db.companies.toArray(),
      first ? readSnapshot(this.db).catch(() => undefined) : undefined,
      this.db.lastContact.toArray(),
      this.readOpenTasks(),
    ]);
    this.contacts = new Map(contacts.map((r) => [r.id, r.at]));
    const companies = stored.filter((c) => c.mergedInto === undefined);
    this.facts.clear();
    for (const c of companies) this.facts.set(c.id, c);
    this.companies.replace(companies.map((c) => this.companyDoc(c)));
    const fromSnapshot = first && (await this.loadSnapshot(snapshot));
    if (!fromSnapshot) await this.readAllPeople();
    this.loadedFrom = fromSnapshot ? 'snapshot' : 'base';
    this.isLoaded = true;
    this.changed();
    this.compactSoon();
    if (!fromSnapshot) this.snapshotSoon();
    const p = this.pending;
    const more = named(p.people) || named(p.companies) || named(p.contacts);
    if (first && (more || p.tasks)) await this.flush();
    else if (more || p.tasks) this.timer ??= setTimeout(() => void this.flush(), SETTLE_MS);
  }

  /** Reads every person, in chunks. */
  private async readAllPeople(): Promise<void> {
    this.cities.clear();
    this.hidden.clear();
    const docs: IndexDoc<ListRow>[] = [];
    const read = (after?: string) =>
      (after === undefined ? this.db.people.toCollection() : this.db.people.where(':id').above(after))
        .limit(LOAD_CHUNK)
        .toArray();
    // The next chunk is asked for before this one is processed, so reading and processing overlap.
    let next = read();
    for (;;) {
      const chunk = await next;
      const end = chunk.length === LOAD_CHUNK ? chunk[chunk.length - 1] : undefined;
      if (end) next = read(end.id);
      for (const p of chunk) {
        if (p.mergedInto === undefined) docs.push(this.personDoc(p));
        else this.hidden.add(p.id);
      }
      if (!end) break;
    }
    await this.peopleIndex.replaceInSlices(docs, breathe);
  }

  /**
   * Opens the people from the stored snapshot, then catches up: people gone since are dropped, people written
   * since (`touchedAt`) or missing from it are read again. False when there is no usable snapshot.
   */
  private async loadSnapshot(snap: StoredSnapshot | undefined): Promise<boolean> {
    const { terms, arrays } = snap ?? {};
    if (!snap || !terms || !arrays || snap.rows.some((r) => r === undefined)) return false;
    const head = snap.head;
    // After a mass change (an import, a bulk edit of everyone) the snapshot is worth less than a plain read.
    const since = this.db.people.where('touchedAt').aboveOrEqual(head.at);
    if ((await since.count()) > Math.max(SCAN_MIN, head.count * CATCH_UP_SHARE)) return false;
    // Asked for now, read while the rows are parsed below.
    const writtenRows = since.toArray();
    const total = this.db.people.count();
    writtenRows.catch(() => undefined);
    total.catch(() => undefined);
    try {
      const cities = new Map(JSON.parse(head.cities) as [string, string][]);
      const rows = snap.rows
        .flatMap((part) => JSON.parse(part as string) as ListRow[])
        .map((r) => {
          const facts = r.companyId === undefined ? undefined : this.facts.get(r.companyId);
          const openTasks = this.openTasks.get(r.id) ?? 0;
          // Most rows are as stored: only a changed company or task count needs a new row.
          const same =
            r.openTasks === openTasks &&
            r.city === (cities.get(r.id) ?? facts?.city) &&
            (r.companyId === undefined ||
              (facts !== undefined &&
                r.companyName === facts.name &&
                r.region === facts.region &&
                r.industry === facts.industry));
          return same ? r : joinCompany(r, cities.get(r.id), facts, openTasks);
        });
      this.peopleIndex = TokenIndex.unpack({ ...terms, ...arrays }, rows);
      // Dates logged since the snapshot (a row's stored date is never later than the effective one).
      for (const [id, at] of this.contacts) this.patchContact(this.peopleIndex, id, at);
      this.cities.clear();
      for (const [id, city] of cities) this.cities.set(id, city);
    } catch {
      return false;
    }
    const hidden = head.hidden === '' ? [] : head.hidden.split('\u0000');
    for (const id of hidden) this.hidden.add(id);
    // The written rows themselves, off the index in one request: no second read per id.
    const written = new Map((await writtenRows).map((p) => [p.id as string, p]));
    this.sinceSnapshot = await this.reconcile(written, await total, new Set(), false);
    if (this.sinceSnapshot >= SNAPSHOT_AFTER) this.snapshotSoon();
    return true;
  }

  /**
   * Applies the people `written` since a point in time, and finds the ones deleted since when the table's row
   * count (`total`) says there are any; returns how many people it re-read.
   */
  private async reconcile(
    written: ReadonlyMap<string, StoredPerson>,
    total: number,
    companies: Set<string>,
    tasks: boolean,
  ): Promise<number> {
    const known = (id: string) => this.peopleIndex.get(id) !== undefined || this.hidden.has(id);
    // Every row known still there, plus the new ones, is the whole table: then nothing was deleted.
    const expected =
      this.peopleIndex.size + this.hidden.size + [...written.keys()].filter((id) => !known(id)).length;
    let missing: string[] = [];
    if (total !== expected) {
      const keys = new Set((await this.db.people.toCollection().primaryKeys()) as string[]);
      for (const doc of [...this.peopleIndex.docs()]) if (!keys.has(doc.id)) this.peopleIndex.remove(doc.id);
      for (const id of [...this.hidden]) if (!keys.has(id)) this.hidden.delete(id);
      missing = [...keys].filter((k) => !known(k) && !written.has(k));
    }
    await this.applyPeople([...written.keys(), ...missing], companies, tasks, written);
    return written.size + missing.length;
  }

  /** Writes a snapshot once the page has been quiet for a while. */
  private snapshotSoon(): void {
    if (this.snapshotTimer !== undefined) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = setTimeout(() => void this.saveSnapshot(), SNAPSHOT_IDLE_MS);
  }

  /** Stores the snapshot now (normally done by itself once the page is quiet). */
  async saveSnapshot(): Promise<void> {
    if (this.snapshotTimer !== undefined) clearTimeout(this.snapshotTimer);
    this.snapshotTimer = undefined;
    if (this.timer !== undefined || !this.isLoaded || this.saving) {
      this.snapshotSoon();
      return;
    }
    this.saving = true;
    try {
      // Everything is taken at once (later changes replace row objects, never edit them), then written out a part
      // per task: the index's strings, its arrays, and 5,000 rows at a time.
      const at = this.syncedAt - SNAPSHOT_MARGIN_MS;
      const counted = this.sinceSnapshot ?? 0;
      // Changes since the last build are folded in a slice at a time, so that packing is only a copy.
      while (!this.peopleIndex.isCompact) await this.peopleIndex.compactInSlices(breathe);
      const { packed, data } = this.peopleIndex.pack();
      const { terms, ids, ...arrays } = packed;
      const generation = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
      const head: SnapshotHead = {
        format: 2,
        generation,
        at,
        count: data.length,
        rowParts: Math.ceil(data.length / SNAPSHOT_SLICE),
        cities: JSON.stringify([...this.cities]),
        hidden: [...this.hidden].join('\u0000'),
      };
      const parts: [string, () => unknown][] = [
        [partKey(generation, 'terms'), () => ({ terms, ids }) satisfies SnapshotTerms],
        [partKey(generation, 'arrays'), () => arrays satisfies SnapshotArrays],
      ];
      for (let i = 0; i < head.rowParts; i++)
        parts.push([
          partKey(generation, `rows:${i}`),
          () => JSON.stringify(data.slice(i * SNAPSHOT_SLICE, (i + 1) * SNAPSHOT_SLICE)),
        ]);
      for (const [key, value] of parts) {
        await breathe();
        await this.db.meta.put({ key, value: value() });
      }
      await breathe();
      // The head goes in with the removal of every other generation (an earlier one, or one a crash left
      // half-written), and only when all of this one's parts are there: another page may have saved meanwhile.
      await this.db.transaction('rw', this.db.meta, async () => {
        const keys = (await this.db.meta
          .where('key')
          .startsWith(`${CLIENTS_SNAPSHOT_KEY}:`)
          .primaryKeys()) as string[];
        const mine = new Set(partKeys(head));
        const complete = keys.filter((k) => mine.has(k)).length === mine.size;
        // Incomplete: the other page's head stands, and what is left of this generation goes.
        await this.db.meta.bulkDelete(keys.filter((k) => mine.has(k) !== complete));
        if (complete) await this.db.meta.put({ key: CLIENTS_SNAPSHOT_KEY, value: head });
      });
      // Changes applied while it was being written count towards the next one.
      this.sinceSnapshot = Math.max(0, (this.sinceSnapshot ?? counted) - counted);
    } catch (e) {
      // Only a speed-up: without it the next page reads every person.
      console.warn('Kartka: could not store the client list snapshot', e);
    } finally {
      this.saving = false;
    }
  }

  private personDoc(stored: StoredPerson): IndexDoc<ListRow> {
    const p = joinContact(stored, this.contacts.get(stored.id));
    if (p.city !== undefined) this.cities.set(p.id, p.city);
    else this.cities.delete(p.id);
    const row = personListRow(p, (id) => this.facts.get(id), this.openTasks.get(p.id) ?? 0);
    return { id: p.id, tokens: p.searchTokens, rank: p.lastContactAt ?? 0, data: row };
  }

  private companyDoc(stored: StoredCompany): IndexDoc<ListRow> {
    const c = joinContact(stored, this.contacts.get(stored.id));
    const row = companyListRow(c, this.openTasks.get(c.id) ?? 0);
    return { id: c.id, tokens: c.searchTokens, rank: c.lastContactAt ?? 0, data: row };
  }

  /** Moves a row's last contact (and its search rank) forward to a logged date; false when it is not later. */
  private patchContact(index: TokenIndex<ListRow>, id: string, at: number): boolean {
    const doc = index.get(id);
    if (!doc) return false;
    if ((doc.data.lastContactAt ?? -Infinity) >= at) return false;
    index.update(id, at, { ...doc.data, lastContactAt: at });
    return true;
  }

  /**
   * Reads logged last-contact dates that changed: by key when Dexie named them, else every row written since
   * the last sync (a logging chunk writes hundreds at once).
   */
  private async applyContacts(ids: Set<string> | 'all', lastSync: number): Promise<void> {
    const rows =
      ids === 'all'
        ? await this.db.lastContact
            .where('touchedAt')
            .aboveOrEqual(lastSync - SNAPSHOT_MARGIN_MS)
            .toArray()
        : (await this.db.lastContact.bulkGet([...ids])).filter((r) => r !== undefined);
    for (const r of rows) {
      this.contacts.set(r.id, r.at);
      if (!this.patchContact(this.peopleIndex, r.id, r.at)) this.patchContact(this.companies, r.id, r.at);
    }
  }

  private async readOpenTasks(): Promise<void> {
    const open = new Map<string, number>();
    for (const task of await this.db.tasks.where('openDue').aboveOrEqual(-Infinity).toArray()) {
      for (const id of [task.personId, task.companyId]) if (id) open.set(id, (open.get(id) ?? 0) + 1);
    }
    this.openTasks = open;
  }

  /** Re-reads every company; returns the ids that are new, gone, or whose facts on people's rows changed. */
  private async reloadCompanies(): Promise<Set<string>> {
    const stored = await this.db.companies.toArray();
    const changed = new Set<string>();
    const live = new Set<string>();
    for (const c of stored) {
      if (c.mergedInto !== undefined) continue;
      live.add(c.id);
      const old = this.facts.get(c.id);
      if (
        !old ||
        old.name !== c.name ||
        old.city !== c.city ||
        old.region !== c.region ||
        old.industry !== c.industry
      )
        changed.add(c.id);
      this.facts.set(c.id, c);
      this.put(this.companies, this.companyDoc(c));
    }
    for (const id of [...this.facts.keys()]) {
      if (live.has(id)) continue;
      this.facts.delete(id);
      this.companies.remove(id);
      changed.add(id);
    }
    return changed;
  }

  /** Re-reads changed companies; returns the ids whose facts may show on people's rows. */
  private async applyCompanies(ids: string[]): Promise<Set<string>> {
    const changed = new Set<string>();
    for (let i = 0; i < ids.length; i += 1000) {
      const slice = ids.slice(i, i + 1000) as CompanyId[];
      const rows = await this.db.companies.bulkGet(slice);
      slice.forEach((id, k) => {
        const c = rows[k];
        changed.add(id);
        if (!c || c.mergedInto !== undefined) {
          this.facts.delete(id);
          this.companies.remove(id);
          return;
        }
        this.facts.set(id, c);
        this.put(this.companies, this.companyDoc(c));
      });
    }
    return changed;
  }

  /**
   * Re-reads changed people and the people of changed companies (rows already read can be passed in `read`);
   * refreshes open-task counts in place.
   */
  private async applyPeople(
    ids: string[],
    companies: Set<string>,
    tasks: boolean,
    read: ReadonlyMap<string, StoredPerson> = new Map(),
  ): Promise<void> {
    const reread = new Set(ids);
    if (companies.size > 0)
      for (const doc of this.people.docs())
        if (doc.data.companyId !== undefined && companies.has(doc.data.companyId)) reread.add(doc.id);
    const all = [...reread];
    const rows = await this.readPeople(all.filter((id) => !read.has(id)));
    for (const id of all) {
      const p = read.get(id) ?? rows.get(id);
      if (!p || p.mergedInto !== undefined) {
        this.peopleIndex.remove(id);
        this.cities.delete(id);
        if (p) this.hidden.add(id);
        else this.hidden.delete(id);
      } else {
        this.hidden.delete(id);
        this.put(this.peopleIndex, this.personDoc(p));
      }
    }
    if (this.sinceSnapshot !== undefined && all.length > 0) {
      this.sinceSnapshot += all.length;
      if (this.sinceSnapshot >= SNAPSHOT_AFTER) this.snapshotSoon();
    }
    if (!tasks) return;
    for (const index of [this.people, this.companies])
      for (const doc of [...index.docs()]) {
        const count = this.openTasks.get(doc.id) ?? 0;
        if (doc.data.openTasks !== count) index.update(doc.id, doc.rank, { ...doc.data, openTasks: count });
      }
  }

  /**
   * The stored rows of these people (absent ones are missing from the map): single gets when they are few, else
   * one pass over their key range in chunks.
   */
  private async readPeople(ids: readonly string[]): Promise<Map<string, StoredPerson>> {
    const out = new Map<string, StoredPerson>();
    if (ids.length <= Math.max(SCAN_MIN, (this.peopleIndex.size + this.hidden.size) * SCAN_SHARE)) {
      for (let i = 0; i < ids.length; i += 1000) {
        const slice = ids.slice(i, i + 1000) as PersonId[];
        const rows = await this.db.people.bulkGet(slice);
        rows.forEach((p, k) => p && out.set(slice[k] as string, p));
      }
      return out;
    }
    const wanted = new Set(ids);
    // IndexedDB orders string keys by code unit, as the default sort does.
    const sorted = [...wanted].sort();
    const last = sorted[sorted.length - 1] as string;
    let from = sorted[0] as string;
    let inclusive = true;
    for (;;) {
      const chunk = await this.db.people
        .where(':id')
        .between(from, last, inclusive, true)
        .limit(LOAD_CHUNK)
        .toArray();
      for (const p of chunk) if (wanted.has(p.id)) out.set(p.id, p);
      const end = chunk[chunk.length - 1];
      if (chunk.length < LOAD_CHUNK || !end) break;
      from = end.id;
      inclusive = false;
    }
    return out;
  }

  /** Replaces a document; when only its row or rank changed, in place (the sorted index stays as it is). */
  private put(index: TokenIndex<ListRow>, doc: IndexDoc<ListRow>): void {
    const old = index.get(doc.id);
    if (old && sameTokens(old.tokens, doc.tokens)) index.update(doc.id, doc.rank, doc.data);
    else index.upsert(doc);
  }
}

const live = new WeakMap<KartkaDB, LiveClients>();

/** The live clients of a database, one per page; created on first use. */
export function liveClients(db: KartkaDB): LiveClients {
  let l = live.get(db);
  if (!l) {
    l = new LiveClients(db);
    live.set(db, l);
  }
  return l;
}
