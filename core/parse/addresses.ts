// RFC 5322 address lists as real mailers write them: quoted names with commas, groups, comments,
// Outlook's ';' separators, and the broken forms spam and old clients produce. Never throws.
import { stripInvisible } from '../email.ts';
import { importNote, type ImportNote } from '../import-reason.ts';
import { decodeEncodedWords } from './encoded-words.ts';

/** One mailbox from a header. `address` is trimmed and lower-cased; `problem` says why it is invalid. */
export interface ParsedAddress {
  name: string;
  address: string;
  valid: boolean;
  problem?: string;
}

type Token =
  | { kind: 'word'; text: string; quoted: boolean; spaceBefore: boolean }
  | { kind: 'comment'; text: string }
  | { kind: 'angle'; text: string }
  | { kind: ',' | ';' | ':' };

function readDelimited(text: string, start: number, close: string, nests: string | null): [string, number] {
  let depth = 1;
  let out = '';
  let i = start;
  for (; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\\' && close !== '>' && i + 1 < text.length) {
      out += text[++i] ?? '';
      continue;
    }
    if (nests !== null && ch === nests) depth++;
    else if (ch === close && --depth === 0) return [out, i + 1];
    out += ch;
  }
  return [out, i]; // unterminated: take the rest
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let space = false;
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      space = true;
      i++;
      continue;
    }
    if (ch === '"') {
      const [inner, next] = readDelimited(text, i + 1, '"', null);
      tokens.push({ kind: 'word', text: inner, quoted: true, spaceBefore: space });
      i = next;
    } else if (ch === '(') {
      const [inner, next] = readDelimited(text, i + 1, ')', '(');
      tokens.push({ kind: 'comment', text: inner });
      i = next;
    } else if (ch === '<') {
      const [inner, next] = readDelimited(text, i + 1, '>', null);
      tokens.push({ kind: 'angle', text: inner });
      i = next;
    } else if (ch === ',' || ch === ';' || ch === ':') {
      tokens.push({ kind: ch });
      i++;
    } else if (ch === '>' || ch === ')') {
      i++; // stray closer: ignore
    } else {
      let j = i;
      while (j < text.length && !/[\s"(<>,;:)]/.test(text[j] ?? '')) j++;
      tokens.push({ kind: 'word', text: text.slice(i, j), quoted: false, spaceBefore: space });
      i = j;
    }
    space = false;
  }
  return tokens;
}

/** Lower-cases and trims an address, strips surrounding `<>` and a `mailto:` prefix. */
export function normalizeEmail(s: string): string {
  let v = stripInvisible(s).trim();
  if (v.startsWith('<') && v.endsWith('>')) v = v.slice(1, -1).trim();
  v = v.replace(/^mailto:/i, '');
  return v.toLowerCase();
}

/** What is wrong with an address, said after it ("has no @") with its code; null when it is a plausible mailbox. */
export function emailFault(raw: string): ImportNote | null {
  const s = normalizeEmail(raw);
  if (s === '') return importNote('the address is empty', 'address.empty');
  const at = s.lastIndexOf('@');
  if (at < 0) return importNote('has no @', 'address.noAt');
  const local = s.slice(0, at);
  const domain = s.slice(at + 1);
  const unquoted = local.startsWith('"') && local.endsWith('"') && local.length >= 2 ? '' : local;
  if (unquoted.includes('@') || (local === '' && s.indexOf('@') !== at))
    return importNote('has more than one @', 'address.manyAt');
  if (local === '') return importNote('has nothing before the @', 'address.noLocal');
  if (domain === '') return importNote('has no domain after the @', 'address.noDomain');
  if (/\s/.test(s.replace(/^".*"@/, '@'))) return importNote('contains spaces', 'address.spaces');
  if (/^\[[0-9a-f.:]+\]$/.test(domain)) return null; // domain literal
  if (!domain.includes('.')) return importNote('has no dot in the domain', 'address.noDot');
  // Letters of any script are allowed: internationalised domains arrive in Unicode form.
  if (
    !/^[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?(?:\.[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?)+$/u.test(
      domain,
    )
  )
    return importNote('has an invalid domain', 'address.badDomain');
  if (unquoted !== '' && !/^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]+$/u.test(unquoted))
    return importNote('has characters not allowed before the @', 'address.badLocal');
  return null;
}

/** Why an address is not usable ("'ivan' has no @"), or null when it is a plausible mailbox. */
export function emailProblem(raw: string): string | null {
  const fault = emailFault(raw);
  if (fault === null) return null;
  return fault.because?.code === 'address.empty' ? fault.reason : `'${normalizeEmail(raw)}' ${fault.reason}`;
}

/** True when the text is a plausible email address. */
export function isValidEmail(s: string): boolean {
  return emailProblem(s) === null;
}

function cleanName(raw: string, address: string): string {
  let name = decodeEncodedWords(raw).replace(/\s+/g, ' ').trim();
  // Outlook wraps names in single quotes: "'Ivan Petrov'" <ivan@x.ua>.
  if (/^'.*'$/.test(name) && name.length >= 2) name = name.slice(1, -1).trim();
  if (/^".*"$/.test(name) && name.length >= 2) name = name.slice(1, -1).trim();
  // A name that only repeats the address says nothing.
  if (normalizeEmail(name) === address) return '';
  return name;
}

function makeAddress(name: string, rawAddress: string): ParsedAddress {
  // Source routes (<@relay:user@host>) are obsolete; keep the mailbox.
  const address = normalizeEmail(rawAddress.replace(/^(?:@[^:]*:)/, ''));
  const problem = emailProblem(address);
  const result: ParsedAddress = { name: cleanName(name, address), address, valid: problem === null };
  if (problem !== null) result.problem = problem;
  return result;
}

function phraseText(words: Token[]): string {
  let out = '';
  for (const w of words) {
    if (w.kind !== 'word') continue;
    out += (out !== '' && w.spaceBefore ? ' ' : out !== '' && w.quoted ? ' ' : '') + w.text;
  }
  return out;
}

// One mailbox's tokens (between separators) -> its address (or several, when commas were forgotten).
function finishMailbox(tokens: Token[]): ParsedAddress[] {
  const words = tokens.filter((t) => t.kind === 'word');
  const comments = tokens.flatMap((t) => (t.kind === 'comment' ? [t.text.trim()] : []));
  const angle = tokens.find((t) => t.kind === 'angle');
  if (angle) return [makeAddress(phraseText(words), angle.text)];
  if (words.length === 0) return [];
  // No angle brackets: glue tokens written without spaces ("john doe"@x.com), then find the one with an @.
  const glued: { text: string; tokens: Token[] }[] = [];
  for (const w of words) {
    const last = glued[glued.length - 1];
    if (last && !w.spaceBefore) {
      last.text += w.quoted ? `"${w.text}"` : w.text;
      last.tokens.push(w);
    } else glued.push({ text: w.quoted ? `"${w.text}"` : w.text, tokens: [w] });
  }
  if (!glued.some((g) => g.text.includes('@'))) {
    const text = phraseText(words);
    // No address at all: keep the text as the address so the caller can show what was there.
    return [
      {
        name: '',
        address: text.toLowerCase(),
        valid: false,
        problem: `'${text}' has no @`,
      },
    ];
  }
  // "a@x.com b@y.com" without commas is two mailboxes; plain words before an address are its name.
  const out: ParsedAddress[] = [];
  let nameTokens: Token[] = [];
  for (const g of glued) {
    if (!g.text.includes('@')) {
      nameTokens.push(...g.tokens);
      continue;
    }
    const name = nameTokens.length > 0 ? phraseText(nameTokens) : out.length === 0 ? comments.join(' ') : '';
    out.push(makeAddress(name, g.text));
    nameTokens = [];
  }
  return out;
}

/** Parses a To/From/Cc header value (or a pasted list) into mailboxes; group names are dropped. */
export function parseAddressList(text: string): ParsedAddress[] {
  const out: ParsedAddress[] = [];
  let current: Token[] = [];
  let inGroup = false;
  const flush = (): void => {
    out.push(...finishMailbox(current));
    current = [];
  };
  for (const token of tokenize(text)) {
    if (token.kind === ',') flush();
    else if (token.kind === ';') {
      flush();
      inGroup = false;
    } else if (token.kind === ':' && !inGroup && !current.some((t) => t.kind === 'angle')) {
      // "Undisclosed recipients:" - what came before is a group name, not a mailbox.
      current = [];
      inGroup = true;
    } else if (token.kind === ':') {
      current.push({ kind: 'word', text: ':', quoted: false, spaceBefore: false });
    } else current.push(token);
  }
  flush();
  return out;
}

/** Parses a single mailbox; null when the text holds none. Extra mailboxes are ignored. */
export function parseAddress(text: string): ParsedAddress | null {
  return parseAddressList(text)[0] ?? null;
}
