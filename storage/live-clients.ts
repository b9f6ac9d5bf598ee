// The base's clients in memory, per page: a compact list row and the search tokens of every person and company,
// read once in chunks and then kept current from Dexie's `storagemutated` events (local writes and, through its
// BroadcastChannel, the background's). The list, the quick search and the pickers all read from here, so a query
// is a few array lookups and a change re-reads only the rows it touched.
import Dexie, { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';
import type { CompanyId, PersonId } from '../core/ids';
import { TokenIndex, type IndexDoc } from '../core/search-index';
import type { ListRow } from '../core/segments';
import type { KartkaDB, StoredCompany, StoredPerson } from './db';

/** Rows read per request while loading: bounded memory, and the page stays responsive in between. */
const LOAD_CHUNK = 5000;
/** Changes arriving within this many ms are applied together (an import commits ~1,000 rows at a time). */
const SETTLE_MS = 40;

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
  const company = link ? companyOf(link.companyId) : undefined;
  return trim({
    kind: 'person',
    id: p.id,
    name: p.displayName,
    email: p.emails[0],
    phone: p.phones[0],
    companyId: company?.id,
    companyName: company?.name,
    position: p.position ?? link?.role,
    stage: p.stage?.stage,
    tags: p.tags,
    city: p.city ?? company?.city,
    region: company?.region,
    industry: company?.industry,
    manager: p.manager,
    lastContactAt: p.lastContactAt,
    birthday: p.birthday,
    openTasks,
    createdAt: p.createdAt,
  });
}

/** What changed since the last flush: primary keys per table, or "everything" after a range delete or clear. */
interface Pending {
  people: Set<string> | 'all';
  companies: Set<string> | 'all';
  tasks: boolean;
}

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
  readonly people = new TokenIndex<ListRow>();
  readonly companies = new TokenIndex<ListRow>();
  /** Bumped after every applied change; the list re-renders on it. */
  version = 0;
  private readonly facts = new Map<string, CompanyFacts>();
  private openTasks = new Map<string, number>();
  private readonly listeners = new Set<() => void>();
  private pending: Pending = { people: new Set(), companies: new Set(), tasks: false };
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
    const { people, companies, tasks } = this.pending;
    this.pending = { people: new Set(), companies: new Set(), tasks: false };
    if (people === 'all' || companies === 'all') {
      await this.load(false);
      return;
    }
    if (people.size === 0 && companies.size === 0 && !tasks) return;
    const changedCompanies = await this.applyCompanies([...companies]);
    if (tasks) await this.readOpenTasks();
    await this.applyPeople([...people], changedCompanies, tasks);
    this.changed();
  }

  private note(parts: ObservabilitySet): void {
    const p = this.pending;
    p.people = keysOf(parts[`${this.prefix}people/`], p.people);
    p.companies = keysOf(parts[`${this.prefix}companies/`], p.companies);
    p.tasks ||= parts[`${this.prefix}tasks/`] !== undefined;
    if (this.timer === undefined && this.isLoaded)
      this.timer = setTimeout(() => void this.flush(), SETTLE_MS);
  }

  private changed(): void {
    this.version++;
    for (const fn of this.listeners) fn();
  }

  private async load(first = true): Promise<void> {
    // Changes during the load are re-read afterwards: the chunks may have been read before them.
    this.pending = { people: new Set(), companies: new Set(), tasks: false };
    const companies = (await this.db.companies.toArray()).filter((c) => c.mergedInto === undefined);
    this.facts.clear();
    for (const c of companies) this.facts.set(c.id, c);
    await this.readOpenTasks();
    const companyDocs = companies.map((c) => this.companyDoc(c));
    const peopleDocs: IndexDoc<ListRow>[] = [];
    let last: string | undefined;
    for (;;) {
      const q = last === undefined ? this.db.people.toCollection() : this.db.people.where(':id').above(last);
      const chunk = await q.limit(LOAD_CHUNK).toArray();
      for (const p of chunk) if (p.mergedInto === undefined) peopleDocs.push(this.personDoc(p));
      if (chunk.length < LOAD_CHUNK) break;
      last = chunk[chunk.length - 1]?.id;
    }
    this.people.replace(peopleDocs);
    this.companies.replace(companyDocs);
    this.isLoaded = true;
    this.changed();
    const p = this.pending;
    const more = p.people === 'all' || p.people.size > 0 || p.companies === 'all' || p.companies.size > 0;
    if (first && (more || p.tasks)) await this.flush();
    else if (more || p.tasks) this.timer ??= setTimeout(() => void this.flush(), SETTLE_MS);
  }

  private personDoc(p: StoredPerson): IndexDoc<ListRow> {
    const row = personListRow(p, (id) => this.facts.get(id), this.openTasks.get(p.id) ?? 0);
    return { id: p.id, tokens: p.searchTokens, rank: p.lastContactAt ?? 0, data: row };
  }

  private companyDoc(c: StoredCompany): IndexDoc<ListRow> {
    const row = companyListRow(c, this.openTasks.get(c.id) ?? 0);
    return { id: c.id, tokens: c.searchTokens, rank: c.lastContactAt ?? 0, data: row };
  }

  private async readOpenTasks(): Promise<void> {
    const open = new Map<string, number>();
    for (const task of await this.db.tasks.where('openDue').aboveOrEqual(-Infinity).toArray()) {
      for (const id of [task.personId, task.companyId]) if (id) open.set(id, (open.get(id) ?? 0) + 1);
    }
    this.openTasks = open;
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

  /** Re-reads changed people and the people of changed companies; refreshes open-task counts in place. */
  private async applyPeople(ids: string[], companies: Set<string>, tasks: boolean): Promise<void> {
    const reread = new Set(ids);
    if (companies.size > 0)
      for (const doc of this.people.docs())
        if (doc.data.companyId !== undefined && companies.has(doc.data.companyId)) reread.add(doc.id);
    const all = [...reread] as PersonId[];
    for (let i = 0; i < all.length; i += 1000) {
      const slice = all.slice(i, i + 1000);
      const rows = await this.db.people.bulkGet(slice);
      slice.forEach((id, k) => {
        const p = rows[k];
        if (!p || p.mergedInto !== undefined) this.people.remove(id);
        else this.put(this.people, this.personDoc(p));
      });
    }
    if (!tasks) return;
    for (const index of [this.people, this.companies])
      for (const doc of [...index.docs()]) {
        const count = this.openTasks.get(doc.id) ?? 0;
        if (doc.data.openTasks !== count) index.update(doc.id, doc.rank, { ...doc.data, openTasks: count });
      }
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
