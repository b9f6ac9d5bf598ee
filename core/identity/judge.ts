// Whether two records are one person, and on what evidence. The one place that decides it, for imports,
// quick add, capture, logging and (next) contacts sync and chat pages:
// - an exact email (Gmail dots and +tags folded when the user asked for it) or a Telegram user id is one
//   person's: same;
// - a phone, a Telegram username or a WhatsApp chat is shared by families, offices and successors: it makes
//   the same person only together with a name that agrees; with a name that differs or none, a suggestion;
// - a company domain, or a whole name alone, is a suggestion at most;
// - company and switchboard phones are the company's, and callers never pass them in.
import { canonicalEmail, foldGmail } from '../email';
import { isGmailAddress } from '../matching';
import { compareNames, fullNamesAgree, type NameAgreement, type NameFacts } from './names';

/** A chat identity beside emails and phones (CHAT-PAGES.md). */
export interface ChatHandle {
  kind: 'telegram-id' | 'telegram-username' | 'whatsapp';
  value: string;
}

/** What identity compares of a person: names, exact emails, personal phones (E.164), chat handles. */
export interface IdentityFacts extends NameFacts {
  emails: readonly string[];
  phones: readonly string[];
  handles?: readonly ChatHandle[];
  /** Work domains (their company's), for suggestions only. */
  domains?: readonly string[];
}

export type Evidence =
  | { kind: 'email'; value: string }
  | { kind: 'phone'; value: string }
  | { kind: 'handle'; handle: ChatHandle }
  | { kind: 'domain'; value: string }
  | { kind: 'name' };

/** same: one person, merge; possible: a suggestion for the user, never merged by itself; different. */
export type IdentityLevel = 'same' | 'possible' | 'different';

export interface Verdict {
  level: IdentityLevel;
  /** What the two records share, strongest first. */
  evidence: Evidence[];
  /** How their names compare. */
  names: NameAgreement;
}

export interface IdentityOptions {
  /** Gmail ignores dots and +tags in its addresses; the user's setting says whether Kartka does too. */
  gmailFolding: boolean;
}

/** A handle as compared: Telegram usernames without @ and case, WhatsApp jids by their digits. */
export function handleKey(h: ChatHandle): string {
  const v = h.value.trim();
  if (h.kind === 'telegram-username') return `tg:@${v.replace(/^@/u, '').toLowerCase()}`;
  if (h.kind === 'whatsapp') return `wa:${v.replace(/@.*$/u, '').replace(/\D/gu, '')}`;
  return `tg:${v}`;
}

/** The key an email is compared by: lower case, and Gmail-folded when the user asked for it. */
export function emailKey(email: string, options: IdentityOptions): string {
  const e = canonicalEmail(email);
  return options.gmailFolding && isGmailAddress(e) ? foldGmail(e) : e;
}

function shared<T>(a: readonly T[], b: readonly T[], key: (v: T) => string): T[] {
  const keys = new Set(b.map(key));
  return a.filter((v) => keys.has(key(v)));
}

/** Judges whether `a` and `b` are one person (see the rules at the top of this file). */
export function judgeIdentity(a: IdentityFacts, b: IdentityFacts, options: IdentityOptions): Verdict {
  const names = compareNames(a, b);
  const emails = shared(a.emails, b.emails, (e) => emailKey(e, options));
  const handles = shared(a.handles ?? [], b.handles ?? [], handleKey);
  const phones = shared(a.phones, b.phones, (p) => p);
  const evidence: Evidence[] = [
    ...emails.map((value): Evidence => ({ kind: 'email', value })),
    ...handles
      .filter((h) => h.kind === 'telegram-id')
      .map((handle): Evidence => ({ kind: 'handle', handle })),
    ...phones.map((value): Evidence => ({ kind: 'phone', value })),
    ...handles
      .filter((h) => h.kind !== 'telegram-id')
      .map((handle): Evidence => ({ kind: 'handle', handle })),
  ];
  const strong = evidence.some(
    (e) => e.kind === 'email' || (e.kind === 'handle' && e.handle.kind === 'telegram-id'),
  );
  if (strong) return { level: 'same', evidence, names };
  if (evidence.length > 0) return { level: names === 'agree' ? 'same' : 'possible', evidence, names };
  // Colleagues share a domain: only a name that agrees makes it worth a look.
  const domains = shared(a.domains ?? [], b.domains ?? [], (d) => d.toLowerCase());
  if (domains.length > 0 && names === 'agree')
    return { level: 'possible', evidence: domains.map((value) => ({ kind: 'domain', value })), names };
  if (fullNamesAgree(a, b)) return { level: 'possible', evidence: [{ kind: 'name' }], names };
  return { level: 'different', evidence: [], names };
}

/** A record judged against one incoming person. */
export interface Judged<Id extends string> {
  id: Id;
  verdict: Verdict;
}

export interface Resolution<Id extends string> {
  /** The one record the incoming person is (the strongest 'same'), if any. */
  match?: Judged<Id>;
  /** Other records worth offering as possible duplicates (including 'same' ones beyond the first). */
  possible: Judged<Id>[];
}

const rank = (v: Verdict): number =>
  v.evidence.some((e) => e.kind === 'email') ? 3 : v.evidence.some((e) => e.kind === 'handle') ? 2 : 1;

/**
 * Resolves an incoming person against candidate records (those sharing any email, phone, handle or name):
 * the best 'same' record, and every other record that deserves a suggestion.
 */
export function resolveIdentity<Id extends string>(
  incoming: IdentityFacts,
  candidates: readonly (IdentityFacts & { id: Id })[],
  options: IdentityOptions,
): Resolution<Id> {
  const judged: Judged<Id>[] = [];
  const seen = new Set<Id>();
  for (const c of candidates) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const verdict = judgeIdentity(incoming, c, options);
    if (verdict.level !== 'different') judged.push({ id: c.id, verdict });
  }
  const same = judged
    .filter((j) => j.verdict.level === 'same')
    .sort((x, y) => rank(y.verdict) - rank(x.verdict));
  const match = same[0];
  const possible = judged.filter((j) => j !== match);
  return match ? { match, possible } : { possible };
}
