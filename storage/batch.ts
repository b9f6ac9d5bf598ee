// Chunked bulk writes: ~1,000 records per transaction, and a per-record report instead of a failed batch.
import Dexie, { type Table } from 'dexie';
import type { KartkaDB } from './db';

export const CHUNK_SIZE = 1000;

export interface BatchProblem {
  index: number;
  reason: string;
}

export interface BatchReport {
  written: number;
  problems: BatchProblem[];
}

/** The outcome of preparing one record: a row to write, or the reason it cannot be written. */
export type Prepared<R> = { ok: true; row: R } | { ok: false; reason: string };

/** Splits a list into consecutive chunks of at most `size`. */
export function chunks<T>(items: readonly T[], size = CHUNK_SIZE): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes `items` chunk by chunk, each chunk in one transaction over `tables`: `prepare` turns the chunk into
 * rows or reasons (with any batched lookups it needs), `write` stores the rows. Failures are reported by index.
 */
export async function writeInChunks<T, R>(
  db: KartkaDB,
  tables: Table[],
  items: readonly T[],
  prepare: (chunk: { item: T; index: number }[]) => Promise<Prepared<R>[]>,
  write: (rows: R[]) => Promise<unknown>,
): Promise<BatchReport> {
  const report: BatchReport = { written: 0, problems: [] };
  const indexed = items.map((item, index) => ({ item, index }));
  for (const chunk of chunks(indexed)) {
    await db.transaction('rw', tables, async () => {
      const prepared = await prepare(chunk);
      const rows: R[] = [];
      const rowIndex: number[] = [];
      prepared.forEach((p, i) => {
        const index = chunk[i]?.index ?? -1;
        if (p.ok) {
          rows.push(p.row);
          rowIndex.push(index);
        } else report.problems.push({ index, reason: `Record ${index + 1}: ${p.reason}` });
      });
      try {
        await write(rows);
        report.written += rows.length;
      } catch (e) {
        if (!(e instanceof Dexie.BulkError)) throw e;
        report.written += rows.length - e.failures.length;
        for (const [pos, err] of Object.entries(e.failuresByPos)) {
          const index = rowIndex[Number(pos)] ?? -1;
          report.problems.push({ index, reason: `Record ${index + 1}: not saved (${err.message}).` });
        }
      }
    });
  }
  report.problems.sort((a, b) => a.index - b.index);
  return report;
}
