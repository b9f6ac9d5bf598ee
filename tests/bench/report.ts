// Benchmark results: one row per figure, printed as a table and written as JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface Metric {
  id: string;
  value: number;
  unit: string;
  size: string;
  /** What the figure is measured against: another implementation, or a budget. */
  peer: string;
  peer_value: number;
  /** Whether the figure meets its budget. */
  ok?: boolean;
}

/** The p-th percentile (0-100) of a sample, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

const round = (n: number) => (Math.abs(n) >= 100 ? Math.round(n) : Math.round(n * 100) / 100);

/** Prints the metrics as an aligned table. */
export function printTable(metrics: readonly Metric[]): void {
  const rows = metrics.map((m) => [
    m.id,
    m.size,
    `${round(m.value)} ${m.unit}`,
    `${m.peer}: ${round(m.peer_value)}`,
    m.ok === undefined ? '' : m.ok ? 'ok' : 'OVER BUDGET',
  ]);
  const head = ['metric', 'size', 'value', 'peer / budget', ''];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}

/** Writes `{ metrics: [...] }` for tools and for the record. */
export function writeJson(path: string, metrics: readonly Metric[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const clean = metrics.map(({ id, value, unit, size, peer, peer_value, ok }) => ({
    id,
    value: round(value),
    unit,
    size,
    peer,
    peer_value: round(peer_value),
    ...(ok === undefined ? {} : { ok }),
  }));
  writeFileSync(path, `${JSON.stringify({ metrics: clean }, null, 2)}\n`);
}
