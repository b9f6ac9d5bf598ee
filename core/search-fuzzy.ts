// One typo in a search word: "kovl" and "Kovalj" (folded "kovali") still find Коваль ("koval"). Used only when
// a query finds nothing as typed (core/search-index.ts), so ordinary searches pay nothing for it.

/** Query words shorter than this are matched as typed only: one edit away from "ol" is half the base. */
export const FUZZY_MIN = 4;

// Letters a folded token can hold (core/search.ts foldWord: no j, w, x or y; h only after k, s, z or c).
const LETTERS = 'abcdefghiklmnopqrstuvz';

/**
 * Every string one edit (deletion, substitution, insertion, adjacent swap) away from `word`, as prefixes to look
 * up: about 50 per letter, each a binary search in the term dictionary.
 */
export function oneEditAway(word: string): string[] {
  const out = new Set<string>();
  const alphabet = /\d/u.test(word) ? `${LETTERS}0123456789` : LETTERS;
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (i < word.length) out.add(head + tail.slice(1));
    if (i + 1 < word.length) out.add(head + (tail[1] ?? '') + (tail[0] ?? '') + tail.slice(2));
    for (const ch of alphabet) {
      out.add(head + ch + tail);
      if (i < word.length) out.add(head + ch + tail.slice(1));
    }
  }
  out.delete(word);
  return [...out].filter((w) => w.length >= FUZZY_MIN - 1);
}

/** True when at most one edit is needed to turn `a` into `b` (Damerau: an adjacent swap is one edit). */
function withinOne(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length || i === b.length) return Math.abs(a.length - b.length) <= 1;
  const [ra, rb] = [a.slice(i + 1), b.slice(i + 1)];
  return (
    ra === rb || // substitution
    a.slice(i) === rb || // b has an extra character
    ra === b.slice(i) || // a has an extra character
    (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2)) // swap
  );
}

/** True when some beginning of `token` is one edit from `query`: the fuzzy form of "token starts with query". */
export function fuzzyPrefix(query: string, token: string): boolean {
  if (query.length < FUZZY_MIN) return false;
  for (let len = query.length - 1; len <= query.length + 1; len++)
    if (len <= token.length && withinOne(query, token.slice(0, len))) return true;
  return false;
}
