// An in-memory prefix index over folded search tokens (core/search.ts): a sorted term dictionary with packed
// postings, each document's terms as term ids, and a small unsorted delta for documents changed since the last
// build. A query token's matches are one contiguous range of term ids, so "does this document have a term
// starting with q" is an integer range check, and the rarest query token drives the candidates. A query that
// finds nothing as typed is tried once more allowing one typo per word (core/search-fuzzy.ts).
import { FUZZY_MIN, fuzzyPrefix, oneEditAway } from './search-fuzzy';

/** One searchable record: its id, its folded tokens, a rank for ties (higher first) and what a hit shows. */
export interface IndexDoc<D> {
  id: string;
  tokens: readonly string[];
  rank: number;
  data: D;
}

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

/**
 * A query token resolved against the term dictionary: term ids [lo, hi) start with it; `exact` is its own id.
 * A fuzzy span (one typo) has more ranges in `more`, one per spelling one edit away that some term starts with.
 */
interface Span {
  token: string;
  lo: number;
  hi: number;
  exact: number;
  more?: [number, number][];
}

/**
 * Term → id while building: open addressing over an Int32Array with an FNV-1a hash, about three times faster
 * than a Map at half a million terms and with no per-entry garbage.
 */
class TermTable {
  readonly terms: string[] = [];
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(maxTerms: number) {
    let size = 1024;
    while (size < maxTerms * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  /** The term's id, adding it when new. */
  intern(term: string): number {
    let h = 0x811c9dc5;
    for (let i = 0; i < term.length; i++) h = Math.imul(h ^ term.charCodeAt(i), 0x01000193);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const id = this.slots[slot] as number;
      if (id === -1) {
        this.slots[slot] = this.terms.length;
        this.terms.push(term);
        return this.terms.length - 1;
      }
      if (this.terms[id] === term) return id;
    }
  }
}

/** Keeps the `limit` best hits by score, then rank, without sorting every match. */
class TopK<D> {
  private readonly hits: { doc: IndexDoc<D>; score: number }[] = [];
  constructor(private readonly limit: number) {}

  private better(a: { doc: IndexDoc<D>; score: number }, b: { doc: IndexDoc<D>; score: number }): boolean {
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
    while (i > 0 && this.better(hit, h[i - 1] as { doc: IndexDoc<D>; score: number })) i--;
    h.splice(i, 0, hit);
  }

  result(): IndexHit<D>[] {
    return this.hits.map(({ doc, score }) => ({ id: doc.id, score, data: doc.data }));
  }
}

/** Scores a delta document (plain strings): 2 per query token it has whole, 1 per token it has as a prefix. */
function scoreTokens(query: readonly string[], tokens: readonly string[]): number {
  let score = 0;
  for (const q of query) {
    let best = 0;
    for (const t of tokens) {
      if (t === q) {
        best = 2;
        break;
      }
      if (best === 0 && t.startsWith(q)) best = 1;
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/**
 * A document read back from a pack: its tokens are spelled out from the term ids only when asked for (a
 * change to it, a rebuild), so opening 100,000 documents makes no token arrays.
 */
class PackedDoc<D> implements IndexDoc<D> {
  private spelled: string[] | undefined;

  constructor(
    readonly id: string,
    readonly rank: number,
    readonly data: D,
    private readonly terms: readonly string[],
    private readonly docTerms: Int32Array,
    private readonly docStart: Int32Array,
    private readonly slot: number,
  ) {}

  get tokens(): readonly string[] {
    if (this.spelled) return this.spelled;
    const from = this.docStart[this.slot] as number;
    const to = this.docStart[this.slot + 1] as number;
    const tokens = new Array<string>(to - from);
    for (let k = from; k < to; k++) tokens[k - from] = this.terms[this.docTerms[k] as number] as string;
    this.spelled = tokens;
    return tokens;
  }
}

/** The arrays of a built index over `docs` (in slot order). */
interface Built<D> {
  docs: IndexDoc<D>[];
  terms: string[];
  termStart: Int32Array<ArrayBuffer>;
  postings: Int32Array<ArrayBuffer>;
  docStart: Int32Array<ArrayBuffer>;
  docTerms: Int32Array<ArrayBuffer>;
}

/** Whether term id `t` falls in one of the ranges. */
function inRanges(t: number, ranges: readonly [number, number][]): boolean {
  for (const [lo, hi] of ranges) if (t >= lo && t < hi) return true;
  return false;
}

/** scoreTokens allowing one typo per query word (a delta document, checked token by token). */
function fuzzyScore(query: readonly string[], tokens: readonly string[]): number {
  let score = 0;
  for (const q of query) {
    let best = 0;
    for (const t of tokens) {
      if (t === q) {
        best = 2;
        break;
      }
      if (t.startsWith(q) || fuzzyPrefix(q, t)) best = 1;
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/** Documents by id, the last one of each id winning. */
function unique<D>(docs: Iterable<IndexDoc<D>>): IndexDoc<D>[] {
  const byId = new Map<string, IndexDoc<D>>();
  for (const doc of docs) byId.set(doc.id, doc);
  return [...byId.values()];
}

/** Documents interned between two yields of `buildSteps`, and terms renumbered. */
const BUILD_SLICE = 5000;
const RENUMBER_SLICE = 50_000;

/** Builds the index, yielding between slices of work (each a few tens of ms at most). */
function* buildSteps<D>(docs: IndexDoc<D>[]): Generator<void, Built<D>> {
  let total = 0;
  for (const doc of docs) total += doc.tokens.length;
  const dict = new TermTable(total);
  const docTermsRaw = new Int32Array(total);
  const docStart = new Int32Array(docs.length + 1);
  let k = 0;
  for (let slot = 0; slot < docs.length; slot++) {
    if (slot > 0 && slot % BUILD_SLICE === 0) yield;
    const doc = docs[slot] as IndexDoc<D>;
    docStart[slot] = k;
    for (const token of doc.tokens) {
      const id = dict.intern(token);
      // A document's tokens are few (~20): a backwards scan beats a Set per document.
      let dup = false;
      for (let j = docStart[slot] as number; j < k; j++) if (docTermsRaw[j] === id) dup = true;
      if (!dup) docTermsRaw[k++] = id;
    }
  }
  docStart[docs.length] = k;
  // Renumber term ids in sorted order (UTF-16 code units, as `<` compares), so a prefix is an id range.
  const raw = dict.terms;
  yield;
  const terms = [...raw].sort();
  yield;
  const rank = new Int32Array(raw.length);
  for (let i = 0; i < terms.length; i++) {
    if (i > 0 && i % RENUMBER_SLICE === 0) yield;
    rank[dict.intern(terms[i] as string)] = i;
  }
  const docTerms = new Int32Array(k);
  const termStart = new Int32Array(raw.length + 1);
  for (let i = 0; i < k; i++) {
    const t = rank[docTermsRaw[i] as number] as number;
    docTerms[i] = t;
    termStart[t + 1] = (termStart[t + 1] as number) + 1;
  }
  for (let t = 0; t < raw.length; t++)
    termStart[t + 1] = (termStart[t + 1] as number) + (termStart[t] as number);
  const fill = termStart.slice(0, raw.length);
  const postings = new Int32Array(k);
  for (let slot = 0; slot < docs.length; slot++) {
    for (let i = docStart[slot] as number; i < (docStart[slot + 1] as number); i++) {
      const t = docTerms[i] as number;
      postings[fill[t] as number] = slot;
      fill[t] = (fill[t] as number) + 1;
    }
  }
  return { docs, terms, termStart, postings, docStart, docTerms };
}

/** Runs `buildSteps` to the end at once. */
function finish<D>(steps: Generator<void, Built<D>>): Built<D> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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
      const score = fuzzy ? fuzzyScore(query, doc.tokens) : scoreTokens(query, doc.tokens);
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
        const from = docStart[slot] as number;
        const to = docStart[slot + 1] as number;
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
          if (best === 0) {
            score = 0;
            break;
          }
          score += best;
        }
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
