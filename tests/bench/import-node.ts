// Import benchmark on Node + fake-indexeddb: a generated contacts CSV into the base (rows/s); a generated
// mbox with Cyrillic encoded-word headers, our split+parse vs a plain postal-mime parse of the same
// messages, and the full import (split+parse+log); peak RSS while streaming a large mbox from disk.
// Run: npx tsx tests/bench/import-node.ts [csvRows=100000] [mboxMessages=20000] [bigMboxMB=1024] (0 skips a part)
import 'fake-indexeddb/auto';
import { createReadStream, createWriteStream, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PostalMime from 'postal-mime';
import { contactsFromCsv, loggableFromEml } from '../../core/import';
import { MboxSplitter, parseEmlHeaders } from '../../core/parse';
import { defaultSettings } from '../../core/settings';
import { openKartkaDB } from '../../storage/db';
import { importContacts } from '../../storage/import-contacts';
import { importMbox } from '../../storage/import-mail';
import { contactsCsv, mboxMessage } from './import-fixtures';

const CSV_ROWS = Number(process.argv[2] ?? 100_000);
const MBOX_MESSAGES = Number(process.argv[3] ?? 20_000);
const BIG_MB = Number(process.argv[4] ?? 1024);
const ME = 'ivan@kartka.ua';
const settings = { ...defaultSettings(), ownAddresses: [ME], internalDomains: ['kartka.ua'] };
const rows: [string, string, string][] = [];
const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(0)} MB`;

async function writeMbox(path: string, count: number, targetBytes = 0): Promise<number> {
  const out = createWriteStream(path);
  let bytes = 0;
  for (let i = 0; count ? i < count : bytes < targetBytes; i++) {
    const text = `${mboxMessage(i, ME)}\r\n`;
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await new Promise<void>((resolve) => out.end(() => resolve()));
  return bytes;
}

async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) yield chunk as Buffer;
}

async function csvBench(): Promise<void> {
  const text = contactsCsv(CSV_ROWS);
  const db = openKartkaDB('bench-import-csv');
  const t0 = performance.now();
  const file = contactsFromCsv(text, 'bench.csv');
  const t1 = performance.now();
  const reports = await importContacts(db, file.candidates, { mode: 'merge', settings, now: Date.now() });
  const t2 = performance.now();
  const created = reports.filter((r) => r.action === 'created').length;
  rows.push([
    `CSV ${CSV_ROWS.toLocaleString()} rows: parse + map`,
    `${(t1 - t0).toFixed(0)} ms`,
    `${Math.round(CSV_ROWS / ((t1 - t0) / 1000)).toLocaleString()} rows/s`,
  ]);
  rows.push([
    `CSV import into fake-indexeddb (${created.toLocaleString()} created)`,
    `${((t2 - t0) / 1000).toFixed(1)} s`,
    `${Math.round(CSV_ROWS / ((t2 - t0) / 1000)).toLocaleString()} rows/s`,
  ]);
  const t3 = performance.now();
  const again = await importContacts(db, file.candidates, { mode: 'merge', settings, now: Date.now() });
  const t4 = performance.now();
  const unchanged = again.filter((r) => r.action === 'unchanged').length;
  rows.push([
    `CSV re-import, all rows match (${unchanged.toLocaleString()} unchanged)`,
    `${((t4 - t3) / 1000).toFixed(1)} s`,
    `${Math.round(CSV_ROWS / ((t4 - t3) / 1000)).toLocaleString()} rows/s`,
  ]);
  db.close();
}

async function mboxBench(): Promise<void> {
  const path = join(tmpdir(), `kartka-bench-${process.pid}.mbox`);
  try {
    await compareMbox(path, await writeMbox(path, MBOX_MESSAGES));
  } finally {
    rmSync(path, { force: true });
  }
}

async function compareMbox(path: string, bytes: number): Promise<void> {
  const label = `${MBOX_MESSAGES.toLocaleString()} msgs, ${mb(bytes)}`;
  const rate = (ms: number) => `${Math.round(MBOX_MESSAGES / (ms / 1000)).toLocaleString()} msgs/s`;

  let t = performance.now();
  const splitter = new MboxSplitter();
  let ours = 0;
  for await (const chunk of fileChunks(path))
    for (const m of splitter.push(chunk)) ours += loggableFromEml(parseEmlHeaders(m)).ok ? 1 : 0;
  for (const m of splitter.end()) ours += loggableFromEml(parseEmlHeaders(m)).ok ? 1 : 0;
  const oursMs = performance.now() - t;
  rows.push([`mbox ${label}: our split + header parse`, `${(oursMs / 1000).toFixed(2)} s`, rate(oursMs)]);

  t = performance.now();
  const split2 = new MboxSplitter();
  let postal = 0;
  for await (const chunk of fileChunks(path))
    for (const m of split2.push(chunk)) postal += (await PostalMime.parse(m)).from ? 1 : 0;
  for (const m of split2.end()) postal += (await PostalMime.parse(m)).from ? 1 : 0;
  const postalMs = performance.now() - t;
  rows.push([`mbox: same split + postal-mime parse`, `${(postalMs / 1000).toFixed(2)} s`, rate(postalMs)]);

  const db = openKartkaDB('bench-import-mbox');
  try {
    t = performance.now();
    const r = await importMbox(db, 'bench.mbox', fileChunks(path), { settings, now: Date.now() });
    const importMs = performance.now() - t;
    rows.push([
      `mbox full import into fake-indexeddb (${r.logged.toLocaleString()} logged, ${r.skipped.toLocaleString()} skipped)`,
      `${(importMs / 1000).toFixed(2)} s`,
      rate(importMs),
    ]);
    t = performance.now();
    const again = await importMbox(db, 'bench.mbox', fileChunks(path), { settings, now: Date.now() });
    const againMs = performance.now() - t;
    rows.push([
      `mbox second import (${again.logged} new, ${again.duplicates.toLocaleString()} already there)`,
      `${(againMs / 1000).toFixed(2)} s`,
      rate(againMs),
    ]);
  } catch (error) {
    rows.push([
      'mbox import into fake-indexeddb',
      'FAILED',
      error instanceof Error ? `${error.name}: ${error.message}` : String(error),
    ]);
  }
  if (ours !== postal) rows.push(['(parsed counts differ)', String(ours), String(postal)]);
  db.close();
}

async function memoryBench(): Promise<void> {
  const path = join(tmpdir(), `kartka-bench-big-${process.pid}.mbox`);
  await writeMbox(path, 0, BIG_MB * 1_048_576);
  try {
    await streamFrom(path);
  } finally {
    rmSync(path, { force: true });
  }
}

async function streamFrom(path: string): Promise<void> {
  const size = statSync(path).size;
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  const splitter = new MboxSplitter();
  let batch: unknown[] = [];
  let count = 0;
  const take = (m: Uint8Array) => {
    const r = loggableFromEml(parseEmlHeaders(m));
    if (r.ok) batch.push(r.message);
    count++;
    if (batch.length >= 1000) batch = []; // a batch is handed to logMessages and dropped, as in importMbox
  };
  for await (const chunk of fileChunks(path)) {
    splitter.push(chunk).forEach(take);
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  splitter.end().forEach(take);
  clearInterval(sample);
  const ms = performance.now() - t;
  rows.push([
    `stream ${mb(size)} mbox from disk (${count.toLocaleString()} msgs)`,
    `${(ms / 1000).toFixed(1)} s`,
    `peak RSS ${mb(peak)} (start ${mb(before)})`,
  ]);
  rmSync(path);
}

async function main(): Promise<void> {
  // Memory first, in a clean process: the other phases leave a 100k-people fake-indexeddb in the heap.
  if (BIG_MB > 0) await memoryBench();
  if (CSV_ROWS > 0) await csvBench();
  if (MBOX_MESSAGES > 0) await mboxBench();
  const w = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  for (const r of rows) console.log(`${r[0].padEnd(w[0] ?? 0)}  ${r[1].padStart(w[1] ?? 0)}  ${r[2]}`);
}

main().catch((error: unknown) => {
  for (const r of rows) console.log(r.join('  '));
  console.error('benchmark failed:', error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exitCode = 1;
});
