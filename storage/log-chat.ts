// Logging a chat page's visible messages: the chat side of the one logging path. Same interactions table, same
// idempotency (a unique provider key: chat + server message id, so WebK, WebA and a reopened chat meet on one
// record), same last-contact rows and the same per-message decisions the sidebar's "why?" lists.
import { chatKey, chatMessageKey, chatSnippet, type ChatSnapshot } from '../core/chat';
import {
  identityLookupKeys,
  matchIdentity,
  peerIdentity,
  senderIdentity,
  type ChatIdentity,
  type IdentityMatch,
  type MatchedBy,
} from '../core/chat-identity';
import { chatSubject, decideChatMessage } from '../core/chat-policy';
import { handleKey, unionHandles, type Handle } from '../core/handles';
import { interactionId, threadKey, type CompanyId, type PersonId } from '../core/ids';
import type { KnownPerson } from '../core/matching';
import type { Interaction, Participant, Settings } from '../core/model';
import { newId, type KartkaDB, type StoredPerson } from './db';
import type { LogDecision } from './interactions';
import { recordContacts } from './last-contact';
import { primaryKeysByKeys, rowsByIndexes } from './lookup';
import { knownPerson, personRowWithCompanies, plainPerson } from './rows';

/** Who a chat is with, as the base knows them. */
export interface ChatPeerMatch {
  personId: PersonId;
  name: string;
  by: MatchedBy;
  /** Other people sharing one of the peer's handles or its phone: offered for merging. */
  others: { personId: PersonId; name: string }[];
}

/** A group's sender seen on the page, and who they are in the base. */
export interface ChatParticipant {
  /** Telegram user id or WhatsApp participant jid. */
  id: string;
  name: string;
  personId?: PersonId;
}

export interface LogChatResult {
  chatKey: string;
  decisions: LogDecision[];
  added: number;
  alreadyLogged: number;
  peer: ChatPeerMatch | null;
  participants: ChatParticipant[];
}

export interface LogChatOptions {
  /** The user asked for it (WhatsApp's "Log visible messages"). */
  manual: boolean;
}

const TABLES = (db: KartkaDB) => [db.people, db.companies, db.interactions, db.lastContact];

/** Reads the people behind some identities (by handle key and phone), merged-away rows left out. */
async function peopleFor(db: KartkaDB, ids: readonly (ChatIdentity | null)[]): Promise<StoredPerson[]> {
  const { handleKeys, phones } = identityLookupKeys(ids);
  const [byHandle = [], byPhone = []] = await rowsByIndexes(db.people, [
    { index: 'handleKeys', keys: handleKeys },
    { index: 'phones', keys: phones },
  ]);
  const rows = new Map<string, StoredPerson>();
  for (const p of [...byHandle, ...byPhone]) if (p.mergedInto === undefined) rows.set(p.id, p);
  return [...rows.values()];
}

/** Who a chat's peer is, without writing anything (the sidebar's card before and while logging). */
export async function matchChatPeer(
  db: KartkaDB,
  chat: ChatSnapshot,
  settings: Settings,
): Promise<ChatPeerMatch | null> {
  const id = peerIdentity(chat.messenger, chat.peer, settings.defaultPhoneRegion);
  if (!id) return null;
  const rows = await peopleFor(db, [id]);
  return peerMatchOf(matchIdentity(id, rows.map(knownPerson)));
}

function peerMatchOf(m: IdentityMatch | null): ChatPeerMatch | null {
  if (!m) return null;
  return {
    personId: m.person.id,
    name: m.person.displayName,
    by: m.by,
    others: m.others.map((p) => ({ personId: p.id, name: p.displayName })),
  };
}

/**
 * The handles a matched person learns from the page: the Telegram id behind a username or phone match, the
 * current username of a Telegram account (an account's old username may now be someone else's), a WhatsApp jid.
 * Handles another person already holds are left to the duplicate offer. Null when nothing changes.
 */
function learnedHandles(row: StoredPerson, id: ChatIdentity, holders: ReadonlySet<string>): Handle[] | null {
  const fresh = id.handles.filter((h) => !holders.has(handleKey(h)));
  const current = row.handles ?? [];
  const has = (h: Handle) => current.some((c) => handleKey(c) === handleKey(h));
  const renamed = fresh.some((h) => h.kind === 'telegram-username' && !has(h));
  const kept = renamed ? current.filter((h) => h.kind !== 'telegram-username') : current;
  const next = unionHandles(kept, fresh);
  const same =
    next.length === current.length && next.every((h) => current.some((c) => handleKey(c) === handleKey(h)));
  return same ? null : next;
}

/** Logs a chat's visible messages in one transaction; logging the same messages again adds nothing. */
export async function logChat(
  db: KartkaDB,
  chat: ChatSnapshot,
  settings: Settings,
  now: number,
  options: LogChatOptions,
): Promise<LogChatResult> {
  const peerId = peerIdentity(chat.messenger, chat.peer, settings.defaultPhoneRegion);
  const senderIds = new Map<string, ChatIdentity>();
  if (chat.peer.kind === 'group')
    for (const m of chat.messages) {
      const s = m.sender;
      const sid = s?.id && !senderIds.has(s.id) ? senderIdentity(chat.messenger, s) : null;
      if (s?.id && sid) senderIds.set(s.id, sid);
    }
  const keys = chat.messages.map((m) => chatMessageKey(chat.messenger, chat.peer.id, m.id));
  return db.transaction('rw', TABLES(db), async () => {
    const [rows, existing] = await Promise.all([
      peopleFor(db, [peerId, ...senderIds.values()]),
      primaryKeysByKeys(db.interactions, 'providerKey', keys),
    ]);
    const known = rows.map(knownPerson);
    const peerMatch = peerId ? matchIdentity(peerId, known) : null;
    const senders = new Map<string, KnownPerson>();
    for (const [sid, identity] of senderIds) {
      const m = matchIdentity(identity, known);
      if (m) senders.set(sid, m.person);
    }
    const ctx = { settings, manual: options.manual, peer: peerMatch?.person ?? null, senders };
    const interactions: Interaction[] = [];
    const touched = new Map<string, number>();
    const seen = new Set<string>();
    let alreadyLogged = 0;
    const decisions = chat.messages.map((m, i): LogDecision => {
      const key = keys[i] ?? '';
      const id = existing.get(key);
      if (id !== undefined || seen.has(key)) {
        alreadyLogged++;
        return {
          providerMessageId: m.id,
          logged: true,
          reason: 'already in the base',
          because: { code: 'already' },
        };
      }
      const d = decideChatMessage(chat, m, ctx);
      if (!d.log || m.at === null)
        return { providerMessageId: m.id, logged: false, reason: d.reason, because: d.because };
      seen.add(key);
      const interaction = chatInteraction(chat, key, m, d.direction, d.people, d.reason, now);
      interactions.push(interaction);
      for (const id of [...interaction.personIds, ...interaction.companyIds])
        touched.set(id, Math.max(touched.get(id) ?? 0, m.at));
      return {
        providerMessageId: m.id,
        logged: true,
        reason: d.reason,
        because: d.because,
        interactionId: interaction.id,
      };
    });
    const ownDate = (id: string) => rows.find((r) => r.id === id)?.lastContactAt;
    await Promise.all([
      interactions.length ? db.interactions.bulkAdd(interactions) : null,
      recordContacts(db, touched, ownDate),
      peerMatch && peerId ? learn(db, rows, peerMatch, peerId, now) : null,
    ]);
    return {
      chatKey: chatKey(chat.messenger, chat.peer.id),
      decisions,
      added: interactions.length,
      alreadyLogged,
      peer: peerMatchOf(peerMatch),
      participants: [...senderIds.entries()].map(([id, identity]) => {
        const p = senders.get(id);
        return p ? { id, name: identity.name, personId: p.id } : { id, name: identity.name };
      }),
    };
  });
}

/** Stores the handles the matched peer's person learns from the page (see `learnedHandles`). */
async function learn(
  db: KartkaDB,
  rows: readonly StoredPerson[],
  match: IdentityMatch,
  id: ChatIdentity,
  now: number,
): Promise<void> {
  const row = rows.find((r) => r.id === match.person.id);
  if (!row) return;
  const holders = new Set(rows.filter((r) => r.id !== row.id).flatMap((r) => r.handleKeys ?? []));
  const handles = learnedHandles(row, id, holders);
  if (!handles) return;
  await db.people.put(await personRowWithCompanies(db, { ...plainPerson(row), handles, updatedAt: now }));
}

/** The stored record of one chat message. */
function chatInteraction(
  chat: ChatSnapshot,
  providerKey: string,
  m: ChatSnapshot['messages'][number],
  direction: Interaction['direction'],
  people: readonly KnownPerson[],
  reason: string,
  now: number,
): Interaction {
  const companyIds = new Set<CompanyId>();
  for (const p of people) for (const c of p.companyIds) companyIds.add(c);
  const them: Participant[] = people.map((p) => ({
    name: p.displayName,
    role: direction === 'outgoing' ? 'to' : 'from',
    personId: p.id,
  }));
  const sender: Participant[] =
    direction === 'incoming' && people.length === 0 && m.sender
      ? [{ name: m.sender.name, role: 'from' }]
      : [];
  const interaction: Interaction = {
    id: interactionId(newId()),
    kind: 'chat',
    source: chat.messenger,
    providerKey,
    threadKey: threadKey(chat.messenger, chat.peer.id),
    direction,
    participants: [...them, ...sender],
    subject: chatSubject(chat),
    at: m.at ?? now,
    attachmentNames: [],
    personIds: people.map((p) => p.id),
    companyIds: [...companyIds],
    reason,
    createdAt: now,
  };
  const snippet = chatSnippet(m.text);
  if (snippet) interaction.snippet = snippet;
  return interaction;
}
