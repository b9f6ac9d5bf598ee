// Who is on the other side of a chat: the handles and phone a chat page shows, and the one rule that maps
// them to a person of the base (Telegram id, then username, then WhatsApp jid, then phone).
import type { ChatPeerSnapshot, Messenger } from './chat';
import { handleKey, normalizeHandle, phoneOfJid, type Handle } from './handles';
import { compareNames } from './identity';
import type { KnownPerson, MatchBase } from './matching';
import { normalizePhone } from './phones';

/** What a chat page tells about one person, normalized. */
export interface ChatIdentity {
  messenger: Messenger;
  /** Telegram: user id and username when shown; WhatsApp: the chat jid. */
  handles: Handle[];
  /** E.164 when the profile or the jid shows a phone. */
  phone: string | null;
  /** The name the page shows (header title or sender name). */
  name: string;
}

export type MatchedBy = 'telegram-id' | 'telegram-username' | 'whatsapp' | 'phone';

export interface IdentityMatch {
  person: KnownPerson;
  by: MatchedBy;
  /** Other people who share one of the identity's handles or its phone: duplicates to offer for merging. */
  others: KnownPerson[];
}

function valid(h: Handle): Handle[] {
  const r = normalizeHandle(h);
  return r.ok ? [r.handle] : [];
}

/** The identity of a private chat's peer; null for groups and channels, which are nobody's card. */
export function peerIdentity(
  messenger: Messenger,
  peer: ChatPeerSnapshot,
  defaultRegion: string,
): ChatIdentity | null {
  if (peer.kind !== 'user') return null;
  return senderIdentity(messenger, { id: peer.id, name: peer.title }, peer, defaultRegion);
}

/**
 * The identity of one person a chat shows: a private chat's peer or a group message's sender (`sender.id` is the
 * Telegram user id or the WhatsApp participant jid). `extra` adds a username and phone when the page shows them.
 */
export function senderIdentity(
  messenger: Messenger,
  sender: { id?: string; name: string },
  extra: { username?: string; phone?: string } = {},
  defaultRegion = 'UA',
): ChatIdentity | null {
  const handles: Handle[] = [];
  let phone: string | null = null;
  if (messenger === 'telegram') {
    if (sender.id) handles.push(...valid({ kind: 'telegram', value: sender.id }));
    if (extra.username) handles.push(...valid({ kind: 'telegram-username', value: extra.username }));
  } else if (sender.id) {
    handles.push(...valid({ kind: 'whatsapp', value: sender.id }));
    const jid = handles[0];
    phone = jid ? phoneOfJid(jid.value) : null;
  }
  if (extra.phone) {
    // Telegram shows a phone without "+" when it has a country code ("380 67 123 4567" in some locales).
    const raw = extra.phone.trim();
    const r = normalizePhone(
      /^\d/u.test(raw) && raw.replace(/\D/gu, '').length > 10 ? `+${raw}` : raw,
      defaultRegion,
    );
    if (r.ok) phone = r.e164;
  }
  if (handles.length === 0 && phone === null) return null;
  return { messenger, handles, phone, name: sender.name.trim() };
}

/** The index keys to read people by for some identities: their handle keys and phones. */
export function identityLookupKeys(ids: readonly (ChatIdentity | null)[]): {
  handleKeys: string[];
  phones: string[];
} {
  const handleKeys = new Set<string>();
  const phones = new Set<string>();
  for (const id of ids) {
    if (!id) continue;
    for (const h of id.handles) handleKeys.add(handleKey(h));
    if (id.phone) phones.add(id.phone);
  }
  return { handleKeys: [...handleKeys], phones: [...phones] };
}

/**
 * The person behind an identity. The Telegram user id is permanent, so it decides first. A username can pass
 * to another account, so it matches only a person whose own Telegram id (if any) is this account's. A WhatsApp
 * jid names the account; a phone the account was registered with (Telegram and WhatsApp verify it by SMS)
 * names its owner, as it does for calls. Everyone else holding one of the keys is returned as a possible duplicate.
 */
export function matchIdentity(id: ChatIdentity, people: readonly KnownPerson[]): IdentityMatch | null {
  const keys = new Set(id.handles.map(handleKey));
  const telegramId = id.handles.find((h) => h.kind === 'telegram')?.value;
  const holds = (p: KnownPerson, kind: Handle['kind']) =>
    (p.handles ?? []).some((h) => h.kind === kind && keys.has(handleKey(h)));
  const otherTelegramId = (p: KnownPerson) =>
    telegramId !== undefined &&
    (p.handles ?? []).some((h) => h.kind === 'telegram' && h.value !== telegramId);
  // The identity rules (core/identity): a username, a jid or a phone is shared by families, offices and successors,
  // so it makes the same person only with a name that agrees (Олена = Olena = Елена); otherwise it is a suggestion.
  const named = (p: KnownPerson) =>
    compareNames({ displayName: id.name }, { displayName: p.displayName }) === 'agree';
  const candidates: [MatchedBy, (p: KnownPerson) => boolean][] = [
    ['telegram-id', (p) => holds(p, 'telegram')],
    ['telegram-username', (p) => holds(p, 'telegram-username') && !otherTelegramId(p)],
    ['whatsapp', (p) => holds(p, 'whatsapp')],
    ['phone', (p) => id.phone !== null && p.phones.includes(id.phone) && !otherTelegramId(p)],
  ];
  const strong = (by: MatchedBy) => by === 'telegram-id';
  for (const [by, held] of candidates) {
    const test = (p: KnownPerson) => held(p) && (strong(by) || named(p));
    const hits = people.filter(test);
    const person = hits[0];
    if (!person) continue;
    const others = people.filter((p) => p.id !== person.id && candidates.some(([, t]) => t(p)));
    return { person, by, others };
  }
  return null;
}

/** `matchIdentity` over a match base (built from the rows storage read by `identityLookupKeys`). */
export function matchIdentityIn(id: ChatIdentity, base: MatchBase): IdentityMatch | null {
  const people = new Map<string, KnownPerson>();
  for (const h of id.handles) {
    const p = base.byHandle.get(handleKey(h));
    if (p) people.set(p.id, p);
  }
  const byPhone = id.phone ? base.byPhone.get(id.phone) : undefined;
  if (byPhone) people.set(byPhone.id, byPhone);
  return matchIdentity(id, [...people.values()]);
}
