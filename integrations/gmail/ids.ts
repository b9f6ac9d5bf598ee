// Gmail thread and message ids as the page shows them, and the hash routes that carry them (MAIL-PAGES.md, "Ids").

const HEX_ID = /^[0-9a-f]{16,}$/;
const DECIMAL = /^\d{1,30}$/;
/** URL tokens are numbers written in these 40 consonants (most significant first). */
const TOKEN_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz';
const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const TOKEN = /^[BCDFGHJKLMNPQRSTVWXZbcdfghjklmnpqrstvwxz]{16,}$/;

/** True for a legacy/API hex id (16+ lowercase hex digits). */
export const isHexId = (s: string): boolean => HEX_ID.test(s);

/** `1871293261606360977` -> `19f82b4e90a11791`. */
export function decimalToHex(decimal: string): string | null {
  return DECIMAL.test(decimal) ? BigInt(decimal).toString(16) : null;
}

/** `19f82b4e90a11791` -> `1871293261606360977`. */
export function hexToDecimal(hex: string): string | null {
  return isHexId(hex) ? BigInt(`0x${hex}`).toString(10) : null;
}

/**
 * `[#]msg-f:<decimal>` / `[#]thread-f:<decimal>` -> hex; `msg-a:…` / `thread-a:…` (just sent, no
 * hex id yet) are kept without the `#`; a bare hex id passes; anything else (`undefined`, empty) is null.
 */
export function gmailIdFromAttribute(value: string | null | undefined): string | null {
  const v = (value ?? '').trim().replace(/^#/, '');
  if (isHexId(v)) return v;
  const m = /^(?:msg|thread)-([fa]):(.+)$/.exec(v);
  if (!m?.[2]) return null;
  return m[1] === 'f' ? decimalToHex(m[2]) : v;
}

/** Decodes a URL token (`FMfcgz…`) to the hex thread id, or `thread-a:r…` for a just-sent thread; null if not a token. */
export function decodeUrlToken(token: string): string | null {
  if (!TOKEN.test(token)) return null;
  let n = 0n;
  for (const c of token) n = n * 40n + BigInt(TOKEN_ALPHABET.indexOf(c));
  let b64 = '';
  for (; n > 0n; n /= 64n) b64 = BASE64_ALPHABET.charAt(Number(n % 64n)) + b64;
  let text: string;
  try {
    text = atob(b64.padEnd(Math.ceil(b64.length / 4) * 4, '='));
  } catch {
    return null;
  }
  // Older tokens read `thread-f:<d>|msg-f:<d>`; current ones `f:<d>` or `a:r…`.
  const m = /^(?:thread-)?([fa]):([^|]+)/.exec(text);
  if (!m?.[2]) return null;
  return m[1] === 'f' ? decimalToHex(m[2]) : `thread-a:${m[2]}`;
}

/** Hex thread id -> URL token, the inverse of `decodeUrlToken` (for fixtures and tests). */
export function encodeUrlToken(hex: string): string | null {
  const decimal = hexToDecimal(hex);
  if (!decimal) return null;
  let n = 0n;
  for (const c of btoa(`f:${decimal}`).replace(/=+$/, '')) n = n * 64n + BigInt(BASE64_ALPHABET.indexOf(c));
  let token = '';
  for (; n > 0n; n /= 40n) token = TOKEN_ALPHABET.charAt(Number(n % 40n)) + token;
  return token;
}

/** A thread id from a URL segment: hex, token, or `#thread-f:` form. */
export function threadIdFromSegment(segment: string): string | null {
  const s = safeDecode(segment);
  return isHexId(s) ? s : (decodeUrlToken(s) ?? gmailIdFromAttribute(s));
}

/** Views whose hash is `#<view>/<id>`; `label`, `category`, `search` take one argument first. */
const ONE_PART_VIEWS = new Set([
  'inbox',
  'sent',
  'all',
  'starred',
  'imp',
  'drafts',
  'snoozed',
  'scheduled',
  'spam',
  'trash',
]);
const TWO_PART_VIEWS = new Set(['label', 'category', 'search', 'advanced-search']);

export interface GmailRoute {
  /** `N` of `/mail/u/N/`; null without an account segment. */
  accountIndex: number | null;
  /** First hash segment (`inbox`, `label`, …); empty for a window opened apart (`?th=`). */
  view: string;
  /** The thread named by the URL (hex, or `thread-a:…`), null for list views. */
  threadId: string | null;
  /** The route with the label or search argument redacted and the thread id kept, safe for bug reports. */
  redacted: string;
}

/** Parses `/mail/u/N/#<view>[/<arg>]/<id>` and a thread window's `?th=#thread-f:<decimal>`. */
export function parseGmailUrl(url: URL): GmailRoute {
  const account = /^\/mail\/u\/(\d+)(?:\/|$)/.exec(url.pathname)?.[1];
  const accountIndex = account === undefined ? null : Number(account);
  const parts = url.hash.replace(/^#/, '').split('/');
  const view = parts[0] ?? '';
  const idAt = ONE_PART_VIEWS.has(view) ? 1 : TWO_PART_VIEWS.has(view) ? 2 : -1;
  const segment = idAt > 0 && parts.length === idAt + 1 ? parts[idAt] : undefined;
  let threadId = segment ? threadIdFromSegment(segment) : null;
  const th = url.searchParams.get('th');
  if (!threadId && th) threadId = threadIdFromSegment(th);
  const shownView = idAt === 2 ? `${view}/*` : view || (th ? '?th' : '');
  return { accountIndex, view, threadId, redacted: threadId ? `${shownView}/${threadId}` : shownView };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
