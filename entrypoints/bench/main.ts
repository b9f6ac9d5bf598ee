// Benchmark-only page (left out of normal builds): runs Kartka's real storage code in the
// extension's own origin and exposes timed operations to the benchmark runner.
import MiniSearch from 'minisearch';
import PostalMime from 'postal-mime';
import { contactsFromCsv } from '../../core/import';
import { MboxSplitter } from '../../core/parse/mbox';
import { importContacts } from '../../storage/import-contacts';
import { importMbox } from '../../storage/import-mail';
import { contactsCsv, mboxMessage } from '../../tests/bench/import-fixtures';
import { defaultSettings } from '../../core/settings';
import { chunks } from '../../storage/batch';
import { CLIENTS_SNAPSHOT_KEY, db, openKartkaDB, type KartkaDB } from '../../storage/db';
import { logMessages } from '../../storage/interactions';
import { personRow } from '../../storage/rows';
import { liveClients } from '../../storage/live-clients';
import { searchPeople } from '../../storage/search';
import { benchInteractions, benchMessages, benchPerson } from '../../tests/bench/data';
import { teamBench } from './team';

const OWN = 'me@kartka-bench.com.ua';

/**
 * Writes `count` rows in chunks, one transaction each, two in flight: IndexedDB commits them one after
 * another, but the next chunk is generated and serialized while the previous one is being written.
 */
async function writeChunks(
  count: number,
  size: number,
  write: (start: number, n: number) => Promise<unknown>,
) {
  const pending: Promise<unknown>[] = [];
  for (let start = 0; start < count; start += size) {
    pending.push(write(start, Math.min(size, count - start)));
    if (pending.length >= 2) await pending.shift();
  }
  await Promise.all(pending);
}

async function seedPeople(target: KartkaDB, count: number, now: number): Promise<void> {
  await writeChunks(count, 5000, async (start, n) => {
    const people = Array.from({ length: n }, (_, i) => personRow(benchPerson(start + i, now), []));
    // Two in three have their history logged (schema v5 keeps that date apart): the list and the card read
    // both. The same date as the row's, so what logging writes is as it would be without them.
    const logged = people.flatMap((p, i) =>
      (start + i) % 3 !== 0 && p.lastContactAt !== undefined ? [{ id: p.id, at: p.lastContactAt }] : [],
    );
    await Promise.all([target.people.bulkPut(people), target.lastContact.bulkPut(logged)]);
  });
}

async function seedInteractions(target: KartkaDB, count: number, people: number, now: number): Promise<void> {
  await writeChunks(count, 20_000, (start, n) =>
    target.interactions.bulkPut(benchInteractions(n, people, now, start)),
  );
}

/**
 * The machine's ceiling for storing these rows at all: plain IndexedDB, no Dexie, one store with no index,
 * chunks of 1,000 with two transactions in flight. No import that keeps one record per client can beat it.
 */
async function rawIndexedDbMs(rows: readonly unknown[]): Promise<number> {
  const name = `bench-ceiling-${Date.now()}`;
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(name, 1);
    open.onupgradeneeded = () => open.result.createObjectStore('rows', { keyPath: 'id' });
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('could not open the ceiling database'));
  });
  const t0 = performance.now();
  await writeChunks(
    rows.length,
    1000,
    (start, n) =>
      new Promise<void>((resolve, reject) => {
        const tx = idb.transaction('rows', 'readwrite');
        const store = tx.objectStore('rows');
        for (let i = start; i < start + n; i++) store.add(rows[i]);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('ceiling write failed'));
      }),
  );
  const ms = performance.now() - t0;
  idb.close();
  indexedDB.deleteDatabase(name);
  return ms;
}

/** The page's JS heap in use (exact: the benchmark's Chromium runs with precise memory info). */
const heap = () =>
  (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0;

/**
 * Generated messages as an mbox in ~1 MB byte chunks, as `File.stream()` gives a file: `message(i)` is the i-th
 * message, or null after the last; `counted` hears each chunk's size.
 */
function* mboxChunks(
  message: (i: number) => string | null,
  counted: (bytes: number) => void,
): Generator<Uint8Array> {
  const encoder = new TextEncoder();
  let buffer = '';
  for (let i = 0; ; i++) {
    const next = message(i);
    if (next === null) break;
    buffer += `${next}\n`;
    if (buffer.length > 1 << 20) {
      const chunk = encoder.encode(buffer);
      counted(chunk.length);
      buffer = '';
      yield chunk;
    }
  }
  if (buffer) {
    const chunk = encoder.encode(buffer);
    counted(chunk.length);
    yield chunk;
  }
}

/** A full collection when the benchmark's Chromium exposes `gc()`: memory figures start from live data only. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * Samples the JS heap every 25 ms from a collected start until `stop()`: the start, the peak, and the lowest
 * reading of each ~10 s (about what is live; the rest is garbage not yet collected).
 */
function sampleHeap(): { stop: () => { baseBytes: number; peakBytes: number; floors: number[] } } {
  collectGarbage();
  const baseBytes = heap();
  let peakBytes = baseBytes;
  const floors: number[] = [];
  let floor = Infinity;
  let ticks = 0;
  const sampler = setInterval(() => {
    const now = heap();
    peakBytes = Math.max(peakBytes, now);
    floor = Math.min(floor, now);
    if (++ticks % 400 === 0) {
      floors.push(floor);
      floor = Infinity;
    }
  }, 25);
  return {
    stop: () => {
      clearInterval(sampler);
      return { baseBytes, peakBytes, floors };
    },
  };
}

/** Mail import as the user's own mailbox (OWN) imports it. */
const mboxOptions = () => ({
  settings: { ...defaultSettings(), ownAddresses: [OWN] },
  now: Date.now(),
  account: OWN,
});

const api = {
  /** Fills the extension's own base (the one the sidebar reads) with `people` and `interactions`. */
  async seed(people: number, interactions: number): Promise<number> {
    const t0 = performance.now();
    const now = Date.now();
    // The runner seeds the people alone first, then again with the history: the same people stay.
    const benchPeople = db.people.where(':id').startsWith('bench-p-');
    if ((await benchPeople.count()) !== people) {
      await benchPeople.delete();
      await seedPeople(db, people, now);
    }
    await db.interactions.where(':id').startsWith('bench-i-').delete();
    await seedInteractions(db, interactions, people, now);
    return performance.now() - t0;
  },

  /** Logs `count` messages with matching into a fresh base with `people` people, and bulkPuts the same records. */
  async log(count: number, people: number): Promise<{ logMs: number; bulkMs: number; added: number }> {
    const now = Date.now();
    const name = `bench-log-${now}`;
    const logDb = openKartkaDB(name);
    await seedPeople(logDb, people, now);
    const messages = benchMessages(count, people, now, OWN);
    const settings = { ...defaultSettings(), ownAddresses: [OWN] };
    const t0 = performance.now();
    const result = await logMessages(logDb, messages, settings, now, 'import');
    const logMs = performance.now() - t0;
    const records = await logDb.interactions.toArray();
    const bulkDb = openKartkaDB(`${name}-bulk`);
    await bulkDb.open();
    const t1 = performance.now();
    for (const chunk of chunks(records)) await bulkDb.interactions.bulkPut(chunk);
    const bulkMs = performance.now() - t1;
    await logDb.delete();
    await bulkDb.delete();
    return { logMs, bulkMs, added: result.added };
  },

  /**
   * Times each query with Kartka's search (the page's in-memory index over the stored people) and with a
   * MiniSearch index over the same people; also the time each takes to be ready (ours reads the base).
   */
  async search(
    people: number,
    queries: string[],
  ): Promise<{
    ours: number[];
    theirs: number[];
    hits: number;
    oursReadyMs: number;
    oursSnapshotReadyMs: number;
    theirsReadyMs: number;
  }> {
    const now = Date.now();
    const searchDb = openKartkaDB(`bench-search-${people}`);
    if ((await searchDb.people.count()) !== people) {
      await searchDb.people.clear();
      await seedPeople(searchDb, people, now);
    }
    await searchDb.meta.delete(CLIENTS_SNAPSHOT_KEY);
    const t0 = performance.now();
    await liveClients(searchDb).ready();
    const oursReadyMs = performance.now() - t0;
    // A page opened later: from the snapshot the first one stored.
    await liveClients(searchDb).saveSnapshot();
    liveClients(searchDb).close();
    const later = openKartkaDB(searchDb.name);
    const t4 = performance.now();
    await liveClients(later).ready();
    const oursSnapshotReadyMs = performance.now() - t4;
    if (liveClients(later).loadedFrom !== 'snapshot')
      throw new Error('the second page did not open from the snapshot');
    liveClients(later).close();
    later.close();
    const mini = new MiniSearch<{ id: string; name: string; email: string; phone: string; tags: string }>({
      fields: ['name', 'email', 'phone', 'tags'],
      searchOptions: { prefix: true, combineWith: 'AND' },
    });
    const docs = [];
    for (let i = 0; i < people; i++) {
      const p = benchPerson(i, now);
      docs.push({
        id: p.id,
        name: p.displayName,
        email: p.emails.join(' '),
        phone: p.phones.join(' '),
        tags: p.tags.join(' '),
      });
    }
    const t1 = performance.now();
    mini.addAll(docs);
    const theirsReadyMs = performance.now() - t1;
    const ours: number[] = [];
    const theirs: number[] = [];
    let hits = 0;
    for (const q of queries) await searchPeople(searchDb, q, 20); // warm-up
    for (const q of queries) mini.search(q).slice(0, 20);
    for (const q of queries) {
      const t2 = performance.now();
      hits += (await searchPeople(searchDb, q, 20)).length;
      ours.push(performance.now() - t2);
      const t3 = performance.now();
      mini.search(q).slice(0, 20);
      theirs.push(performance.now() - t3);
    }
    // Closed, so the page lets go of its 100,000-client index: the import sections measure memory after this.
    searchDb.close();
    return { ours, theirs, hits, oursReadyMs, oursSnapshotReadyMs, theirsReadyMs };
  },

  /** Imports a generated `rows`-row contacts CSV into a fresh base. */
  async importCsv(rows: number): Promise<{ ms: number; rawMs: number; ceilingMs: number; created: number }> {
    const target = openKartkaDB(`bench-csv-${Date.now()}`);
    const text = contactsCsv(rows);
    const t0 = performance.now();
    const file = contactsFromCsv(text, 'bench.csv');
    const reports = await importContacts(target, file.candidates, {
      mode: 'merge',
      settings: defaultSettings(),
      now: Date.now(),
    });
    const ms = performance.now() - t0;
    // The local limit: the very rows the import wrote (people and companies), bulkAdded into an empty base.
    const people = await target.people.toArray();
    const companies = await target.companies.toArray();
    await target.delete();
    const raw = openKartkaDB(`bench-csv-raw-${Date.now()}`);
    await raw.open();
    const t1 = performance.now();
    for (const chunk of chunks(companies)) await raw.companies.bulkAdd(chunk);
    for (const chunk of chunks(people)) await raw.people.bulkAdd(chunk);
    const rawMs = performance.now() - t1;
    await raw.delete();
    const ceilingMs = await rawIndexedDbMs([...companies, ...people]);
    return { ms, rawMs, ceilingMs, created: reports.filter((r) => r.action === 'created').length };
  },

  /** Imports a generated mbox of `count` messages (streamed, never whole) and parses it with postal-mime. */
  async importMbox(count: number): Promise<{
    oursMs: number;
    peerMs: number;
    peakBytes: number;
    baseBytes: number;
    bytes: number;
    logged: number;
  }> {
    let bytes = 0;
    const chunks = () =>
      mboxChunks(
        (i) => (i < count ? mboxMessage(i, OWN) : null),
        (n) => (bytes += n),
      );
    async function* stream(): AsyncGenerator<Uint8Array> {
      yield* chunks();
    }
    const target = openKartkaDB(`bench-mbox-${Date.now()}`);
    const sampler = sampleHeap();
    const t0 = performance.now();
    const result = await importMbox(target, 'bench.mbox', stream(), mboxOptions());
    const oursMs = performance.now() - t0;
    const { baseBytes, peakBytes } = sampler.stop();
    await target.delete();
    const t1 = performance.now();
    const splitter = new MboxSplitter();
    for (const chunk of chunks()) for (const message of splitter.push(chunk)) await PostalMime.parse(message);
    for (const message of splitter.end()) await PostalMime.parse(message);
    const peerMs = performance.now() - t1;
    return { oursMs, peerMs, peakBytes, baseBytes, bytes: bytes / 2, logged: result.logged };
  },

  /**
   * Streams a generated mbox of about `targetBytes` (every 10,000th message with a 5 MB attachment, as real
   * archives have) through the real import and samples the JS heap: the memory bound for a 1 GB archive.
   */
  async importMboxMemory(targetBytes: number): Promise<{
    ms: number;
    peakBytes: number;
    baseBytes: number;
    bytes: number;
    messages: number;
    logged: number;
    floors: number[];
  }> {
    let bytes = 0;
    let messages = 0;
    async function* stream(): AsyncGenerator<Uint8Array> {
      yield* mboxChunks(
        (i) => {
          if (bytes >= targetBytes) return null;
          messages = i + 1;
          return mboxMessage(i, OWN, i % 10_000 === 9_999 ? 70_000 : 20);
        },
        (n) => (bytes += n),
      );
    }
    const target = openKartkaDB(`bench-mbox-big-${Date.now()}`);
    const sampler = sampleHeap();
    const t0 = performance.now();
    const result = await importMbox(target, 'big.mbox', stream(), mboxOptions());
    const ms = performance.now() - t0;
    const { baseBytes, peakBytes, floors } = sampler.stop();
    await target.delete();
    return { ms, peakBytes, baseBytes, bytes, messages, logged: result.logged, floors };
  },

  /** Bytes used by this origin's storage. */
  async usage(): Promise<number> {
    return (await navigator.storage.estimate()).usage ?? 0;
  },

  /** The firm's base (tests/bench/team.ts). */
  ...teamBench,
};

/** What the benchmark runner calls on this page (`tests/bench/run.ts`). */
export type BenchApi = typeof api;

declare global {
  interface Window {
    kartkaBench?: BenchApi;
  }
}
window.kartkaBench = api;
document.title = 'Kartka benchmark: ready';
