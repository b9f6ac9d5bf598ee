// Whether a message is logged, and why, in words a person can read. Every decision carries its reason.
import { canonicalEmail, domainOf, isRoleAddress } from './email';
import type { ThreadKey } from './ids';
import { threadKey as makeThreadKey } from './ids';
import { keyStrengthOf, type KeyStrength } from './message-identity';
import type { MailAddress, ThreadSnapshot } from './mail';
import { isInternalAddress, isOwnAddress, matchAddress, type KnownPerson, type MatchBase } from './matching';
import type { Direction, Settings } from './model';

/**
 * A message from any source (page, Gmail API, Graph, mbox import), ready for the policy. Identity (one record
 * per message, see core/message-identity.ts): `providerKey` is `<provider>:<id>` (`gmail:<hex>` for the Gmail
 * API, `outlook:<graph id>` for Graph), `rfcMessageId` the Message-ID without angle brackets, `threadKey` from
 * `threadKey()` (`gmail:<hex thread id>`, `outlook:<conversationId>`); `from` and `date` make the fingerprint
 * that joins a page reading without a real id to the real message.
 */
export interface LoggableMessage {
  providerKey?: string;
  /** How firm `providerKey` is; read from its form when absent (API ids are firm). */
  keyStrength?: KeyStrength;
  rfcMessageId?: string;
  threadKey?: ThreadKey;
  from: MailAddress | null;
  to: readonly MailAddress[];
  cc: readonly MailAddress[];
  subject: string;
  snippet?: string;
  /** Epoch ms; null when unknown (such a message is not logged until a date is known). */
  date: number | null;
  attachmentNames: readonly string[];
  listUnsubscribe?: string;
  precedence?: string;
}

/**
 * How firm a page's message id is. Gmail shows the API's hex id (firm), `msg-a:` for mail just sent, or nothing
 * (`<thread>#<index>`); Outlook shows no message id at all: an item id from the URL (conversation view off)
 * differs from Graph's immutable id, and `<conversationId>#<index>` is a position.
 */
export function pageKeyStrength(
  provider: ThreadSnapshot['provider'],
  providerMessageId: string,
): KeyStrength {
  const form = keyStrengthOf(`${provider}:${providerMessageId}`);
  return provider === 'outlook' && form === 'firm' ? 'provisional' : form;
}

/** The page's thread as provider-agnostic messages, keyed `${provider}:${providerMessageId}`. */
export function messagesFromThread(snapshot: ThreadSnapshot): LoggableMessage[] {
  const thread = makeThreadKey(snapshot.provider, snapshot.threadId);
  return snapshot.messages.map((m) => {
    const msg: LoggableMessage = {
      providerKey: `${snapshot.provider}:${m.providerMessageId}`,
      keyStrength: pageKeyStrength(snapshot.provider, m.providerMessageId),
      threadKey: thread,
      from: m.from,
      to: m.to,
      cc: m.cc,
      subject: snapshot.subject,
      date: m.date,
      attachmentNames: m.attachmentNames ?? [],
    };
    if (m.rfcMessageId) msg.rfcMessageId = stripAngles(m.rfcMessageId);
    if (m.snippet !== undefined) msg.snippet = m.snippet;
    return msg;
  });
}

/** RFC 5322 Message-ID without angle brackets or surrounding space. */
export function stripAngles(id: string): string {
  return id.trim().replace(/^<|>$/gu, '');
}

/** Who is on a message, in order: sender, then To, then Cc; addresses canonical. */
export function participantsOf(m: LoggableMessage): MailAddress[] {
  const all = [...(m.from ? [m.from] : []), ...m.to, ...m.cc];
  return all.map((p) => ({ name: p.name, address: canonicalEmail(p.address) }));
}

/** The context a decision needs beyond the message: own addresses (settings plus the signed-in account). */
export interface PolicyContext {
  settings: Settings;
  own: readonly string[];
  base: MatchBase;
}

/** Why a message was or was not logged, as a code and its figures: shown in the reader's language. */
export type LogReasonCode =
  | 'no-date'
  | 'blocked-address'
  | 'blocked-domain'
  | 'blocked'
  | 'bulk-list'
  | 'bulk-precedence'
  | 'internal'
  | 'too-many'
  | 'client'
  | 'contact'
  | 'role-only'
  | 'clients-only'
  | 'create-on-sent'
  | 'nobody-qualifies'
  | 'new-outgoing'
  | 'new-incoming'
  | 'already'
  | 'provisional'
  | 'collapsed'
  // Chat pages (core/chat-policy.ts).
  | 'chat-client'
  | 'chat-contact'
  | 'chat-unknown'
  | 'chat-group-off'
  | 'chat-group-nobody'
  | 'chat-channel'
  | 'chat-manual'
  | 'chat-sending';
export interface LogBecause {
  code: LogReasonCode;
  params?: Record<string, string | number>;
}

export interface MessageDecision {
  log: boolean;
  /** In English (stored on the interaction, and in exports). */
  reason: string;
  because: LogBecause;
  direction: Direction;
  /** Known people on the message (external ones). */
  people: KnownPerson[];
  /** New correspondents the policy wants created as people. */
  create: MailAddress[];
}

function isBlocked(address: string, blocklist: readonly string[]): [string, LogBecause] | null {
  const a = canonicalEmail(address);
  const domain = domainOf(a);
  for (const entry of blocklist) {
    const e = entry.trim().toLowerCase().replace(/^@/u, '');
    if (e === a) return [`blocklisted address ${a}`, { code: 'blocked-address', params: { address: a } }];
    if (e === domain || domain.endsWith(`.${e}`))
      return [`blocklisted domain ${e}`, { code: 'blocked-domain', params: { domain: e } }];
  }
  return null;
}

/** Direction from my side: sent by me → outgoing; nobody outside → internal; else incoming. */
export function directionOf(m: LoggableMessage, ctx: Pick<PolicyContext, 'settings' | 'own'>): Direction {
  const fold = ctx.settings.gmailDotPlusFolding;
  const external = participantsOf(m).filter((p) => !isMine(p.address, ctx.own, ctx.settings, fold));
  if (external.length === 0) return 'internal';
  return m.from && isOwnAddress(m.from.address, ctx.own, fold) ? 'outgoing' : 'incoming';
}

function isMine(address: string, own: readonly string[], settings: Settings, fold: boolean): boolean {
  return isOwnAddress(address, own, fold) || isInternalAddress(address, settings.internalDomains);
}

const BULK_PRECEDENCE = new Set(['bulk', 'list', 'junk']);

/** Decides one message against the policy; `base` says which people are already known. */
export function decideMessage(m: LoggableMessage, ctx: PolicyContext): MessageDecision {
  const { settings, own, base } = ctx;
  const policy = settings.logging;
  const fold = settings.gmailDotPlusFolding;
  const direction = directionOf(m, ctx);
  const skip = (reason: string, because: LogBecause): MessageDecision => ({
    log: false,
    reason: `not logged: ${reason}`,
    because,
    direction,
    people: [],
    create: [],
  });
  const skipBlocked = ([reason, because]: [string, LogBecause]) => skip(reason, because);

  if (m.date === null)
    return skip('the message has no date yet; it is logged once the page shows one', { code: 'no-date' });
  if (m.from) {
    const blocked = isBlocked(m.from.address, settings.blocklist);
    if (blocked) return skipBlocked(blocked);
  }
  if (policy.skipBulk && m.listUnsubscribe?.trim())
    return skip('bulk mail (List-Unsubscribe)', { code: 'bulk-list' });
  if (policy.skipBulk && m.precedence && BULK_PRECEDENCE.has(m.precedence.trim().toLowerCase())) {
    const value = m.precedence.trim().toLowerCase();
    return skip(`bulk mail (Precedence: ${value})`, { code: 'bulk-precedence', params: { value } });
  }
  const all = participantsOf(m);
  const external = all.filter((p) => !isMine(p.address, own, settings, fold));
  if (external.length === 0) return skip('every participant is internal', { code: 'internal' });
  const recipients = m.to.length + m.cc.length;
  if (recipients > policy.maxRecipients)
    return skip(`${recipients} recipients (more than ${policy.maxRecipients})`, {
      code: 'too-many',
      params: { count: recipients, max: policy.maxRecipients },
    });
  const unblocked = external.filter((p) => isBlocked(p.address, settings.blocklist) === null);
  if (unblocked.length === 0)
    return skipBlocked(
      isBlocked(external[0]?.address ?? '', settings.blocklist) ?? ['blocklisted', { code: 'blocked' }],
    );
  const roleOk = (p: MailAddress) =>
    !policy.skipRoleAddresses || !isRoleAddress(p.address, policy.roleLocalParts);
  const people = uniqueBy(
    unblocked.flatMap((p) => matchAddress(p.address, base, fold) ?? []),
    (p) => p.id,
  );
  const candidates = unblocked.filter((p) => roleOk(p) && !matchAddress(p.address, base, fold));
  if (people.length > 0) {
    const client = people.find((p) => p.isClient);
    const who = client ?? people[0];
    const name = (client ?? who)?.displayName ?? '';
    const reason = client ? `${name} is a client` : `${name} is in your contacts`;
    const because: LogBecause = { code: client ? 'client' : 'contact', params: { name } };
    return { log: true, reason: `logged: ${reason}`, because, direction, people, create: [] };
  }
  if (candidates.length === 0) {
    const sender = m.from?.address ?? external[0]?.address ?? '';
    return skip(`only role addresses outside (${sender})`, {
      code: 'role-only',
      params: { address: sender },
    });
  }
  if (policy.mode === 'clients-only')
    return skip('no participant is a known client', { code: 'clients-only' });
  if (direction === 'incoming' && policy.mode === 'create-on-sent') {
    const sender = m.from?.address ?? '';
    return skip(`${sender || 'the sender'} is not in your base; new people are added from mail you send`, {
      code: 'create-on-sent',
      params: { address: sender },
    });
  }
  const create =
    direction === 'outgoing'
      ? candidates
      : candidates.filter((p) => p.address === canonicalEmail(m.from?.address ?? ''));
  if (create.length === 0)
    return skip('the sender is not in your base and nobody else qualifies', { code: 'nobody-qualifies' });
  const names = create.map((p) => p.address).join(', ');
  const why = direction === 'outgoing' ? 'you wrote to them' : 'they wrote to you';
  return {
    log: true,
    reason: `logged: new correspondent ${names} (${why})`,
    because: {
      code: direction === 'outgoing' ? 'new-outgoing' : 'new-incoming',
      params: { addresses: names },
    },
    direction,
    people: [],
    create,
  };
}

function uniqueBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const it of items) if (!seen.has(key(it))) seen.set(key(it), it);
  return [...seen.values()];
}

/** The thread's main correspondent: the most frequent external participant, ties to the latest sender. */
export function mainCorrespondent(
  messages: readonly LoggableMessage[],
  ctx: Pick<PolicyContext, 'settings' | 'own'>,
): string | null {
  const { settings, own } = ctx;
  const fold = settings.gmailDotPlusFolding;
  const count = new Map<string, number>();
  const lastSent = new Map<string, number>();
  const order = messages
    .map((m, i) => ({ m, i }))
    .sort((a, b) => (a.m.date ?? 0) - (b.m.date ?? 0) || a.i - b.i);
  order.forEach(({ m }, rank) => {
    for (const p of participantsOf(m)) {
      if (isMine(p.address, own, settings, fold) || isBlocked(p.address, settings.blocklist)) continue;
      count.set(p.address, (count.get(p.address) ?? 0) + 1);
    }
    if (m.from) lastSent.set(canonicalEmail(m.from.address), rank);
  });
  const role = (a: string) =>
    settings.logging.skipRoleAddresses && isRoleAddress(a, settings.logging.roleLocalParts);
  const ranked = [...count.entries()].sort(
    ([a, ca], [b, cb]) =>
      Number(role(a)) - Number(role(b)) || cb - ca || (lastSent.get(b) ?? -1) - (lastSent.get(a) ?? -1),
  );
  return ranked[0]?.[0] ?? null;
}
