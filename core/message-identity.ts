// One message, one record, whichever way it arrived (a mail page, the Gmail API, Graph, an archive import):
// the rule that says whether an incoming message is one the base already holds, and how the stored record
// is then rekeyed. Pure; storage/message-identity.ts does the lookups and the writes (API in /work/notes/14.md).
//
// A message is known under up to three kinds of evidence, strongest first:
//  1. a provider key (`gmail:<hex>`, `outlook:<graph id>`; also the page's stand-ins, see KeyStrength);
//  2. the RFC 5322 Message-ID (imports, APIs);
//  3. a fingerprint: sender + minute, confirmed by recipients, subject and thread. It joins a page reading
//     that has no real id yet (Gmail `msg-a:` just sent, Outlook `<conversationId>#<index>`) to the real id
//     when it appears, and the same mail read in two mailboxes (one forwards to the other).
import { canonicalEmail } from './email';

/**
 * How much a provider key says about which message it is:
 * - `firm`: the provider's own id, as its API returns it (Gmail hex id, Graph id). Two different firm keys of
 *   one provider are two different messages.
 * - `provisional`: a real key for this message that stands until a firm one arrives: Gmail `msg-a:…` (just
 *   sent), an Outlook item id read from the page URL (Graph ids are immutable ids, another form), a
 *   content hash (`fp:`) given to an archive message that has no Message-ID.
 * - `positional`: where the message sat on the page (`<conversationId>#<index>`): the index moves when mail
 *   arrives or the view changes, so it is never stored and never an identity on its own.
 */
export type KeyStrength = 'firm' | 'provisional' | 'positional';

const POSITIONAL = /#\d+$/u;
const PROVISIONAL = /^(?:gmail:(?:msg|thread)-a:|fp:)/u;

/** The strength of a provider key: the one declared with it, else read from its form. */
export function keyStrengthOf(key: string | undefined, declared?: KeyStrength): KeyStrength {
  if (declared) return declared;
  if (!key || POSITIONAL.test(key)) return 'positional';
  return PROVISIONAL.test(key) ? 'provisional' : 'firm';
}

/** `gmail` of `gmail:19f8…`: two firm keys only contradict each other within one namespace. */
export const keyNamespace = (key: string): string => key.slice(0, Math.max(0, key.indexOf(':')));

/** How far apart (in minutes, either way) two readings of one message may date it: pages show minutes, APIs seconds. */
export const FINGERPRINT_TOLERANCE_MINUTES = 2;
const MINUTE = 60_000;
/** Minutes since 1970 fit in 9 digits until the year 3871; padding keeps the index in time order. */
const pad = (minute: number) => String(Math.max(0, minute)).padStart(9, '0');

/** The stored fingerprint: `<minute>|<sender>`, minute first so that one index walk covers a batch's time span. */
export function fingerprintOf(
  sender: string | null | undefined,
  at: number | null | undefined,
): string | null {
  const address = canonicalEmail(sender ?? '');
  if (!address.includes('@') || at === null || at === undefined || !Number.isFinite(at)) return null;
  return `${pad(Math.floor(at / MINUTE))}|${address}`;
}

/** The fingerprint index range that holds every reading of a message dated `at` (any sender; filter after). */
export function fingerprintRange(at: number): [string, string] {
  const minute = Math.floor(at / MINUTE);
  return [
    `${pad(minute - FINGERPRINT_TOLERANCE_MINUTES)}|`,
    `${pad(minute + FINGERPRINT_TOLERANCE_MINUTES)}|\uffff`,
  ];
}

/** Reply and forward prefixes in the languages of our users' correspondents, repeated or numbered (`Re[2]:`). */
const PREFIXES =
  /^(?:\s*(?:re|fw|fwd|aw|wg|sv|vs|antw|odp|pd|tr|rv|enc|відп|відповідь|пересл|переслати|отв|ответ|пер)\s*(?:\[\d+\]|\(\d+\))?\s*:)+/iu;

/** A subject as threads compare it: reply/forward prefixes off, spaces folded, case folded. */
export function normalizeSubject(subject: string): string {
  return subject.replace(PREFIXES, '').replace(/\s+/gu, ' ').trim().toLowerCase();
}

/** What identity needs to know of a message: an incoming one or a stored record. */
export interface IdentityFacts {
  /** Provider key, positional ones included for incoming messages (they are never stored). */
  providerKey?: string;
  strength: KeyStrength;
  /** Other keys a stored record is known under (keys it was rekeyed from, another mailbox's key). */
  aliasKeys: readonly string[];
  rfcMessageId?: string;
  threadKey?: string;
  threadAliases: readonly string[];
  /** Canonical sender address, if known. */
  sender: string | null;
  /** Canonical To and Cc addresses, as far as they were shown (a collapsed message shows none). */
  recipients: readonly string[];
  subject: string;
  at: number;
  /** False for page readings, whose dates are whole minutes and whose subject is the thread's. */
  precise: boolean;
}

const threadsOf = (f: IdentityFacts) => [...(f.threadKey ? [f.threadKey] : []), ...f.threadAliases];

/** True when the two share a thread key (a thread read in two mailboxes shares none). */
export function sameThread(a: IdentityFacts, b: IdentityFacts): boolean {
  const theirs = new Set(threadsOf(b));
  return threadsOf(a).some((k) => theirs.has(k));
}

/** Why two messages with close fingerprints are different messages, or null when nothing says so. */
export function differenceBetween(incoming: IdentityFacts, stored: IdentityFacts): string | null {
  if (incoming.rfcMessageId && stored.rfcMessageId && incoming.rfcMessageId !== stored.rfcMessageId)
    return 'different Message-IDs';
  const a = incoming.providerKey;
  const b = stored.providerKey;
  if (
    a &&
    b &&
    a !== b &&
    incoming.strength === 'firm' &&
    stored.strength === 'firm' &&
    keyNamespace(a) === keyNamespace(b)
  )
    return 'different ids from one provider';
  if (!incoming.sender || incoming.sender !== stored.sender) return 'different senders';
  if (Math.abs(incoming.at - stored.at) >= (FINGERPRINT_TOLERANCE_MINUTES + 1) * MINUTE)
    return 'dated too far apart';
  if (incoming.recipients.length > 0 && stored.recipients.length > 0) {
    const theirs = new Set(stored.recipients);
    if (!incoming.recipients.some((r) => theirs.has(r))) return 'no recipient in common';
  }
  const s1 = normalizeSubject(incoming.subject);
  const s2 = normalizeSubject(stored.subject);
  if (s1 && s2 && s1 !== s2 && !sameThread(incoming, stored))
    return 'different subjects in different threads';
  return null;
}

/**
 * The stored record an incoming message is, among candidates that share its fingerprint range, or undefined.
 * Candidates already claimed by another message of the same batch are skipped (two messages of one reading
 * are two messages). Ties go to the same thread, then the closest date.
 */
export function chooseMatch<T extends { facts: IdentityFacts }>(
  incoming: IdentityFacts,
  candidates: readonly T[],
  claimed: ReadonlySet<T> = new Set(),
): T | undefined {
  let best: T | undefined;
  let bestScore = Infinity;
  for (const c of candidates) {
    if (claimed.has(c) || differenceBetween(incoming, c.facts) !== null) continue;
    const score = (sameThread(incoming, c.facts) ? 0 : 1e12) + Math.abs(incoming.at - c.facts.at);
    if (score < bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** What changes on a stored record when an incoming message turns out to be it. */
export interface IdentityPatch {
  providerKey?: string;
  /** True when the new providerKey is a stand-in; false when it is firm (the flag is then removed). */
  provisionalKey?: boolean;
  aliasKeys?: string[];
  rfcMessageId?: string;
  threadKey?: string;
  threadAliases?: string[];
  at?: number;
  subject?: string;
  /** The date and subject now come from a precise source: the record is no longer page-dated. */
  precise?: true;
}

const RANK: Record<KeyStrength, number> = { firm: 2, provisional: 1, positional: 0 };
/** Thread keys of a provider beat `rfc:` ones (an archive's References root): the page and API can open them. */
const isProviderThread = (key: string) => !key.startsWith('rfc:');

/**
 * The stored record's new keys after meeting `incoming`: the strongest key becomes `providerKey` (a firm id
 * replaces a page's stand-in), every other non-positional key is kept as an alias, the Message-ID is added,
 * a provider thread key replaces an archive's, and a precise source corrects a page's minute date and
 * thread-wide subject. Null when the record already says all of it.
 */
export function mergeIdentity(stored: IdentityFacts, incoming: IdentityFacts): IdentityPatch | null {
  const patch: IdentityPatch = {};
  const aliases = new Set(stored.aliasKeys);
  const key = incoming.providerKey;
  if (key && incoming.strength !== 'positional' && key !== stored.providerKey && !aliases.has(key)) {
    const storedRank = stored.providerKey ? RANK[stored.strength] : -1;
    if (RANK[incoming.strength] > storedRank) {
      if (stored.providerKey && stored.strength !== 'positional') aliases.add(stored.providerKey);
      patch.providerKey = key;
      patch.provisionalKey = incoming.strength === 'provisional';
    } else aliases.add(key);
  }
  if (aliases.size !== stored.aliasKeys.length) patch.aliasKeys = [...aliases];
  if (incoming.rfcMessageId && !stored.rfcMessageId) patch.rfcMessageId = incoming.rfcMessageId;
  const thread = incoming.threadKey;
  if (thread && thread !== stored.threadKey && !stored.threadAliases.includes(thread)) {
    const threads = new Set(stored.threadAliases);
    if (!stored.threadKey || (!isProviderThread(stored.threadKey) && isProviderThread(thread))) {
      if (stored.threadKey) threads.add(stored.threadKey);
      patch.threadKey = thread;
    } else threads.add(thread);
    if (threads.size !== stored.threadAliases.length) patch.threadAliases = [...threads];
  }
  if (incoming.precise && !stored.precise) {
    patch.precise = true;
    if (incoming.at !== stored.at) patch.at = incoming.at;
    if (incoming.subject && incoming.subject !== stored.subject) patch.subject = incoming.subject;
  }
  return Object.keys(patch).length > 0 ? patch : null;
}
