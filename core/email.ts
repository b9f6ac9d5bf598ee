// Email addresses: one normal form, Gmail's dot/plus folding, role mailboxes, the domain part.
import { refusal, type Refusal } from './reason';

export type EmailResult = { ok: true; email: string } | ({ ok: false } & Refusal);

// Deliberately practical, not RFC 5322 complete: one @, a local part without spaces, a dotted domain.
const EMAIL =
  /^[^\s@<>(),;:"[\]]+@(?:[a-z0-9\u00a1-\uffff](?:[a-z0-9\u00a1-\uffff-]*[a-z0-9\u00a1-\uffff])?\.)+[a-z\u00a1-\uffff]{2,}$/u;

const ANGLED = /<([^<>]*)>/u;
const MAILTO = /^mailto:/iu;

// Characters that show as nothing: zero-width space/joiners, word joiner and invisible operators, soft hyphen,
// BOM, Mongolian vowel separator, and bidi marks, embeddings and isolates. In an address or a handle they only
// ever disguise one (`ze\u200bro@…` shows as zero@…), so they are removed before anything is keyed by it.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/gu;
const HAS_INVISIBLE = new RegExp(INVISIBLE.source, 'u');

/** An address or a handle without invisible characters (`ze\u200bro@x.ua` → `zero@x.ua`). */
export function stripInvisible(text: string): string {
  return HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
}

/** Trims, strips `<…>` and `mailto:`, lower-cases and checks an email address. */
export function normalizeEmail(raw: string): EmailResult {
  let s = stripInvisible(raw).trim();
  const angled = s.includes('<') ? ANGLED.exec(s) : null;
  if (angled?.[1] !== undefined) s = angled[1].trim();
  if (s.startsWith('m') || s.startsWith('M')) s = s.replace(MAILTO, '');
  s = s.toLowerCase();
  if (s === '') return { ok: false, ...refusal('The email address is empty.', 'email.empty') };
  const value = stripInvisible(raw).trim();
  if (!s.includes('@'))
    return {
      ok: false,
      ...refusal(`"${value}" is not an email address: it has no @.`, 'email.noAt', { value }),
    };
  if (s.startsWith('@') || s.endsWith('@')) {
    return {
      ok: false,
      ...refusal(`"${value}" is not an email address: something is missing around the @.`, 'email.aroundAt', {
        value,
      }),
    };
  }
  if (s.includes('..'))
    return {
      ok: false,
      ...refusal(`"${value}" is not an email address: it has two dots in a row.`, 'email.doubleDot', {
        value,
      }),
    };
  if (!EMAIL.test(s))
    return { ok: false, ...refusal(`"${value}" is not an email address.`, 'email.invalid', { value }) };
  return { ok: true, email: s };
}

/** Lower-cased, trimmed form for comparisons; does not validate. */
export function canonicalEmail(raw: string): string {
  return stripInvisible(raw).trim().toLowerCase();
}

/** The domain after the last @, lower-cased; '' when there is none. */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0
    ? ''
    : address
        .slice(at + 1)
        .trim()
        .toLowerCase();
}

/** The local part before the last @, lower-cased. */
export function localPartOf(address: string): string {
  const at = address.lastIndexOf('@');
  return (at < 0 ? address : address.slice(0, at)).trim().toLowerCase();
}

const GMAIL_DOMAINS = new Set(['gmail.com', 'googlemail.com']);

/** Folds Gmail's ignored dots and +tags (o.koval+crm@gmail.com → okoval@gmail.com); other domains unchanged. */
export function foldGmail(address: string): string {
  const email = canonicalEmail(address);
  const domain = domainOf(email);
  if (!GMAIL_DOMAINS.has(domain)) return email;
  const local = localPartOf(email).split('+')[0] ?? '';
  return `${local.replace(/\./gu, '')}@gmail.com`;
}

/** The key an address is matched by: canonical, and Gmail-folded when folding is on. */
export function matchKey(address: string, gmailFolding: boolean): string {
  return gmailFolding ? foldGmail(address) : canonicalEmail(address);
}

/** Role mailboxes that are never one person; the user can edit the list in settings. */
export const DEFAULT_ROLE_LOCAL_PARTS: readonly string[] = [
  'noreply',
  'no-reply',
  'no_reply',
  'donotreply',
  'do-not-reply',
  'mailer-daemon',
  'postmaster',
  'notifications',
  'notification',
  'info',
  'support',
  'help',
  'sales',
  'office',
  'admin',
  'billing',
  'newsletter',
  'news',
  'marketing',
  'hello',
  'contact',
  'team',
  'bounce',
  'bounces',
];

/** True when the local part (ignoring a +tag) is one of `localParts`, e.g. noreply@, info+ua@. */
export function isRoleAddress(addr: string, localParts: readonly string[]): boolean {
  const local = (localPartOf(addr).split('+')[0] ?? '').trim();
  if (local === '') return false;
  return localParts.some((p) => p.trim().toLowerCase() === local);
}
