// How the token index (core/search-index.ts) scores a document against a query: 2 per query token it has whole,
// 1 per token it has as a prefix (or, on the second try, one typo away: core/search-fuzzy.ts); and how it keeps
// the best hits without sorting every match.
import { fuzzyPrefix } from './search-fuzzy';
import type { IndexDoc } from './search-index-build';

/**
 * A query token resolved against the term dictionary: term ids [lo, hi) start with it; `exact` is its own id.
 * A fuzzy span (one typo) has more ranges in `more`, one per spelling one edit away that some term starts with.
 */
export interface Span {
  token: string;
  lo: number;
  hi: number;
  exact: number;
  more?: [number, number][];
}

/** Scores a delta document (plain strings); with `fuzzy`, a token one typo away counts as a prefix hit. */
export function scoreTokens(query: readonly string[], tokens: readonly string[], fuzzy = false): number {
  let score = 0;
  for (const q of query) {
    let best = 0;
    for (const t of tokens) {
      if (t === q) {
        best = 2;
        break;
      }
      if (best === 0 && (t.startsWith(q) || (fuzzy && fuzzyPrefix(q, t)))) best = 1;
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** Scores a built document, its term ids `docTerms[from .. to)`, against the query's spans. */
export function scoreTerms(spans: readonly Span[], docTerms: Int32Array, from: number, to: number): number {
  let score = 0;
  for (const s of spans) {
    let best = 0;
    for (let k = from; k < to; k++) {
      const t = docTerms[k] as number;
      if (t === s.exact) {
        best = 2;
        break;
      }
      if ((t >= s.lo && t < s.hi) || (s.more !== undefined && inRanges(t, s.more))) best = 1;
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** Whether term id `t` falls in one of the ranges. */
function inRanges(t: number, ranges: readonly [number, number][]): boolean {
  for (const [lo, hi] of ranges) if (t >= lo && t < hi) return true;
  return false;
}

interface Scored<D> {
  doc: IndexDoc<D>;
  score: number;
}

/** Keeps the `limit` best hits by score, then rank, without sorting every match. */
export class TopK<D> {
  private readonly hits: Scored<D>[] = [];
  constructor(private readonly limit: number) {}

  private better(a: Scored<D>, b: Scored<D>): boolean {
    return a.score > b.score || (a.score === b.score && a.doc.rank > b.doc.rank);
  }

  offer(doc: IndexDoc<D>, score: number): void {
    const hit = { doc, score };
    const h = this.hits;
    if (h.length === this.limit) {
      const last = h[h.length - 1];
      if (last === undefined || !this.better(hit, last)) return;
      h.pop();
    }
    let i = h.length;
    while (i > 0 && this.better(hit, h[i - 1] as Scored<D>)) i--;
    h.splice(i, 0, hit);
  }

  result(): { id: string; score: number; data: D }[] {
    return this.hits.map(({ doc, score }) => ({ id: doc.id, score, data: doc.data }));
  }
}
