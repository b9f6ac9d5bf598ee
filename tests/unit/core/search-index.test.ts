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
