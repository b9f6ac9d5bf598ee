// Search tokens: one Latin "skeleton" per word, so Олена, Olena and Olena's typos in another
// transliteration meet on the same token; phones as digit strings; emails whole and in parts.
import { domainOf, localPartOf } from './email';
import type { Handle } from './handles';
import { phoneParts } from './phones';

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

// foldWord's first steps (lower case, apostrophes out, Cyrillic to Latin) as a table from a char code to
// the Latin char codes it becomes, for ASCII letters and digits, apostrophes and the table's Cyrillic
// letters in either case; a word with any other character takes the general path.
const PLAIN: (readonly number[] | undefined)[] = [];
const APOSTROPHE_CHARS = "'’ʼ`´‘";

function addPlain(from: string, latin: string): void {
  const codes = Array.from(latin, (ch) => ch.charCodeAt(0));
  PLAIN[from.charCodeAt(0)] = codes;
  PLAIN[from.toUpperCase().charCodeAt(0)] = codes;
}
for (const ch of '0123456789abcdefghijklmnopqrstuvwxyz') addPlain(ch, ch);
for (const [ch, latin] of Object.entries(CYRILLIC)) addPlain(ch, latin);
for (const ch of APOSTROPHE_CHARS) addPlain(ch, '');

const C = 0x63; // c
const G = 0x67; // g
const H = 0x68; // h
const I = 0x69; // i
const J = 0x6a; // j
const K = 0x6b; // k
const S = 0x73; // s
const V = 0x76; // v
const W = 0x77; // w
const X = 0x78; // x
const Y = 0x79; // y
const Z = 0x7a; // z
const skeletonCodes: number[] = [];

/**
 * foldWord in one pass over a word of PLAIN characters (so the Latin is [a-z0-9] only): x→ks, w→v,
 * y/j→i, h→g except after k/s/z/c, shch→sch, runs of one character to one, at most MAX_TOKEN.
 * Undefined for any other word.
 */
function plainFold(word: string): string | undefined {
  const out = skeletonCodes;
  out.length = 0;
  for (let at = 0; at < word.length; at++) {
    const latin = PLAIN[word.charCodeAt(at)];
    if (latin === undefined) return undefined;
    for (const ch of latin) {
      if (ch === X) out.push(K, S);
      else if (ch === W) out.push(V);
      else if (ch === Y || ch === J) out.push(I);
      else if (ch !== H) out.push(ch);
      else {
        const n = out.length;
        const last = out[n - 1];
        if (last !== K && last !== S && last !== Z && last !== C) out.push(G);
        else if (last === C && out[n - 2] === H && out[n - 3] === S) {
          out[n - 2] = C; // shch → sch
          out[n - 1] = H;
        } else out.push(H);
      }
    }
  }
  let folded = '';
  let prev = -1;
  for (const ch of out) {
    if (ch !== prev) folded += String.fromCharCode(ch);
    prev = ch;
  }
  return folded.length > MAX_TOKEN ? folded.slice(0, MAX_TOKEN) : folded;
}

/** The general path: Unicode case mapping and normalisation, then the same Latin rules on the result. */
function foldAny(word: string): string {
  let latin = '';
  for (const ch of word.toLowerCase().normalize('NFC').replace(APOSTROPHES, '')) latin += CYRILLIC[ch] ?? ch;
  latin = latin.normalize('NFD').replace(/\p{M}/gu, '');
  let t = '';
  for (const ch of latin) {
    if (ch === 'x') t += 'ks';
    else if (ch === 'w') t += 'v';
    else if (ch === 'y' || ch === 'j') t += 'i';
    else if (ch === 'h') t += /[kszc]$/u.test(t) ? 'h' : 'g';
    else t += ch;
  }
  return t
    .replaceAll('shch', 'sch')
    .replace(/(.)\1+/gu, '$1')
    .slice(0, MAX_TOKEN);
}

// Names repeat across a base, so folded words are kept (not those with digits, which rarely repeat);
// emptied when full.
const FOLD_CACHE_SIZE = 10_000;
const foldedWords = new Map<string, string>();
const DIGIT = /\d/u;

/** A copy of `s` sharing no memory with it: a cache key sliced from a file's text would keep the whole text alive. */
function detached(s: string): string {
  let copy = '';
  for (let n = 0; n < s.length; n++) copy += s.charAt(n);
  return copy;
}

/** Folds one word to its search skeleton: Cyrillic transliterated, ё/е, і/и/ї/й/y/j as i, h as g, doubles collapsed. */
export function foldWord(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = plainFold(word) ?? foldAny(word);
    if (!DIGIT.test(word)) {
      if (foldedWords.size >= FOLD_CACHE_SIZE) foldedWords.clear();
      foldedWords.set(detached(word), folded);
    }
  }
  return folded;
}

// Per BMP char code: WORD for a letter or digit, APOSTROPHE, SEPARATOR for anything else; 0 until first seen.
const WORD = 1;
const SEPARATOR = 2;
const APOSTROPHE = 3;
const CHAR_KIND = new Uint8Array(0x10000);
for (const ch of APOSTROPHE_CHARS) CHAR_KIND[ch.charCodeAt(0)] = APOSTROPHE;

function charKind(code: number): number {
  let kind = CHAR_KIND[code] ?? SEPARATOR;
  if (kind === 0) {
    kind = /^[\p{L}\p{N}]$/u.test(String.fromCharCode(code)) ? WORD : SEPARATOR;
    CHAR_KIND[code] = kind;
  }
  return kind;
}

/** Splits free text into folded word tokens (letters and digits; apostrophes stay inside words). */
export function textTokens(text: string): string[] {
  const tokens: string[] = [];
  collectTextTokens(text, tokens);
  return tokens;
}

function pushFolded(word: string, tokens: string[]): void {
  if (word === '') return;
  const f = foldWord(word);
  if (f !== '') tokens.push(f);
}

/** textTokens into `tokens`, in one pass over char codes; text with surrogate pairs goes by regex. */
function collectTextTokens(text: string, tokens: string[]): void {
  const before = tokens.length;
  let word = '';
  let start = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code >= 0xd800 && code <= 0xdfff) {
      tokens.length = before;
      for (const w of text.replace(APOSTROPHES, '').split(/[^\p{L}\p{N}]+/u)) pushFolded(w, tokens);
      return;
    }
    const kind = charKind(code);
    if (kind === APOSTROPHE) {
      word += text.slice(start, at);
      start = at + 1;
    } else if (kind === SEPARATOR) {
      pushFolded(word + text.slice(start, at), tokens);
      word = '';
      start = at + 1;
    }
  }
  pushFolded(word + text.slice(start), tokens);
}

/** Tokens for an email: the whole address, the words of its local part and the domain's first label. */
export function emailTokens(email: string): string[] {
  const out: string[] = [];
  collectEmailTokens(email, out);
  return out;
}

function collectEmailTokens(email: string, out: string[]): void {
  const e = email.trim().toLowerCase();
  const domain = domainOf(e);
  out.push(e.slice(0, 64), domain);
  collectTextTokens(localPartOf(e), out);
  const dot = domain.indexOf('.');
  const label = dot < 0 ? domain : domain.slice(0, dot);
  if (label) collectTextTokens(label, out);
}

const PLUS_DIGITS = /^\+\d*$/u;

/** Tokens for an E.164 phone: international digits, national number, and the national number with trunk prefix. */
export function phoneTokens(e164: string): string[] {
  const out: string[] = [];
  collectPhoneTokens(e164, out);
  return out;
}

function collectPhoneTokens(e164: string, out: string[]): void {
  out.push(PLUS_DIGITS.test(e164) ? e164.slice(1) : e164.replace(/\D/gu, ''));
  const parts = phoneParts(e164);
  if (parts) {
    const nsn = parts.nationalNumber;
    out.push(nsn, parts.callingCode === '7' ? `8${nsn}` : `0${nsn}`);
  }
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
  handles?: readonly Handle[];
}

/** All search tokens for a person, deduplicated; `companyNames` are the names of their current companies. */
export function personSearchTokens(p: PersonSearchFields, companyNames: readonly string[]): string[] {
  const found: string[] = [];
  for (const w of [p.displayName, p.givenName, p.familyName, p.patronymic])
    if (w) collectTextTokens(w, found);
  if (p.city) collectTextTokens(p.city, found);
  for (const w of p.tags) if (w) collectTextTokens(w, found);
  for (const w of companyNames) if (w) collectTextTokens(w, found);
  for (const e of p.emails) collectEmailTokens(e, found);
  for (const ph of p.phones) collectPhoneTokens(ph, found);
  if (p.handles) collectHandleTokens(p.handles, found);
  return uniqueInOrder(found);
}

/** Tokens for messenger handles: "@username" whole (a query with '@' stays whole) and its words; a WhatsApp jid whole. */
export function handleSearchTokens(handles: readonly Handle[]): string[] {
  const out: string[] = [];
  collectHandleTokens(handles, out);
  return uniqueInOrder(out);
}

function collectHandleTokens(handles: readonly Handle[], out: string[]): void {
  for (const h of handles) {
    if (h.kind === 'telegram-username') {
      out.push(`@${h.value}`);
      collectTextTokens(h.value, out);
    } else if (h.kind === 'whatsapp') out.push(h.value);
  }
}

/** The list without repeats, first occurrences in order (a person has a few dozen tokens, so no Set below 64). */
function uniqueInOrder(list: readonly string[]): string[] {
  if (list.length > 64) return [...new Set(list)];
  const out: string[] = [];
  for (const t of list) if (!out.includes(t)) out.push(t);
  return out;
}

/** All search tokens for a company: name, legal form, domains, city and region, tags, its own phones. */
export function companySearchTokens(c: {
  name: string;
  legalForm?: string;
  domains: readonly string[];
  city?: string;
  region?: string;
  tags: readonly string[];
  phones?: readonly string[];
}): string[] {
  const tokens = new Set<string>();
  for (const ph of c.phones ?? []) for (const t of phoneTokens(ph)) tokens.add(t);
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
    // No name has a letter three times running: folding "zzzz" to "z" would match half the base, so such a
    // word is sought as typed and finds nothing (index tokens never repeat a letter).
    else if (TRIPLE.test(part)) out.add(part.toLowerCase());
    else for (const t of textTokens(part)) out.add(t);
  }
  return [...out];
}

const TRIPLE = /(\p{L})\1\1/iu;

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
