// RFC 2047 encoded words in headers and RFC 2231 parameter values (attachment names).
import { decodeBytes } from './charset.ts';
import { decodeBase64, decodeQuotedPrintable } from './transfer-encoding.ts';

// Lenient on purpose: real mailers put spaces inside words when they fold badly.
const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?]*)\?=/g;

interface Piece {
  charset: string | null; // null: literal text
  text: string;
  /** The decoded bytes of adjacent words of one charset, joined once at the end (not word by word). */
  bytes: Uint8Array[];
}

function joinBytes(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/**
 * Decodes every RFC 2047 encoded word in a header value. Adjacent words of one charset are joined
 * as bytes first, so a character split across two words survives; malformed words stay as text.
 */
export function decodeEncodedWords(text: string): string {
  if (!text.includes('=?')) return text;
  const pieces: Piece[] = [];
  let last = 0;
  for (const match of text.matchAll(ENCODED_WORD)) {
    const [whole, charsetRaw = '', kind = '', payload = ''] = match;
    const start = match.index;
    const between = text.slice(last, start);
    const prev = pieces[pieces.length - 1];
    // Whitespace between two encoded words is folding, not content (RFC 2047 section 6.2).
    if (between !== '' && !(prev?.charset != null && /^\s*$/.test(between))) {
      pieces.push({ charset: null, text: between, bytes: [] });
    }
    const bytes =
      kind.toLowerCase() === 'b'
        ? decodeBase64(payload.replace(/\s+/g, ''))
        : decodeQuotedPrintable(payload, true);
    const charset = charsetRaw.replace(/\*.*$/, '').toLowerCase();
    const tail = pieces[pieces.length - 1];
    if (tail && tail.charset === charset) tail.bytes.push(bytes);
    else pieces.push({ charset, text: whole, bytes: [bytes] });
    last = start + whole.length;
  }
  if (last < text.length) pieces.push({ charset: null, text: text.slice(last), bytes: [] });
  return pieces
    .map((p) => (p.charset === null ? p.text : decodeBytes(joinBytes(p.bytes), p.charset).text))
    .join('');
}

/** A header value split into its main value and its parameters (names lower-cased). */
export interface HeaderParams {
  value: string;
  params: Record<string, string>;
}

// Splits on ';' outside quoted strings.
function splitParams(text: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (quoted && ch === '\\' && i + 1 < text.length) {
      current += ch + (text[i + 1] ?? '');
      i++;
      continue;
    }
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1).replace(/\\(.)/g, '$1');
  // An unterminated quote (seen in spam) still names the file.
  return v.startsWith('"') ? v.slice(1) : v;
}

interface Section {
  index: number;
  extended: boolean;
  raw: string;
}

const utf8 = new TextEncoder();

function percentDecode(text: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    const hex = text.slice(i + 1, i + 3);
    if (ch === '%' && /^[0-9a-fA-F]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16));
      i += 2;
    } else for (const b of utf8.encode(ch)) out.push(b);
  }
  return Uint8Array.from(out);
}

/** Parses `type; name="a"; filename*=utf-8''%D0%90` including RFC 2231 continuations and charsets. */
export function parseHeaderParams(header: string): HeaderParams {
  const [first = '', ...rest] = splitParams(header);
  const plain: Record<string, string> = {};
  const sectioned = new Map<string, Section[]>();
  for (const part of rest) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const raw = part.slice(eq + 1).trim();
    const m = /^([^*]+)(?:\*(\d+))?(\*)?$/.exec(key);
    if (!m || (m[2] === undefined && m[3] === undefined)) {
      plain[key] = decodeEncodedWords(unquote(raw));
      continue;
    }
    const name = m[1] ?? key;
    const list = sectioned.get(name) ?? [];
    list.push({
      index: m[2] === undefined ? 0 : Number(m[2]),
      extended: m[3] !== undefined,
      raw: unquote(raw),
    });
    sectioned.set(name, list);
  }
  const params: Record<string, string> = { ...plain };
  for (const [name, sections] of sectioned) {
    sections.sort((a, b) => a.index - b.index);
    let charset = 'utf-8';
    const chunks: Uint8Array[] = [];
    for (const s of sections) {
      let raw = s.raw;
      if (s.extended && s.index === 0) {
        const m = /^([^']*)'[^']*'(.*)$/s.exec(raw);
        if (m) {
          charset = m[1] || 'utf-8';
          raw = m[2] ?? '';
        }
      }
      chunks.push(s.extended ? percentDecode(raw) : utf8.encode(raw));
    }
    const bytes = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
    let offset = 0;
    for (const c of chunks) {
      bytes.set(c, offset);
      offset += c.length;
    }
    // The RFC 2231 form wins over a plain `name=` fallback given for old clients.
    params[name] = decodeEncodedWords(decodeBytes(bytes, charset).text);
  }
  return { value: first.trim(), params };
}
