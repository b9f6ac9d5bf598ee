// Search as a user types it: a word with one typo still finds the client when nothing matches as typed, and
// a run of one letter ("zzzz") finds nothing instead of folding to a one-letter prefix.
import { describe, expect, test } from 'vitest';
import { personSearchTokens, queryTokens } from '../../../core/search';
import { fuzzyPrefix, oneEditAway } from '../../../core/search-fuzzy';
import { TokenIndex, type IndexDoc } from '../../../core/search-index';

const person = (id: string, displayName: string, rank = 0): IndexDoc<string> => ({
  id,
  tokens: personSearchTokens({ displayName, emails: [], phones: [], tags: [] }, []),
  rank,
  data: displayName,
});
const people = [
  person('koval', 'Олена Коваль', 3),
  person('kovalenko', 'Андрій Коваленко', 2),
  person('zinchenko', 'Зоя Зінченко', 1),
  person('shevchenko', 'Тарас Шевченко', 1),
  person('smith', 'John Smith', 1),
];
const found = (index: TokenIndex<string>, q: string) => index.search(queryTokens(q), 10).map((h) => h.data);

describe.each([
  ['built', () => new TokenIndex(people)],
  [
    'changed since the build (delta)',
    () => {
      const index = new TokenIndex<string>([]);
      for (const p of people) index.upsert(p);
      return index;
    },
  ],
])('search with typos, %s', (_, make) => {
  test.each([
    ['kovl', ['Олена Коваль', 'Андрій Коваленко']],
    ['Kovalj', ['Олена Коваль', 'Андрій Коваленко']],
    ['Кавоаль', []],
    ['Кловаль', ['Олена Коваль', 'Андрій Коваленко']],
    ['Shevcenko', ['Тарас Шевченко']],
    ['Шевчнко', ['Тарас Шевченко']],
    ['Smtih', ['John Smith']],
    ['olena kovl', ['Олена Коваль']],
  ])('%s finds %j', (q, names) => {
    expect(found(make(), q).sort()).toEqual([...names].sort());
  });

  test.each(['zzzz', 'ZZZZ', 'аааа', 'qqqqq', 'kovl zzzz'])('%s finds nothing', (q) => {
    expect(found(make(), q)).toEqual([]);
    expect(make().matchIds(queryTokens(q)).size).toBe(0);
  });

  test('a word that matches as typed is not widened: "koval" finds no "kovl…" lookalikes', () => {
    expect(found(make(), 'koval')).toEqual(['Олена Коваль', 'Андрій Коваленко']);
  });

  test('short words are matched as typed only: "olx" finds nobody', () => {
    expect(found(make(), 'olx')).toEqual([]);
  });
});

describe('one edit away', () => {
  test.each([
    ['kovl', 'koval', true],
    ['kovali', 'koval', true],
    ['kovla', 'kovalenko', true],
    ['smtih', 'smith', true],
    ['kovl', 'kravets', false],
    ['ol', 'olena', false],
  ])('%s ~ beginning of %s: %s', (q, token, yes) => {
    expect(fuzzyPrefix(q, token)).toBe(yes);
  });

  test('the variants of a word include each kind of edit and never the word itself', () => {
    const v = oneEditAway('kovl');
    for (const w of ['kov', 'kvol', 'koval', 'kovi', 'okvl']) expect(v).toContain(w);
    expect(v).not.toContain('kovl');
  });
});
