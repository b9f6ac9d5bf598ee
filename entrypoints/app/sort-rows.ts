// The list's sort, as core/segments.ts `sortRows` orders rows, but with numbers in the comparisons: text keys
// become collation ranks kept between sorts (a new name or city is ranked by binary search), so a re-sort of
// 100,000 rows compares integers instead of calling Intl.Collator ~1.7 million times.
import type { StageDef } from '../../core/model';
import { sortKey, type ColumnId, type ListRow, type SortSpec } from '../../core/segments';

export interface SortContext {
  locale: string;
  pipeline: readonly StageDef[];
  now: number;
}

/** Past this many new values at once, a ranking re-sorts all it knows instead of inserting one by one. */
const INSERT_MAX = 256;
/** Past this many rows left tied on the sort key, tie-breaking by name ranks beats calling the collator. */
const TIES_FOR_RANKS = 5000;

/** Distinct strings in collation order; values that compare equal share a rank. */
export class Ranking {
  private sorted: string[] = [];
  /** Whether `sorted[i]` compares equal to `sorted[i - 1]`. */
  private tied: boolean[] = [];
  private rank = new Map<string, number>();
  private stale = false;

  constructor(private readonly collator: Intl.Collator) {}

  /** Makes sure every value has a rank. */
  add(values: Iterable<string>): void {
    const fresh: string[] = [];
    for (const v of values)
      if (!this.rank.has(v)) {
        this.rank.set(v, -1);
        fresh.push(v);
      }
    if (fresh.length === 0) return;
    const { compare } = this.collator;
    if (fresh.length > INSERT_MAX) {
      this.sorted = this.sorted.concat(fresh).sort(compare);
      this.tied = this.sorted.map((v, i) => i > 0 && compare(this.sorted[i - 1] as string, v) === 0);
    } else {
      for (const v of fresh) {
        // After every value comparing equal, so `tied` only ever needs the left neighbour.
        let lo = 0;
        let hi = this.sorted.length;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (compare(this.sorted[mid] as string, v) <= 0) lo = mid + 1;
          else hi = mid;
        }
        const left = this.sorted[lo - 1];
        this.sorted.splice(lo, 0, v);
        this.tied.splice(lo, 0, left !== undefined && compare(left, v) === 0);
      }
    }
    this.stale = true;
  }

  /** The value's rank; call `add` with it first. */
  of(value: string): number {
    if (this.stale) {
      let r = -1;
      this.sorted.forEach((v, i) => {
        if (!this.tied[i]) r = i;
        this.rank.set(v, r);
      });
      this.stale = false;
    }
    return this.rank.get(value) ?? -1;
  }
}

/**
 * Sorts rows exactly as `sortRows` does (empty values last, ties by name, then the input order) and keeps the
 * collation ranks it computed for the next sort. One per page; rankings are per locale and column.
 */
export class RowSorter {
  private readonly rankings = new Map<string, Ranking>();

  private ranking(locale: string, column: ColumnId): Ranking {
    const key = `${locale}\u0000${column}`;
    let r = this.rankings.get(key);
    if (!r) {
      r = new Ranking(new Intl.Collator(locale, { numeric: true }));
      this.rankings.set(key, r);
    }
    return r;
  }

  sort(rows: readonly ListRow[], sort: SortSpec, ctx: SortContext): ListRow[] {
    const n = rows.length;
    const order = new Map(ctx.pipeline.map((s, i) => [s.id, i]));
    const key = sortKey(sort.column, order, ctx.now);
    const sign = sort.dir === 'asc' ? 1 : -1;
    // Empty keys go last whatever the direction; the rest by their number or collation rank, signed.
    const empty = new Uint8Array(n);
    const prim = new Float64Array(n);
    const keys = rows.map(key);
    const text = keys.some((k) => typeof k === 'string');
    const ranking = text ? this.ranking(ctx.locale, sort.column) : undefined;
    ranking?.add(keys.filter((k): k is string | number => k !== undefined).map(String));
    keys.forEach((k, i) => {
      if (k === undefined) empty[i] = 1;
      else prim[i] = sign * (ranking ? ranking.of(String(k)) : (k as number));
    });
    const idx = Array.from({ length: n }, (_, i) => i);
    // Typed-array reads: in range by construction.
    const e = (i: number) => empty[i] as number;
    const p = (i: number) => prim[i] as number;
    idx.sort((a, b) => e(a) - e(b) || p(a) - p(b) || a - b);

    // Runs of equal keys are ordered by name (ascending whatever the direction), then input order.
    const runs: [number, number][] = [];
    let tiedRows = 0;
    for (let start = 0; start < n;) {
      let end = start + 1;
      const s = idx[start] as number;
      const at = (i: number) => idx[i] as number;
      while (end < n && e(at(end)) === e(s) && p(at(end)) === p(s)) end++;
      if (end - start > 1 && sort.column !== 'name') {
        runs.push([start, end]);
        tiedRows += end - start;
      }
      start = end;
    }
    if (runs.length > 0) {
      let byName: (a: number, b: number) => number;
      if (tiedRows > TIES_FOR_RANKS) {
        const names = this.ranking(ctx.locale, 'name');
        names.add(rows.map((r) => r.name));
        const rank = Float64Array.from(rows, (r) => names.of(r.name));
        byName = (a, b) => (rank[a] as number) - (rank[b] as number) || a - b;
      } else {
        const collator = new Intl.Collator(ctx.locale, { numeric: true });
        byName = (a, b) => collator.compare((rows[a] as ListRow).name, (rows[b] as ListRow).name) || a - b;
      }
      for (const [start, end] of runs) {
        const run = idx.slice(start, end).sort(byName);
        run.forEach((i, k) => (idx[start + k] = i));
      }
    }
    return idx.map((i) => rows[i] as ListRow);
  }
}
