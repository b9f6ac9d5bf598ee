// Building a search index's arrays (core/search-index.ts): terms interned, sorted and renumbered so a prefix is
// a range of term ids, postings and each document's terms packed in typed arrays; a slice at a time when asked.
// And a document read back from a pack, whose tokens are spelled out only when needed.

/** One searchable record: its id, its folded tokens, a rank for ties (higher first) and what a hit shows. */
export interface IndexDoc<D> {
  id: string;
  tokens: readonly string[];
  rank: number;
  data: D;
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

/**
 * A document read back from a pack: its tokens are spelled out from the term ids only when asked for (a
 * change to it, a rebuild), so opening 100,000 documents makes no token arrays.
 */
export class PackedDoc<D> implements IndexDoc<D> {
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
export interface Built<D> {
  docs: IndexDoc<D>[];
  terms: string[];
  termStart: Int32Array<ArrayBuffer>;
  postings: Int32Array<ArrayBuffer>;
  docStart: Int32Array<ArrayBuffer>;
  docTerms: Int32Array<ArrayBuffer>;
}

/** Documents by id, the last one of each id winning. */
export function unique<D>(docs: Iterable<IndexDoc<D>>): IndexDoc<D>[] {
  const byId = new Map<string, IndexDoc<D>>();
  for (const doc of docs) byId.set(doc.id, doc);
  return [...byId.values()];
}

/** Documents interned between two yields of `buildSteps`, and terms renumbered. */
const BUILD_SLICE = 5000;
const RENUMBER_SLICE = 50_000;

/** Builds the index, yielding between slices of work (each a few tens of ms at most). */
export function* buildSteps<D>(docs: IndexDoc<D>[]): Generator<void, Built<D>> {
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
export function finish<D>(steps: Generator<void, Built<D>>): Built<D> {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
