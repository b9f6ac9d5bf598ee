// Addresses made to look like a client's: `olena@zоria.ua` with a Cyrillic "о", `0lena@…` with a zero. A simple
// form of Unicode's confusable "skeleton" (UTS #39 section 4, https://www.unicode.org/reports/tr39/#Confusable_Detection):
// each letter that looks like a Latin one becomes that letter, so two addresses that look alike meet.
import { canonicalEmail } from './email';

/** Letters of other scripts that look like a Latin letter in the fonts mail is read in (lower case). */
const CROSS_SCRIPT: Record<string, string> = {
  // Cyrillic
  а: 'a',
  с: 'c',
  ԁ: 'd',
  е: 'e',
  һ: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  ӏ: 'l',
  о: 'o',
  р: 'p',
  ԛ: 'q',
  ѕ: 's',
  у: 'y',
  х: 'x',
  ԝ: 'w',
  // Greek
  α: 'a',
  ϲ: 'c',
  ι: 'i',
  ϳ: 'j',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  // Armenian and Latin look-alikes
  օ: 'o',
  ո: 'n',
  ս: 'u',
  ɑ: 'a',
  ɡ: 'g',
  ı: 'i',
  ɩ: 'i',
};
/** Digits that pass for letters in an address. */
const DIGITS: Record<string, string> = { '0': 'o', '1': 'l' };

const fold = (address: string, table: Record<string, string>) =>
  [...address].map((ch) => table[ch] ?? ch).join('');

/**
 * Addresses that `address` may be imitating: itself with other scripts' look-alike letters made Latin, and then
 * with 0/1 made o/l too. Empty when it looks like nothing but itself.
 */
export function lookalikeKeys(address: string): string[] {
  const a = canonicalEmail(address).normalize('NFKC');
  const latin = fold(a, CROSS_SCRIPT);
  const skeleton = fold(latin, DIGITS);
  const own = canonicalEmail(address);
  return [...new Set([latin, skeleton])].filter((k) => k !== own);
}

const SCRIPTS: [string, RegExp][] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
];

/**
 * The scripts mixed inside one part of an address (its local part or one domain label), e.g. `zоria` with a
 * Cyrillic "о" among Latin letters; empty when each part is written in one script. A whole Cyrillic domain
 * (`зоря.укр`) is not mixed.
 */
export function mixedScripts(address: string): string[] {
  const a = canonicalEmail(address);
  const at = a.lastIndexOf('@');
  const parts = [a.slice(0, at), ...a.slice(at + 1).split('.')];
  for (const part of parts) {
    const found = SCRIPTS.filter(([, re]) => re.test(part)).map(([name]) => name);
    if (found.length > 1) return found;
  }
  return [];
}
