// The base's clients in memory, per page, kept current: the list, the quick search and the pickers all read from
// here, so a query is a few array lookups and a change re-reads only the rows it touched. This file is the
// follower: it opens the rows (from the stored snapshot, clients-snapshot.ts, or by reading every person), then
// follows Dexie's `storagemutated` events (local writes and, through its BroadcastChannel, the background's),
// applies them in batches (client-rows.ts), tells listeners at a bounded rate and saves a new snapshot when idle.
import Dexie, { type ObservabilitySet } from 'dexie';
import type { TokenIndex } from '../core/search-index';
import type { ListRow } from '../core/segments';
import { named, noChanges, noteChanges, rowsChanged, type ClientChanges } from './client-changes';
import { breathe, ClientRows } from './client-rows';
import { openSnapshot, readSnapshot, writeSnapshot } from './clients-snapshot';
import type { KartkaDB, StoredPerson } from './db';
import { writtenSince } from './people-reads';

/** Changes arriving within this many ms are applied together (an import commits ~1,000 rows at a time). */
const SETTLE_MS = 40;
/** Listeners hear of changes at most this often while they keep coming. */
const NOTIFY_MS = 1000;
/** Rows re-read after a sync: writes committed within this many ms of it are read again, to be sure. */
const SNAPSHOT_MARGIN_MS = 2000;
/** A new snapshot is written once this many people changed since the last one (and after a full read). */
const SNAPSHOT_AFTER = 500;
/** How long the page must be quiet before a snapshot is written. */
const SNAPSHOT_IDLE_MS = 3000;

export class LiveClients {
  private readonly state: ClientRows;
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
  private readonly listeners = new Set<() => void>();
  private pending: ClientChanges = noChanges();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private loaded: Promise<void> | undefined;
  private flushing: Promise<void> = Promise.resolve();
  private isLoaded = false;
  private readonly prefix: string;
  private readonly onMutated = (parts: ObservabilitySet) => this.note(parts);

  constructor(private readonly db: KartkaDB) {
    this.prefix = `idb://${db.name}/`;
    this.state = new ClientRows(db, (count) => this.countTowardsSnapshot(count));
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
    return this.state.people;
  }

  /** Every company's list row and search tokens. */
  get companies(): TokenIndex<ListRow> {
    return this.state.companies;
  }

  /** Ready, with every change already committed applied (a write's own page reads what it just wrote). */
  async current(): Promise<void> {
    // Loading inside a caller's read-write transaction would wait on that very transaction.
    if (Dexie.currentTransaction)
      throw new Error('Kartka: search the in-memory clients outside a database transaction.');
    if (!this.isLoaded) await this.ready();
    // A flush the settle timer already started counts too: returning before it ends reads stale rows (and a
    // test's base closed under it fails the flush).
    if (this.timer !== undefined) await this.flush();
    else await this.flushing.catch(() => undefined);
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
    // One failed flush (told where it started) must not stop every later one: the chain goes on past it.
    this.flushing = this.flushing.catch(() => undefined).then(() => this.apply());
    return this.flushing;
  }

  private async apply(): Promise<void> {
    if (!this.isLoaded) return;
    const { people, companies, contacts, tasks } = this.pending;
    this.pending = noChanges();
    const contactsChanged = named(contacts);
    const onlyContacts = !named(people) && !named(companies) && !tasks;
    if (onlyContacts && !contactsChanged) return;
    const lastSync = this.syncedAt;
    this.syncedAt = Date.now();
    if (contactsChanged) await this.state.applyContacts(contacts, lastSync - SNAPSHOT_MARGIN_MS);
    if (onlyContacts) {
      this.changed();
      return;
    }
    // Dexie names no keys for a write of 50 rows or more (an import chunk, a bulk edit): the rows written since
    // the last sync tell which, as they tell a page opening from its snapshot.
    let written: Map<string, StoredPerson> | undefined;
    let total = 0;
    if (people === 'all') {
      const since = await writtenSince(this.db, lastSync - SNAPSHOT_MARGIN_MS, this.people.size);
      if (!since) {
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
      companies === 'all'
        ? await this.state.reloadCompanies()
        : await this.state.applyCompanies([...companies]);
    if (tasks) await this.state.readOpenTasks();
    if (written) await this.state.reconcile(written, total, changedCompanies, tasks);
    else if (people !== 'all') await this.state.applyPeople([...people], changedCompanies, tasks);
    this.changed();
    this.compactSoon();
  }

  /**
   * Folds many changed people into the index a slice at a time, rather than in the search that finds the delta
   * too long (a whole rebuild in one task: about a second at 100,000 people).
   */
  private compactSoon(): void {
    if (this.people.needsCompaction)
      this.people.compactInSlices(breathe).catch((e: unknown) => console.warn('Kartka: index', e));
  }

  private note(parts: ObservabilitySet): void {
    if (!noteChanges(parts, this.prefix, this.pending)) return;
    if (this.timer === undefined && this.isLoaded)
      this.timer = setTimeout(() => {
        this.flush().catch((e: unknown) => console.warn('Kartka: could not update the client list', e));
      }, SETTLE_MS);
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
    this.pending = noChanges();
    this.syncedAt = Date.now();
    // Independent reads: IndexedDB serves them while this thread unpacks what came first.
    const [, snapshot] = await Promise.all([
      this.state.readCompanies(),
      first ? readSnapshot(this.db).catch(() => undefined) : undefined,
    ]);
    const reread = first ? await openSnapshot(this.db, snapshot, this.state) : undefined;
    if (reread === undefined) await this.state.readAllPeople();
    else {
      this.sinceSnapshot = reread;
      if (reread >= SNAPSHOT_AFTER) this.snapshotSoon();
    }
    this.loadedFrom = reread === undefined ? 'base' : 'snapshot';
    this.isLoaded = true;
    this.changed();
    this.compactSoon();
    if (reread === undefined) this.snapshotSoon();
    const more = rowsChanged(this.pending) || this.pending.tasks;
    if (first && more) await this.flush();
    else if (more) this.timer ??= setTimeout(() => void this.flush(), SETTLE_MS);
  }

  /** Counts people read again towards the next snapshot, once there is one to count from. */
  private countTowardsSnapshot(count: number): void {
    if (this.sinceSnapshot === undefined) return;
    this.sinceSnapshot += count;
    if (this.sinceSnapshot >= SNAPSHOT_AFTER) this.snapshotSoon();
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
      const counted = this.sinceSnapshot ?? 0;
      await writeSnapshot(this.db, this.state, this.syncedAt - SNAPSHOT_MARGIN_MS);
      // Changes applied while it was being written count towards the next one.
      this.sinceSnapshot = Math.max(0, (this.sinceSnapshot ?? counted) - counted);
    } catch (e) {
      // Only a speed-up: without it the next page reads every person.
      console.warn('Kartka: could not store the client list snapshot', e);
    } finally {
      this.saving = false;
    }
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
