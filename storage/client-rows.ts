// The base's clients in memory: every person's and company's list row (core/list-row.ts) in a search index
// (core/search-index.ts), with what the rows are joined from (company facts, open tasks, logged dates), and how a
// change is read into them. What to read and when is live-clients.ts's business; this file only reads and applies.
import type { CompanyId } from '../core/ids';
import {
  companyListRow,
  factsDiffer,
  personListRow,
  refreshPersonRow,
  type CompanyFacts,
} from '../core/list-row';
import { TokenIndex, type IndexDoc } from '../core/search-index';
import type { ListRow } from '../core/segments';
import type { KartkaDB, StoredCompany, StoredPerson } from './db';
import { joinContact } from './last-contact';
import { readPeople, readPeopleInChunks } from './people-reads';

/** Lets the page paint and handle input between slices of a long job. */
export const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function sameTokens(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((t, i) => t === b[i]);
}

export class ClientRows {
  /** Every person's list row and search tokens (replaced whole when opened from a snapshot). */
  people = new TokenIndex<ListRow>();
  readonly companies = new TokenIndex<ListRow>();
  /** People whose own city is set: a snapshot keeps it apart from their company's city. */
  readonly cities = new Map<string, string>();
  /** Rows of people merged into another: in the table, not in the list. */
  readonly hidden = new Set<string>();
  private readonly facts = new Map<string, CompanyFacts>();
  private openTasks = new Map<string, number>();
  /** Every logged last-contact date (schema v5): a row's date is the later of its own and this one. */
  private contacts = new Map<string, number>();

  /** `reread` hears how many people each change read again (the follower counts them towards a snapshot). */
  constructor(
    private readonly db: KartkaDB,
    private readonly reread: (count: number) => void,
  ) {}

  /** Reads what every row is joined with, and the companies' own rows: companies, logged dates, open tasks. */
  async readCompanies(): Promise<void> {
    const [stored, contacts] = await Promise.all([
      this.db.companies.toArray(),
      this.db.lastContact.toArray(),
      this.readOpenTasks(),
    ]);
    this.contacts = new Map(contacts.map((r) => [r.id, r.at]));
    const companies = stored.filter((c) => c.mergedInto === undefined);
    this.facts.clear();
    for (const c of companies) this.facts.set(c.id, c);
    this.companies.replace(companies.map((c) => this.companyDoc(c)));
  }

  /** Reads every person, in chunks, and builds their index a slice at a time. */
  async readAllPeople(): Promise<void> {
    this.cities.clear();
    this.hidden.clear();
    const docs: IndexDoc<ListRow>[] = [];
    for await (const chunk of readPeopleInChunks(this.db))
      for (const p of chunk) {
        if (p.mergedInto === undefined) docs.push(this.personDoc(p));
        else this.hidden.add(p.id);
      }
    await this.people.replaceInSlices(docs, breathe);
  }

  /** A stored person's row with their company's facts and open tasks as they are now (see refreshPersonRow). */
  refreshRow(row: ListRow, ownCity: string | undefined): ListRow {
    const facts = row.companyId === undefined ? undefined : this.facts.get(row.companyId);
    return refreshPersonRow(row, ownCity, facts, this.openTasks.get(row.id) ?? 0);
  }

  /** Takes the people from a snapshot: their index, own cities and merged-away ids. */
  openPeople(
    index: TokenIndex<ListRow>,
    cities: ReadonlyMap<string, string>,
    hidden: readonly string[],
  ): void {
    this.people = index;
    // Dates logged since the snapshot (a row's stored date is never later than the effective one).
    for (const [id, at] of this.contacts) this.patchContact(this.people, id, at);
    this.cities.clear();
    for (const [id, city] of cities) this.cities.set(id, city);
    for (const id of hidden) this.hidden.add(id);
  }

  /**
   * Applies the people `written` since a point in time, and finds the ones deleted since when the table's row
   * count (`total`) says there are any; returns how many people it re-read.
   */
  async reconcile(
    written: ReadonlyMap<string, StoredPerson>,
    total: number,
    companies: Set<string>,
    tasks: boolean,
  ): Promise<number> {
    const known = (id: string) => this.people.get(id) !== undefined || this.hidden.has(id);
    // Every row known still there, plus the new ones, is the whole table: then nothing was deleted.
    const expected =
      this.people.size + this.hidden.size + [...written.keys()].filter((id) => !known(id)).length;
    let missing: string[] = [];
    if (total !== expected) {
      const keys = new Set((await this.db.people.toCollection().primaryKeys()) as string[]);
      for (const doc of [...this.people.docs()]) if (!keys.has(doc.id)) this.people.remove(doc.id);
      for (const id of [...this.hidden]) if (!keys.has(id)) this.hidden.delete(id);
      missing = [...keys].filter((k) => !known(k) && !written.has(k));
    }
    await this.applyPeople([...written.keys(), ...missing], companies, tasks, written);
    return written.size + missing.length;
  }

  /**
   * Reads logged last-contact dates that changed: by key when Dexie named them, else every row written since
   * `since` (a logging chunk writes hundreds at once).
   */
  async applyContacts(ids: Set<string> | 'all', since: number): Promise<void> {
    const rows =
      ids === 'all'
        ? await this.db.lastContact.where('touchedAt').aboveOrEqual(since).toArray()
        : (await this.db.lastContact.bulkGet([...ids])).filter((r) => r !== undefined);
    for (const r of rows) {
      this.contacts.set(r.id, r.at);
      if (!this.patchContact(this.people, r.id, r.at)) this.patchContact(this.companies, r.id, r.at);
    }
  }

  async readOpenTasks(): Promise<void> {
    const open = new Map<string, number>();
    for (const task of await this.db.tasks.where('openDue').aboveOrEqual(-Infinity).toArray()) {
      for (const id of [task.personId, task.companyId]) if (id) open.set(id, (open.get(id) ?? 0) + 1);
    }
    this.openTasks = open;
  }

  /** Re-reads every company; returns the ids that are new, gone, or whose facts on people's rows changed. */
  async reloadCompanies(): Promise<Set<string>> {
    const stored = await this.db.companies.toArray();
    const changed = new Set<string>();
    const live = new Set<string>();
    for (const c of stored) {
      if (c.mergedInto !== undefined) continue;
      live.add(c.id);
      const old = this.facts.get(c.id);
      if (!old || factsDiffer(old, c)) changed.add(c.id);
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
  async applyCompanies(ids: string[]): Promise<Set<string>> {
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
  async applyPeople(
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
    const known = this.people.size + this.hidden.size;
    const rows = await readPeople(
      this.db,
      all.filter((id) => !read.has(id)),
      known,
    );
    for (const id of all) {
      const p = read.get(id) ?? rows.get(id);
      if (!p || p.mergedInto !== undefined) {
        this.people.remove(id);
        this.cities.delete(id);
        if (p) this.hidden.add(id);
        else this.hidden.delete(id);
      } else {
        this.hidden.delete(id);
        this.put(this.people, this.personDoc(p));
      }
    }
    if (all.length > 0) this.reread(all.length);
    if (!tasks) return;
    for (const index of [this.people, this.companies])
      for (const doc of [...index.docs()]) {
        const count = this.openTasks.get(doc.id) ?? 0;
        if (doc.data.openTasks !== count) index.update(doc.id, doc.rank, { ...doc.data, openTasks: count });
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

  /** Replaces a document; when only its row or rank changed, in place (the sorted index stays as it is). */
  private put(index: TokenIndex<ListRow>, doc: IndexDoc<ListRow>): void {
    const old = index.get(doc.id);
    if (old && sameTokens(old.tokens, doc.tokens)) index.update(doc.id, doc.rank, doc.data);
    else index.upsert(doc);
  }
}
