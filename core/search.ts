// Search tokens: one Latin "skeleton" per word, so Олена, Olena and Olena's typos in another
// transliteration meet on the same token; phones as digit strings; emails whole and in parts.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { domainOf, localPartOf } from './email';

// One table for Ukrainian and Russian: г and ґ both become g (Latin h folds to g below), и/і/й/ы all end as i.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ґ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  є: 'ye',
  ж: 'zh',
  з: 'z',
  и: 'y',
  і: 'i',
  ї: 'yi',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

const APOSTROPHES = /['’ʼ`´‘]/gu;
const MAX_TOKEN = 40;

/** Folds one word to its search skeleton: Cyrillic transliterated, ё/е, і/и/ї/й/y/j as i, h as g, doubles collapsed. */
export function foldWord(word: string): string {
  let s = '';
  for (const ch of word.toLowerCase().normalize('NFC').replace(APOSTROPHES, '')) s += CYRILLIC[ch] ?? ch;
  s = s.normalize('NFD').replace(/\p{M}/gu, '');
  s = s
    .replace(/x/gu, 'ks')
    .replace(/w/gu, 'v')
    .replace(/[yj]/gu, 'i')
    .replace(/(?<![kszc])h/gu, 'g')
    .replace(/shch/gu, 'sch')
    .replace(/(.)\1+/gu, '$1');
  return s.slice(0, MAX_TOKEN);
}

/** Splits free text into folded word tokens (letters and digits; apostrophes stay inside words). */
export function textTokens(text: string): string[] {
  const out: string[] = [];
  for (const word of text.replace(APOSTROPHES, '').split(/[^\p{L}\p{N}]+/u)) {
    if (word === '') continue;
    const folded = foldWord(word);
    if (folded !== '') out.push(folded);
  }
  return out;
}

/** Tokens for an email: the whole address, the words of its local part and the domain's first label. */
export function emailTokens(email: string): string[] {
  const e = email.trim().toLowerCase();
  const domain = domainOf(e);
  const out = [e.slice(0, 64), domain, ...textTokens(localPartOf(e))];
  const label = domain.split('.')[0];
  if (label) out.push(...textTokens(label));
  return out;
}

/** Tokens for an E.164 phone: international digits, national number, and the national number with trunk prefix. */
export function phoneTokens(e164: string): string[] {
  const digits = e164.replace(/\D/gu, '');
  const out = [digits];
  const parsed = parsePhoneNumberFromString(e164);
  if (parsed) {
    const nsn = String(parsed.nationalNumber);
    out.push(nsn, parsed.countryCallingCode === '7' ? `8${nsn}` : `0${nsn}`);
  }
  return out;
}

/** What a person's search tokens are built from. */
export interface PersonSearchFields {
  displayName: string;
  givenName?: string;
  familyName?: string;
  patronymic?: string;
  emails: readonly string[];
  phones: readonly string[];
  tags: readonly string[];
  city?: string;
  position?: string;
}

/** All search tokens for a person, deduplicated; `companyNames` are the names of their current companies. */
export function personSearchTokens(p: PersonSearchFields, companyNames: readonly string[]): string[] {
  const words = [p.displayName, p.givenName, p.familyName, p.patronymic, p.city, ...p.tags, ...companyNames];
  const tokens = new Set<string>();
  for (const w of words) if (w) for (const t of textTokens(w)) tokens.add(t);
  for (const e of p.emails) for (const t of emailTokens(e)) tokens.add(t);
  for (const ph of p.phones) for (const t of phoneTokens(ph)) tokens.add(t);
  const nameWords = [
    ...new Set(
      [p.displayName, p.givenName, p.familyName, p.patronymic].flatMap((w) => (w ? textTokens(w) : [])),
    ),
  ];
  for (const t of nameTokenPairs(nameWords)) tokens.add(t);
  return [...tokens];
}

/** Separates the two words of a pair token; never part of a word token. */
export const PAIR_SEPARATOR = '_';
const MAX_NAME_WORDS = 4;

/**
 * Both orders of every two name words ("olena_koval", "koval_olena"), so a two-word query seeks one rare
 * pair instead of intersecting two common names.
 */
export function nameTokenPairs(words: readonly string[]): string[] {
  const w = words.slice(0, MAX_NAME_WORDS);
  return w.flatMap((a, i) => w.flatMap((b, j) => (i === j ? [] : [`${a}${PAIR_SEPARATOR}${b}`])));
}

/** The pair token prefix for a query's first two words, when it has two text words. */
export function queryPairPrefix(tokens: readonly string[]): string | undefined {
  const [a, b] = tokens;
  if (a === undefined || b === undefined || /[@.\d]/u.test(a + b)) return undefined;
  return `${a}${PAIR_SEPARATOR}${b}`;
}

/** All search tokens for a company: name, legal form, domains, city and region, tags. */
export function companySearchTokens(c: {
  name: string;
  legalForm?: string;
  domains: readonly string[];
  city?: string;
  region?: string;
  tags: readonly string[];
}): string[] {
  const tokens = new Set<string>();
  for (const w of [c.name, c.legalForm, c.city, c.region, ...c.tags])
    if (w) for (const t of textTokens(w)) tokens.add(t);
  for (const d of c.domains) {
    tokens.add(d.toLowerCase());
    for (const t of textTokens(d.split('.')[0] ?? '')) tokens.add(t);
  }
  return [...tokens];
}

const PHONE_QUERY = /^[\d\s()+\-./]+$/u;
const DOMAIN_LIKE = /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/iu;

/** Turns a typed query into tokens: a phone typed with spaces is one digit token; an email stays whole. */
export function queryTokens(query: string): string[] {
  const q = query.trim();
  if (q === '') return [];
  if (PHONE_QUERY.test(q) && q.replace(/\D/gu, '').length >= 3) return [q.replace(/\D/gu, '')];
  const out = new Set<string>();
  for (const part of q.split(/\s+/u)) {
    if (part.includes('@') || DOMAIN_LIKE.test(part)) out.add(part.toLowerCase().slice(0, 64));
    else for (const t of textTokens(part)) out.add(t);
  }
  return [...out];
}

/** The query token to seek the index with: the longest, as the likely rarest. */
export function seekToken(tokens: readonly string[]): string | undefined {
  return [...tokens].sort((a, b) => b.length - a.length)[0];
}

/** True when every query token is a prefix of at least one of the record's tokens. */
export function matchesAll(query: readonly string[], tokens: readonly string[]): boolean {
  return query.every((q) => tokens.some((t) => t.startsWith(q)));
}

/** Ranks a match: exact token hits count more than prefix hits. */
export function matchScore(query: readonly string[], tokens: readonly string[]): number {
  return query.reduce((s, q) => s + (tokens.includes(q) ? 2 : 1), 0);
}
