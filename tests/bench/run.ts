// `npm run bench`: Kartka measured in real Chromium on generated data at three sizes, each figure
// beside a peer or a budget measured in the same run. Prints a table; writes bench/results.json.
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { BenchApi } from '../../entrypoints/bench/main';
import { launchKartka, loadDemoBase, type Kartka } from '../e2e/harness';
import { chatRoutes } from '../fakes/chat-routes';
import { mailRoutes } from '../fakes/mail-routes';
import { startFakeServer, type FakeServer } from '../fakes/server';
import { timeCard } from './card';
import { benchChatBase } from './chats';
import { chatCardRuns, chatPageMetrics, contentScriptSizes } from './chat-section';
import { benchInteractions, benchQueries } from './data';
import { benchMailbox, benchThreads } from './mailbox';
import { mainThreadPerNavigation } from './main-thread';
import { percentile, printTable, writeJson, type Metric } from './report';
import { benchSync, syncRoute } from './sync';
import { benchContacts } from './sync-contacts';
import { benchGraph, graphRoute } from './graph';
import { benchTeam } from './team';

const SIZES = [
  { size: '1k/10k', people: 1_000, interactions: 10_000 },
  { size: '10k/100k', people: 10_000, interactions: 100_000 },
  { size: '100k/1M', people: 100_000, interactions: 1_000_000 },
];
const ROUNDS = 3;

const CSV_ROWS = Number(process.env.BENCH_CSV_ROWS ?? 20_000);
const MBOX_MESSAGES = Number(process.env.BENCH_MBOX_MESSAGES ?? 10_000);
/** The archive size of the memory run (`mbox-1g`): the budget is stated for 1 GB. */
const MBOX_BIG_MB = Number(process.env.BENCH_MBOX_BIG_MB ?? 1024);
const call = <K extends keyof BenchApi>(page: Page, name: K, ...args: Parameters<BenchApi[K]>) =>
  page.evaluate(
    ([n, a]) => {
      const api = (window as unknown as { kartkaBench: Record<string, (...x: unknown[]) => unknown> })
        .kartkaBench;
      return api[n]?.(...a);
    },
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;

async function cardTimes(kartka: Kartka, site: 'gmail' | 'outlook', people: number): Promise<number[]> {
  const page = await kartka.context.newPage();
  const url =
    site === 'gmail'
      ? `https://mail.google.com/mail/u/0/?mailbox=bench&people=${people}#inbox`
      : `https://outlook.office.com/mail/?mailbox=bench&people=${people}`;
  await page.goto(url);
  const probe = {
    page,
    extensionId: kartka.extensionId,
    subjectSelector: site === 'gmail' ? 'h2.hP' : '#ConversationReadingPaneContainer [role=heading]',
  };
  const row = site === 'gmail' ? 'tr.zA' : '#MailList [role=option]';
  const threads = benchThreads(Date.now(), people);
  const times: number[] = [];
  for (let round = 0; round < ROUNDS + 1; round++) {
    for (const t of threads) {
      if (site === 'gmail') await page.goto(url);
      const ms = await timeCard(probe, row, t.subject, t.name);
      if (round > 0) times.push(ms); // the first round warms the worker and the caches
    }
  }
  await page.close();
  return times;
}

function contentScriptBytes(): { name: string; gzip: number } {
  return contentScriptSizes().reduce((a, b) => (b.gzip > a.gzip ? b : a));
}

const SIZED = ['card', 'log', 'search', 'import', 'mbox-1g', 'content', 'chats'] as const;
const SECTIONS = [...SIZED, 'sync', 'graph', 'team'] as const;
type Section = (typeof SECTIONS)[number];

/**
 * `npm run bench -- [size…] [--only section,…]`: the sizes (default all) and the sections to run (default all):
 * card (seeding, storage bytes, sidebar card), log, search, import, mbox-1g (a 1 GB archive's memory), content
 * (content script size and cost), chats (tests/bench/chat-section.ts), sync (Gmail sync against the fake Google's
 * quota, once, real time), graph (Microsoft sync against the fake Graph's throttling ceiling, once, real time),
 * team (the firm's base against pouchdb-server: replication into an empty replica, an edit seen in a second profile).
 */
function parseArgs(args: readonly string[]): {
  sizes: typeof SIZES;
  runs: (section: Section) => boolean;
  only: Section[] | null;
} {
  const isSection = (x: string): x is Section => (SECTIONS as readonly string[]).includes(x);
  const at = args.findIndex((a) => a === '--only' || a.startsWith('--only='));
  const flag = at >= 0 ? args[at] : undefined;
  const value = flag?.startsWith('--only=') ? flag.slice('--only='.length) : args[at + 1];
  const listed = at >= 0 ? (value ?? '').split(',').filter(Boolean) : null;
  if (listed && (listed.length === 0 || !listed.every(isSection)))
    throw new Error(`--only takes a comma-separated list of ${SECTIONS.join(', ')}; got "${value ?? ''}"`);
  const only = listed ? listed.filter(isSection) : null;
  const rest = at < 0 ? args : args.filter((_, i) => i !== at && (flag !== '--only' || i !== at + 1));
  const badSize = rest.find((a) => !SIZES.some((s) => s.size === a));
  if (badSize) throw new Error(`Unknown size "${badSize}"; sizes: ${SIZES.map((s) => s.size).join(', ')}`);
  return {
    sizes: rest.length ? SIZES.filter((s) => rest.includes(s.size)) : SIZES,
    runs: (section) => only === null || only.includes(section),
    only,
  };
}

async function main() {
  const jsonBytesPer1M = JSON.stringify(benchInteractions(10_000, 1_000, Date.now())).length * 100;
  const { sizes, runs, only } = parseArgs(process.argv.slice(2));
  const metrics: Metric[] = [];
  const server: FakeServer = await startFakeServer([
    ...mailRoutes(Date.now, {
      bench: (provider, now, query) => benchMailbox(provider, now, Number(query.get('people') ?? 1000)),
    }),
    syncRoute,
    graphRoute,
    ...chatRoutes(Date.now, {
      bench: (messenger, now, query) => benchChatBase(messenger, now, Number(query.get('people') ?? 1000)),
    }),
  ]);
  // `gc()` lets each memory figure start from a collected heap, not from what earlier sections left behind.
  const kartka = await launchKartka({ server, timeoutMs: 60_000, extraArgs: ['--js-flags=--expose-gc'] });
  try {
    await loadDemoBase(kartka);
    const bench = await kartka.extensionPage('bench.html');
    await bench.waitForFunction(() => document.title.endsWith('ready'));
    for (const s of sizes) {
      if (runs('card') || runs('chats')) {
        console.log(`\n== ${s.size}: seeding ${s.people} people and ${s.interactions} interactions…`);
        await call(bench, 'seed', s.people, 0);
        const before = await call(bench, 'usage');
        const seedMs = await call(bench, 'seed', s.people, s.interactions);
        const after = await call(bench, 'usage');
        console.log(`   seeded in ${Math.round(seedMs)} ms`);
        if (runs('card'))
          metrics.push({
            id: 'storage.bytes_per_1m_interactions',
            value: ((after - before) * 1_000_000) / s.interactions,
            unit: 'B',
            size: s.size,
            peer: 'the same records as JSON, B',
            peer_value: jsonBytesPer1M,
          });
      }
      const cardSites = runs('card') ? (['gmail', 'outlook'] as const) : [];
      const cardRuns = [
        ...cardSites.map((site) => ({
          id: `sidebar.card_%_ms.${site}`,
          times: () => cardTimes(kartka, site, s.people),
        })),
        ...(runs('chats') ? chatCardRuns(kartka, s.people, ROUNDS) : []),
      ];
      for (const run of cardRuns) {
        const times = await run.times();
        const p95 = percentile(times, 95);
        metrics.push({
          id: run.id.replace('%', 'p50'),
          value: percentile(times, 50),
          unit: 'ms',
          size: s.size,
          peer: 'budget',
          peer_value: 100,
        });
        metrics.push({
          id: run.id.replace('%', 'p95'),
          value: p95,
          unit: 'ms',
          size: s.size,
          peer: 'budget',
          peer_value: 100,
          ok: p95 <= 100,
        });
      }
      if (runs('log')) {
        const logCount = Math.min(s.interactions, 100_000);
        const log = await call(bench, 'log', logCount, s.people);
        const ratio = log.bulkMs / log.logMs;
        metrics.push({
          id: 'log.messages_per_s',
          value: (logCount * 1000) / log.logMs,
          unit: 'msg/s',
          size: s.size,
          peer: 'raw bulkPut rows/s',
          peer_value: (logCount * 1000) / log.bulkMs,
        });
        metrics.push({
          id: 'log.ratio_vs_bulkput',
          value: ratio,
          unit: 'x',
          size: s.size,
          peer: 'budget (min)',
          peer_value: 0.5,
          ok: ratio >= 0.5,
        });
      }
      if (!runs('search')) continue;
      const search = await call(bench, 'search', s.people, benchQueries(Date.now()));
      const ours95 = percentile(search.ours, 95);
      const theirs95 = percentile(search.theirs, 95);
      const size = s.size.split('/')[0] ?? s.size;
      metrics.push({
        id: 'search.p95_ms',
        value: ours95,
        unit: 'ms',
        size,
        peer: 'MiniSearch p95 ms',
        peer_value: theirs95,
        ok: ours95 <= 30,
      });
      metrics.push({
        id: 'search.p50_ms',
        value: percentile(search.ours, 50),
        unit: 'ms',
        size,
        peer: 'MiniSearch p50 ms',
        peer_value: percentile(search.theirs, 50),
      });
      metrics.push({
        id: 'search.ratio_vs_minisearch',
        value: ours95 / theirs95,
        unit: 'x',
        size,
        peer: 'budget (max)',
        peer_value: 1,
        ok: ours95 <= theirs95,
      });
      metrics.push({
        id: 'search.ready_ms',
        value: search.oursReadyMs,
        unit: 'ms',
        size,
        peer: 'MiniSearch addAll ms (from objects in memory)',
        peer_value: search.theirsReadyMs,
      });
      metrics.push({
        id: 'search.ready_from_snapshot_ms',
        value: search.oursSnapshotReadyMs,
        unit: 'ms',
        size,
        peer: 'MiniSearch addAll ms (from objects in memory)',
        peer_value: search.theirsReadyMs,
      });
    }
    if (runs('import')) {
      console.log(`\n== import: ${CSV_ROWS} CSV rows, ${MBOX_MESSAGES} mbox messages…`);
      const csv = await call(bench, 'importCsv', CSV_ROWS);
      const rowsPerS = (CSV_ROWS * 1000) / csv.ms;
      metrics.push({
        id: 'import.csv_rows_per_s',
        value: rowsPerS,
        unit: 'rows/s',
        size: `${CSV_ROWS} rows`,
        peer: 'budget (min)',
        peer_value: 10_000,
        ok: rowsPerS >= 10_000,
      });
      const rawPerS = (CSV_ROWS * 1000) / csv.rawMs;
      metrics.push({
        id: 'import.csv_ratio_vs_bulkadd',
        value: rowsPerS / rawPerS,
        unit: 'x',
        size: `${CSV_ROWS} rows`,
        peer: 'raw bulkAdd of the same rows, rows/s',
        peer_value: rawPerS,
      });
      const ceilingPerS = (CSV_ROWS * 1000) / csv.ceilingMs;
      metrics.push({
        id: 'import.csv_idb_ceiling_rows_per_s',
        value: ceilingPerS,
        unit: 'rows/s',
        size: `${CSV_ROWS} rows`,
        peer: 'the same rows into plain IndexedDB, no index (the machine limit); the budget',
        peer_value: 10_000,
      });
      const mbox = await call(bench, 'importMbox', MBOX_MESSAGES);
      const mboxRatio = mbox.peerMs / mbox.oursMs;
      const mboxSize = `${MBOX_MESSAGES} msgs, ${Math.round(mbox.bytes / 1e6)} MB`;
      metrics.push({
        id: 'import.mbox_messages_per_s',
        value: (MBOX_MESSAGES * 1000) / mbox.oursMs,
        unit: 'msg/s',
        size: mboxSize,
        peer: 'postal-mime parse msg/s',
        peer_value: (MBOX_MESSAGES * 1000) / mbox.peerMs,
      });
      metrics.push({
        id: 'import.mbox_ratio_vs_parser',
        value: mboxRatio,
        unit: 'x',
        size: mboxSize,
        peer: 'budget (min)',
        peer_value: 1,
        ok: mboxRatio >= 1,
      });
      const peakMb = (mbox.peakBytes - mbox.baseBytes) / 1e6;
      metrics.push({
        id: 'import.mbox_peak_mb',
        value: peakMb,
        unit: 'MB (JS heap above start)',
        size: mboxSize,
        peer: 'budget (max)',
        peer_value: 256,
        ok: peakMb <= 256,
      });
    }
    if (runs('mbox-1g')) {
      console.log(`\n== import: a ${MBOX_BIG_MB} MB mbox, memory…`);
      const big = await call(bench, 'importMboxMemory', MBOX_BIG_MB * 1024 * 1024);
      const size = `${big.messages} msgs, ${Math.round(big.bytes / 1048576)} MB`;
      const rate = Math.round((big.messages * 1000) / big.ms);
      console.log(`   ${size} in ${Math.round(big.ms / 1000)} s (${rate} msg/s), ${big.logged} logged`);
      const floors = big.floors.map((f) => Math.round((f - big.baseBytes) / 1e6));
      console.log(
        `   JS heap above start, lowest of each 10 s (live after a collection), MB: ${floors.join(' ')}`,
      );
      const peakMb = (big.peakBytes - big.baseBytes) / 1e6;
      metrics.push({
        id: 'import.mbox_peak_mb',
        value: peakMb,
        unit: 'MB (JS heap above start)',
        size,
        peer: 'budget (max)',
        peer_value: 256,
        ok: peakMb <= 256,
      });
    }
    if (runs('chats')) metrics.push(...(await chatPageMetrics(kartka, server)));
    if (runs('content')) {
      const cs = contentScriptBytes();
      metrics.push({
        id: 'content_script.gzip_bytes',
        value: cs.gzip,
        unit: 'B',
        size: cs.name,
        peer: 'budget',
        peer_value: 15_360,
        ok: cs.gzip <= 15_360,
      });
      // A fresh browser with the demo base, as a new user has it: the page's main thread never touches the base,
      // and the browser that just wrote a 1 GB archive and a million interactions keeps the machine's two cores
      // busy (storage compaction) long enough to swing the page's script time by several ms per navigation.
      await kartka.close().catch(() => undefined);
      const fresh = await launchKartka({ server, timeoutMs: 60_000 });
      const main = await (async () => {
        try {
          await loadDemoBase(fresh);
          return await mainThreadPerNavigation(fresh, server);
        } finally {
          await fresh.close().catch(() => undefined);
        }
      })();
      metrics.push({
        id: 'content_script.main_thread_ms',
        value: main.own,
        unit: 'ms/nav',
        size: 'gmail demo',
        peer: 'page without Kartka ms/nav',
        peer_value: main.without,
        ok: main.own <= 2,
      });
      metrics.push({
        id: 'content_script.main_thread_ms_difference',
        value: main.extra,
        unit: 'ms/nav',
        size: 'gmail demo',
        peer: 'page with Kartka ms/nav',
        peer_value: main.with,
        ok: main.extra <= 2,
      });
    }
    // Size-independent, in a browser of its own (sync needs the certificate flag for the worker's fetches).
    if (runs('sync')) metrics.push(...(await benchSync(server, [benchContacts])));
    // The Microsoft sync against the fake Graph, also in a browser of its own.
    if (runs('graph')) metrics.push(...(await benchGraph(server)));
    if (runs('team')) metrics.push(...(await benchTeam(server)));
  } finally {
    await kartka.close().catch(() => undefined);
    await server.close();
  }
  console.log('');
  printTable(metrics);
  if (only) {
    console.log(`\nnot written (--only ${only.join(',')}): bench/results.json keeps whole runs only`);
    return;
  }
  const out = resolve(import.meta.dirname, '../../bench/results.json');
  writeJson(out, metrics);
  console.log(`\nwritten: ${out}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
