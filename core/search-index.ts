// An in-memory prefix index over folded search tokens (core/search.ts): a sorted term dictionary with packed
// postings, each document's terms as term ids, and a small unsorted delta for documents changed since the last
// build. A query token's matches are one contiguous range of term ids, so "does this document have a term
// starting with q" is an integer range check, and the rarest query token drives the candidates. A query that
// finds nothing as typed is tried once more allowing one typo per word (core/search-fuzzy.ts).
import { FUZZY_MIN, oneEditAway } from './search-fuzzy';
import { buildSteps, finish, PackedDoc, unique, type Built, type IndexDoc } from './search-index-build';
import { scoreTerms, scoreTokens, TopK, type Span } from './search-score';

export type { IndexDoc } from './search-index-build';

export interface IndexHit<D> {
  id: string;
  score: number;
  data: D;
}

/** A built index as plain strings and typed arrays: cheap to store and to read back (no per-document objects). */
export interface PackedIndex {
  /** Sorted terms joined by NUL. */
  terms: string;
  termStart: Int32Array<ArrayBuffer>;
  postings: Int32Array<ArrayBuffer>;
  docStart: Int32Array<ArrayBuffer>;
  docTerms: Int32Array<ArrayBuffer>;
  /** Document ids by slot, joined by NUL. */
  ids: string;
  ranks: Float64Array<ArrayBuffer>;
}

const SEP = '\u0000';

/** Documents changed since the last build are kept aside, and merged into a rebuild past this many. */
const DELTA_LIMIT = 1024;

/** The first index in the sorted `terms` whose term is >= `key`. */
function lowerBound(terms: readonly string[], key: string): number {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((terms[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class TokenIndex<D> {
  private terms: string[] = [];
  /** Postings of term t are `postings[termStart[t] .. termStart[t + 1])`: document slots. */
  private termStart = new Int32Array(1);
  private postings = new Int32Array(0);
  /** Terms of slot s are `docTerms[docStart[s] .. docStart[s + 1])`: term ids. */
  private docStart = new Int32Array(1);
  private docTerms = new Int32Array(0);
  /** Slot → document; undefined once removed or superseded by a delta entry. */
  private slots: (IndexDoc<D> | undefined)[] = [];
  private readonly slotOf = new Map<string, number>();
  private readonly delta = new Map<string, IndexDoc<D>>();
  /** Per-query dedupe marks, one per slot. */
  private seen = new Uint32Array(0);
  private stamp = 0;
  /** While a build runs a slice at a time: the ids changed meanwhile (applied again once it is in place). */
  private touched: Set<string> | null = null;
  private building: Promise<void> | null = null;

  constructor(docs: Iterable<IndexDoc<D>> = []) {
    this.replace(docs);
  }

  /** Live documents. */
  get size(): number {
    return this.slotOf.size + this.delta.size;
  }

  get(id: string): IndexDoc<D> | undefined {
    const d = this.delta.get(id);
    if (d) return d;
    const slot = this.slotOf.get(id);
    return slot === undefined ? undefined : this.slots[slot];
  }

  /** Every live document, in no particular order. */
  *docs(): IterableIterator<IndexDoc<D>> {
    for (const slot of this.slotOf.values()) {
      const doc = this.slots[slot];
      if (doc) yield doc;
    }
    yield* this.delta.values();
  }

  /** Whether the documents changed since the last build are many enough to fold in (`compactInSlices`). */
  get needsCompaction(): boolean {
    return this.delta.size > DELTA_LIMIT;
  }

  /** True when every document is in the last build: nothing changed or removed since (`pack()` is cheap). */
  get isCompact(): boolean {
    return this.delta.size === 0 && this.slots.length === this.slotOf.size;
  }

  /** Adds or replaces a document. */
  upsert(doc: IndexDoc<D>): void {
    this.touched?.add(doc.id);
    this.retire(doc.id);
    this.delta.set(doc.id, doc);
  }

  /** Replaces only what a hit shows and its rank, when its tokens are unchanged. */
  update(id: string, rank: number, data: D): boolean {
    const doc = this.get(id);
    if (!doc) return false;
    this.touched?.add(id);
    // Not a spread: a document read back from a pack keeps its tokens behind a getter.
    const next: IndexDoc<D> = { id, tokens: doc.tokens, rank, data };
    if (this.delta.has(id)) this.delta.set(id, next);
    else {
      const slot = this.slotOf.get(id);
      if (slot !== undefined) this.slots[slot] = next;
    }
    return true;
  }

  remove(id: string): void {
    this.touched?.add(id);
    this.retire(id);
    this.delta.delete(id);
  }

  /** Replaces every document at once. */
  replace(docs: Iterable<IndexDoc<D>>): void {
    this.install(finish(buildSteps(unique(docs))));
  }

  /**
   * Replaces every document, building a slice at a time with `breathe()` between slices (100,000 documents
   * built in one go held a page for about a second). Searches meanwhile see the documents as they were, and
   * changes made meanwhile are applied again on top of the new build.
   */
  async replaceInSlices(docs: Iterable<IndexDoc<D>>, breathe: () => Promise<void>): Promise<void> {
    while (this.building) await this.building;
    const run = this.buildInSlices(unique(docs), breathe);
    this.building = run;
    try {
      await run;
    } finally {
      this.building = null;
    }
  }

  /** Folds the changed documents in, a slice at a time (see `replaceInSlices`); resolves at once when none. */
  async compactInSlices(breathe: () => Promise<void>): Promise<void> {
    if (this.building) return this.building;
    if (this.isCompact) return;
    await this.replaceInSlices(this.docs(), breathe);
  }

  private async buildInSlices(docs: IndexDoc<D>[], breathe: () => Promise<void>): Promise<void> {
    const touched = new Set<string>();
    this.touched = touched;
    try {
      const steps = buildSteps(docs);
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done) {
          // What changed while it was built, as it stands now, goes on top as changes of the new build.
          const now = [...touched].map((id) => [id, this.get(id)] as const);
          this.touched = null;
          this.install(step.value);
          for (const [id, doc] of now)
            if (doc) this.upsert(doc);
            else this.remove(id);
          return;
        }
        await breathe();
      }
    } finally {
      if (this.touched === touched) this.touched = null;
    }
  }

  /** The index packed, after folding in the delta; `data` is each document's, in slot order. */
  pack(): { packed: PackedIndex; data: D[] } {
    this.compact(); // nothing to do after `compactInSlices`, when nothing changed in between
    const docs = this.slots as IndexDoc<D>[];
    return {
      packed: {
        terms: this.terms.join(SEP),
        termStart: this.termStart,
        postings: this.postings,
        docStart: this.docStart,
        docTerms: this.docTerms,
        ids: docs.map((d) => d.id).join(SEP),
        ranks: Float64Array.from(docs, (d) => d.rank),
      },
      data: docs.map((d) => d.data),
    };
  }

  /** An index from `pack()` output, without rebuilding; throws when the parts do not fit together. */
  static unpack<D>(p: PackedIndex, data: readonly D[]): TokenIndex<D> {
    const terms = p.terms === '' ? [] : p.terms.split(SEP);
    const ids = p.ids === '' ? [] : p.ids.split(SEP);
    const n = ids.length;
    if (
      data.length !== n ||
      p.ranks.length !== n ||
      p.docStart.length !== n + 1 ||
      p.termStart.length !== terms.length + 1 ||
      p.postings.length !== p.docTerms.length ||
      p.docStart[n] !== p.docTerms.length
    )
      throw new Error('The packed search index is inconsistent; it will be rebuilt from the base.');
    const index = new TokenIndex<D>();
    index.terms = terms;
    index.termStart = p.termStart;
    index.postings = p.postings;
    index.docStart = p.docStart;
    index.docTerms = p.docTerms;
    index.slots = ids.map(
      (id, slot) =>
        new PackedDoc(id, p.ranks[slot] as number, data[slot] as D, terms, p.docTerms, p.docStart, slot),
    );
    index.slots.forEach((doc, slot) => doc && index.slotOf.set(doc.id, slot));
    index.seen = new Uint32Array(n);
    return index;
  }

  /** Folds the delta into the sorted arrays (done by itself when the delta grows; callable when idle). */
  compact(): void {
    // Changed documents, or removed ones (a hole in the slots).
    if (!this.isCompact) this.replace(this.docs());
  }

  /**
   * The best `limit` documents having, for every query token, a token that starts with it; ranked by
   * exact-token matches, then by rank.
   */
  search(query: readonly string[], limit: number): IndexHit<D>[] {
    const top = new TopK<D>(limit);
    if (query.length === 0 || limit <= 0) return [];
    const visit = (doc: IndexDoc<D>, score: number) => top.offer(doc, score);
    if (!this.each(query, visit, false)) this.each(query, visit, true);
    return top.result();
  }

  /** Ids of every document matching all query tokens (allowing one typo per word when none match as typed). */
  matchIds(query: readonly string[]): Set<string> {
    const out = new Set<string>();
    const visit = (doc: IndexDoc<D>) => out.add(doc.id);
    if (query.length > 0 && !this.each(query, visit, false)) this.each(query, visit, true);
    return out;
  }

  private retire(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.slots[slot] = undefined;
    this.slotOf.delete(id);
  }

  /** The term-id range of terms starting with `token`. */
  private range(token: string): [number, number] {
    return [lowerBound(this.terms, token), lowerBound(this.terms, `${token}\uffff`)];
  }

  /** Postings in a span's ranges. */
  private count(s: Span): number {
    let n = (this.termStart[s.hi] as number) - (this.termStart[s.lo] as number);
    for (const [lo, hi] of s.more ?? []) n += (this.termStart[hi] as number) - (this.termStart[lo] as number);
    return n;
  }

  /**
   * Visits each document matching every query token; with `fuzzy`, a word of FUZZY_MIN letters or more also
   * matches terms one edit away (a fuzzy hit scores like a prefix hit). Returns whether anything was visited.
   */
  private each(
    query: readonly string[],
    visit: (doc: IndexDoc<D>, score: number) => void,
    fuzzy: boolean,
  ): boolean {
    // While a build runs a slice at a time, the delta is searched as it is: it goes once the build is in place.
    if (this.delta.size > DELTA_LIMIT && !this.building) this.compact();
    let visited = false;
    for (const doc of this.delta.values()) {
      const score = scoreTokens(query, doc.tokens, fuzzy);
      if (score > 0) {
        visited = true;
        visit(doc, score);
      }
    }
    if (fuzzy && !query.some((q) => q.length >= FUZZY_MIN)) return visited;
    const spans = query.map((token): Span => {
      const [lo, hi] = this.range(token);
      const span: Span = { token, lo, hi, exact: this.terms[lo] === token ? lo : -1 };
      if (fuzzy && token.length >= FUZZY_MIN)
        span.more = oneEditAway(token)
          .map((w) => this.range(w))
          .filter(([a, b]) => b > a);
      return span;
    });
    let driver: Span | undefined;
    let fewest = Infinity;
    for (const s of spans) {
      const n = this.count(s);
      if (n < fewest) [driver, fewest] = [s, n];
    }
    if (!driver || fewest === 0) return visited;
    const stamp = this.nextStamp();
    const { postings, docStart, docTerms, seen, slots } = this;
    for (const [lo, hi] of [[driver.lo, driver.hi] as [number, number], ...(driver.more ?? [])])
      for (let p = this.termStart[lo] as number, end = this.termStart[hi] as number; p < end; p++) {
        const slot = postings[p] as number;
        if (seen[slot] === stamp) continue;
        seen[slot] = stamp;
        const doc = slots[slot];
        if (!doc) continue;
        const score = scoreTerms(spans, docTerms, docStart[slot] as number, docStart[slot + 1] as number);
        if (score > 0) {
          visited = true;
          visit(doc, score);
        }
      }
    return visited;
  }

  private nextStamp(): number {
    if (this.stamp >= 0xfffffffe) {
      this.seen.fill(0);
      this.stamp = 0;
    }
    return ++this.stamp;
  }

  private install(built: Built<D>): void {
    this.terms = built.terms;
    this.termStart = built.termStart;
    this.postings = built.postings;
    this.docStart = built.docStart;
    this.docTerms = built.docTerms;
    this.slots = built.docs;
    this.slotOf.clear();
    built.docs.forEach((doc, slot) => this.slotOf.set(doc.id, slot));
    this.delta.clear();
    this.seen = new Uint32Array(built.docs.length);
    this.stamp = 0;
  }
}
