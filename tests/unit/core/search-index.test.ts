// The in-memory prefix index: every query token must be a prefix of one of a document's tokens; whole-token
// matches rank first, then rank; changes since the last build (delta) behave exactly like built documents.
import { describe, expect, test } from 'vitest';
import { TokenIndex, type IndexDoc } from '../../../core/search-index';

const doc = (id: string, tokens: string[], rank = 0): IndexDoc<string> => ({ id, tokens, rank, data: id });
const base = () =>
  new TokenIndex<string>([
    doc('olena-koval', ['olena', 'koval', 'olena@acme.ua', 'acme'], 3),
    doc('olena-shev', ['olena', 'sevcenko', 'kiiv'], 5),
    doc('oleg', ['oleg', 'koval', 'lviv'], 1),
    doc('taras', ['taras', 'sevcenko', 'kiiv', '380671234567'], 2),
  ]);
const ids = (index: TokenIndex<string>, q: string[], limit = 10) => index.search(q, limit).map((h) => h.id);

describe('TokenIndex', () => {
  test('prefix AND match, ranked by whole-token hits then rank', () => {
    const index = base();
    expect(ids(index, ['ole'])).toEqual(['olena-shev', 'olena-koval', 'oleg']);
    expect(ids(index, ['olena'])).toEqual(['olena-shev', 'olena-koval']);
    expect(ids(index, ['koval', 'ole'])).toEqual(['olena-koval', 'oleg']);
    expect(ids(index, ['oleg', 'koval'])).toEqual(['oleg']);
    expect(ids(index, ['sev', 'kiiv'])).toEqual(['olena-shev', 'taras']);
    expect(ids(index, ['0671'])).toEqual([]);
    expect(ids(index, ['38067'])).toEqual(['taras']);
    expect(ids(index, ['zzz'])).toEqual([]);
    expect(ids(index, [])).toEqual([]);
  });

  test('whole tokens outrank prefixes whatever the rank', () => {
    const index = new TokenIndex([doc('a', ['koval'], 1), doc('b', ['kovalenko'], 99)]);
    expect(index.search(['koval'], 5)).toEqual([
      { id: 'a', score: 2, data: 'a' },
      { id: 'b', score: 1, data: 'b' },
    ]);
  });

  test('limit keeps the best hits', () => {
    const docs = Array.from({ length: 500 }, (_, i) => doc(`p${i}`, ['anna', `n${i}`], i));
    const index = new TokenIndex(docs);
    expect(ids(index, ['ann'], 3)).toEqual(['p499', 'p498', 'p497']);
    expect(index.matchIds(['anna']).size).toBe(500);
    expect(index.matchIds(['n49'])).toEqual(
      new Set(['p49', ...Array.from({ length: 10 }, (_, i) => `p49${i}`)]),
    );
  });

  test('upserts, updates and removals apply at once and survive compaction', () => {
    const index = base();
    index.upsert(doc('oleg', ['oleg', 'petrenko'], 1));
    index.upsert(doc('new', ['olena', 'nova'], 9));
    index.remove('taras');
    const check = () => {
      expect(ids(index, ['koval'])).toEqual(['olena-koval']);
      expect(ids(index, ['petr'])).toEqual(['oleg']);
      expect(ids(index, ['olena'])).toEqual(['new', 'olena-shev', 'olena-koval']);
      expect(ids(index, ['sev'])).toEqual(['olena-shev']);
      expect(index.size).toBe(4);
    };
    check();
    index.compact();
    check();
    expect(index.update('olena-koval', 10, 'renamed')).toBe(true);
    expect(index.search(['olena'], 1)).toEqual([{ id: 'olena-koval', score: 2, data: 'renamed' }]);
    expect(index.update('gone', 1, 'x')).toBe(false);
    expect([...index.docs()].map((d) => d.id).sort()).toEqual(['new', 'oleg', 'olena-koval', 'olena-shev']);
  });

  test('a large delta is folded in by itself and answers stay the same', () => {
    const index = new TokenIndex<string>();
    for (let i = 0; i < 3000; i++) index.upsert(doc(`p${i}`, [`w${i % 7}`, `x${i}`], i));
    expect(index.matchIds(['w3']).size).toBe(429);
    // p29 has both tokens whole (score 4); then the highest-ranked prefix hits of x29… with w1 (i % 7 === 1).
    expect(ids(index, ['w1', 'x29'], 3)).toEqual(['p29', 'p2997', 'p2990']);
    index.remove('p2995');
    expect(index.get('p2995')).toBeUndefined();
    expect(index.size).toBe(2999);
  });

  test('a document with a repeated token is one hit; non-ASCII prefixes work', () => {
    const index = new TokenIndex([doc('a', ['анна', 'анна', 'ан']), doc('b', ['ангеліна'])]);
    expect(ids(index, ['ан'])).toEqual(['a', 'b']);
    expect(index.search(['ан'], 5)[0]?.score).toBe(2);
  });
});

describe('packed and read back', () => {
  test('an unpacked index searches, changes and rebuilds like the original', () => {
    const original = base();
    const { packed, data } = original.pack();
    const index = TokenIndex.unpack(packed, data);
    expect(index.size).toBe(4);
    for (const q of [['ole'], ['koval', 'ole'], ['sev', 'kiiv'], ['38067']])
      expect(index.search(q, 10)).toEqual(original.search(q, 10));
    // Tokens are spelled out from the term ids on demand, in the document's order.
    expect(index.get('taras')?.tokens).toEqual(['taras', 'sevcenko', 'kiiv', '380671234567']);
    // An in-place update keeps the tokens (the read-back document keeps them behind a getter).
    expect(index.update('oleg', 9, 'oleg v2')).toBe(true);
    expect(index.get('oleg')).toEqual({
      id: 'oleg',
      tokens: ['oleg', 'koval', 'lviv'],
      rank: 9,
      data: 'oleg v2',
    });
    expect(index.search(['lviv'], 5)).toEqual([{ id: 'oleg', score: 2, data: 'oleg v2' }]);
    index.upsert(doc('new', ['nova', 'kiiv'], 1));
    index.remove('olena-koval');
    index.compact();
    expect(ids(index, ['kiiv'])).toEqual(['olena-shev', 'taras', 'new']);
    expect(ids(index, ['koval'])).toEqual(['oleg']);
    expect(index.get('olena-shev')?.tokens).toEqual(['olena', 'sevcenko', 'kiiv']);
  });
});

describe('built a slice at a time', () => {
  /** 12,000 documents: more than two slices of the build. */
  const many = () =>
    Array.from({ length: 12_000 }, (_, i) =>
      doc(`p${i}`, [`name${i % 700}`, `city${i % 30}`, `${380670000000 + i}`], i),
    );
  const counting = () => {
    const calls = { n: 0 };
    return { calls, breathe: () => ((calls.n += 1), Promise.resolve()) };
  };

  test('answers as a build in one go does, and gives the page a breath between slices', async () => {
    const { calls, breathe } = counting();
    const sliced = new TokenIndex<string>();
    await sliced.replaceInSlices(many(), breathe);
    const whole = new TokenIndex<string>(many());
    expect(calls.n).toBeGreaterThanOrEqual(4);
    for (const q of [['name12'], ['city7', 'name1'], ['38067000011'], ['nope']])
      expect(ids(sliced, q, 50)).toEqual(ids(whole, q, 50));
    expect(sliced.isCompact).toBe(true);
    expect(sliced.pack().packed).toEqual(whole.pack().packed);
  });

  test('searches meanwhile see the documents as they were; changes made meanwhile are on top of the new build', async () => {
    const index = base();
    let step = 0;
    const during: string[][] = [];
    const breathe = async () => {
      step++;
      if (step === 1) {
        during.push(ids(index, ['olena']));
        index.upsert(doc('new', ['olena', 'nova'], 9));
        index.update('oleg', 7, 'oleg, updated');
        index.remove('taras');
      }
    };
    await index.replaceInSlices([...base().docs(), ...many()], breathe);
    expect(during[0]).toEqual(['olena-shev', 'olena-koval']);
    expect(ids(index, ['olena'])).toEqual(['new', 'olena-shev', 'olena-koval']);
    expect(ids(index, ['taras'])).toEqual([]);
    expect(index.get('oleg')?.data).toBe('oleg, updated');
    expect(index.size).toBe(4 + 12_000);
  });

  test('compactInSlices folds a large delta in, and two at once share one build', async () => {
    const index = base();
    for (const d of many()) index.upsert(d);
    expect(index.needsCompaction).toBe(true);
    const { calls, breathe } = counting();
    await Promise.all([index.compactInSlices(breathe), index.compactInSlices(breathe)]);
    expect(index.isCompact).toBe(true);
    expect(calls.n).toBeLessThan(20);
    expect(ids(index, ['name699'], 100)).toHaveLength(17);
  });

  test('packs after a removal (the removed one leaves a hole until the next build)', () => {
    const index = base();
    index.remove('oleg');
    expect(index.isCompact).toBe(false);
    const { packed, data } = index.pack();
    expect(data.sort()).toEqual(['olena-koval', 'olena-shev', 'taras']);
    expect(packed.ids.split('\u0000').sort()).toEqual(['olena-koval', 'olena-shev', 'taras']);
  });
});
