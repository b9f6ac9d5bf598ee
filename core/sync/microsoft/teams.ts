// Teams chats on a person's card, as pure functions: which one-to-one chat is with the person, which messages to
// ask for (newer than the stored watermark, within Graph's documented limits), and what a page of messages means.
// Microsoft allows polling a Teams resource at most once a day, so nothing here runs in the background: only when
// the user opens the card. https://learn.microsoft.com/graph/api/chat-list, .../chat-list-messages
import { canonicalEmail } from '../../email';
import { GRAPH_LIMITS } from './limits';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * The one-to-one chats of the signed-in user, with their members (Chat.ReadBasic). With `$expand=members` Graph
 * returns at most 25 chats a page whatever `$top` says (a known issue on the chat-list page), so ask for 25.
 */
export function chatsPath(): string {
  return `/me/chats?$expand=members&$filter=chatType eq 'oneOnOne'&$top=${GRAPH_LIMITS.teams.chatsTopWithMembers}`;
}

export interface ChatMatch {
  chatId: string;
  /** The person's Entra user id in that chat. */
  userId: string;
}

/** The one-to-one chat whose other member has one of the person's addresses, on one page of /me/chats. */
export function findOneOnOneChat(
  value: unknown,
  selfUserId: string,
  personEmails: readonly string[],
): ChatMatch | null {
  if (!Array.isArray(value)) return null;
  const wanted = new Set(personEmails.map(canonicalEmail));
  for (const chat of value) {
    if (!isRecord(chat) || chat.chatType !== 'oneOnOne') continue;
    const chatId = str(chat.id);
    if (!chatId || !Array.isArray(chat.members)) continue;
    for (const m of chat.members) {
      if (!isRecord(m)) continue;
      const userId = str(m.userId);
      const email = str(m.email);
      if (userId && userId !== selfUserId && email && wanted.has(canonicalEmail(email)))
        return { chatId, userId };
    }
  }
  return null;
}

/**
 * Messages newer than the watermark, newest first: `$orderby` and `$filter` must name the same property or the
 * filter is silently ignored, and `$top` may not exceed 50.
 */
export function chatMessagesPath(chatId: string, watermark: string | null): string {
  const base = `/me/chats/${encodeURIComponent(chatId)}/messages?$top=${GRAPH_LIMITS.teams.maxTop}&$orderby=lastModifiedDateTime desc`;
  return watermark ? `${base}&$filter=lastModifiedDateTime gt ${watermark}` : base;
}

export interface TeamsMessage {
  /** `teams:<chat id>/<message id>`: one record per chat message, however often it is read. */
  key: string;
  direction: 'incoming' | 'outgoing';
  at: number;
  /** The message as plain text (Teams sends HTML), bounded. */
  text: string;
  authorName: string;
}

/** A Teams message stored for a card (its provider key is `teams:<chat id>/<message id>`). */
export function isTeamsMessage(i: { kind: string; providerKey?: string | undefined }): boolean {
  return i.kind === 'chat' && (i.providerKey?.startsWith('teams:') ?? false);
}

/** HTML of a chat message → plain text: tags dropped, the common entities decoded, spaces folded. */
export function chatText(html: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return html
    .replace(/<(br|\/p|\/div|\/li)\b[^>]*>/giu, ' ')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (all, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X'))
        return String.fromCodePoint(Number.parseInt(e.slice(2), 16) || 32);
      if (e.startsWith('#')) return String.fromCodePoint(Number(e.slice(1)) || 32);
      return named[e.toLowerCase()] ?? all;
    })
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, 500);
}

export interface ChatPage {
  messages: TeamsMessage[];
  /** The newest lastModifiedDateTime seen (the next watermark), as Graph wrote it. */
  newest: string | null;
  /** Items that were not readable messages (system events, deleted, malformed). */
  skipped: number;
}

/** One page of chat messages: user messages only, not deleted, each checked. */
export function readChatMessages(value: unknown, chatId: string, selfUserId: string): ChatPage {
  const messages: TeamsMessage[] = [];
  let newest: string | null = null;
  let skipped = 0;
  for (const raw of Array.isArray(value) ? value : []) {
    const modified = isRecord(raw) ? str(raw.lastModifiedDateTime) : null;
    if (
      modified &&
      !Number.isNaN(Date.parse(modified)) &&
      (!newest || Date.parse(modified) > Date.parse(newest))
    )
      newest = modified;
    const id = isRecord(raw) ? str(raw.id) : null;
    const created = isRecord(raw) ? Date.parse(str(raw.createdDateTime) ?? '') : Number.NaN;
    const from = isRecord(raw) && isRecord(raw.from) && isRecord(raw.from.user) ? raw.from.user : null;
    const body = isRecord(raw) && isRecord(raw.body) ? str(raw.body.content) : null;
    if (
      !isRecord(raw) ||
      !id ||
      id.length > 100 ||
      raw.messageType !== 'message' ||
      raw.deletedDateTime ||
      !from ||
      Number.isNaN(created) ||
      body === null
    ) {
      skipped++;
      continue;
    }
    const text = chatText(body);
    if (!text) {
      skipped++;
      continue;
    }
    messages.push({
      key: `teams:${chatId}/${id}`,
      direction: str(from.id) === selfUserId ? 'outgoing' : 'incoming',
      at: created,
      text,
      authorName: (str(from.displayName) ?? '').slice(0, 200),
    });
  }
  return { messages, newest, skipped };
}

/** Whether Teams can be offered for an account, and why not (personal accounts have no Teams chats in Graph). */
export function teamsAvailability(
  personal: boolean,
): { available: true } | { available: false; reason: 'personal-account' } {
  return personal ? { available: false, reason: 'personal-account' } : { available: true };
}
