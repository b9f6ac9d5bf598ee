// What a chat page adapter reads from the open chat (Telegram Web K/A, WhatsApp Web): plain data, sent to the
// background as-is. Facts about the pages: design/CHAT-PAGES.md.

export type Messenger = 'telegram' | 'whatsapp';
/** Which web client the reading came from: the two official Telegram clients, or WhatsApp Web. */
export type ChatClient = 'telegram-k' | 'telegram-a' | 'whatsapp';
export type ChatKind = 'user' | 'group' | 'channel';

/** The open chat's other side. */
export interface ChatPeerSnapshot {
  kind: ChatKind;
  /**
   * Telegram: the peer id in the Bot API form both clients can be mapped to (users positive, basic groups
   * `-<id>`, channels and supergroups `-100…`, i.e. -(10^12 + channel id)). WhatsApp: the chat jid.
   */
  id: string;
  /** The chat's title as the header shows it (a person's name, a group's title). */
  title: string;
  /** Telegram username without '@', when the URL or the profile shows one. */
  username?: string;
  /** The phone as the profile shows it ("+380 67 123 4567"); normalized by the background. */
  phone?: string;
}

export interface ChatMessageSnapshot {
  /** The server's message id: Telegram per chat (per channel for channels); WhatsApp the message's own id. */
  id: string;
  direction: 'incoming' | 'outgoing';
  /** Who wrote it, in a group: Telegram user id (when shown) and name; WhatsApp participant jid and name. */
  sender?: { id?: string; name: string };
  /** Epoch ms; null when the page shows no usable date. */
  at: number | null;
  /** The date exactly as the page showed it, for bug reports. */
  dateText?: string;
  /** The first ~200 characters of the text, as for mail snippets. */
  text: string;
}

export interface ChatSnapshot {
  messenger: Messenger;
  client: ChatClient;
  peer: ChatPeerSnapshot;
  /** The messages visible when read (both clients drop off-screen rows), oldest first. */
  messages: ChatMessageSnapshot[];
}

/** The result of reading a chat page once. */
export type ChatReading =
  | { kind: 'chat'; chat: ChatSnapshot }
  | { kind: 'no-chat' }
  | { kind: 'unreadable'; reason: string; details: Record<string, string> };

/** How much of a message's text is kept: the first ~200 characters, as for mail snippets. */
export const CHAT_TEXT_LIMIT = 200;

/** A chat's key across clients: `telegram:<peer id>` (both Telegram clients map to one id), `whatsapp:<jid>`. */
export function chatKey(messenger: Messenger, peerId: string): string {
  return `${messenger}:${peerId}`;
}

/** The idempotency key of one chat message: (chat, server message id). */
export function chatMessageKey(messenger: Messenger, peerId: string, messageId: string): string {
  return `${messenger}:${peerId}:${messageId}`;
}

/** Collapses whitespace and cuts a message's text to the snippet length, on a character boundary. */
export function chatSnippet(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  if (flat.length <= CHAT_TEXT_LIMIT) return flat;
  return `${Array.from(flat).slice(0, CHAT_TEXT_LIMIT).join('').trimEnd()}…`;
}

/** 10^12: Telegram's Bot API writes a channel `c` as -(10^12 + c) ("-100" then the id). */
const CHANNEL_BASE = 1_000_000_000_000n;

/**
 * A Telegram peer id in the Bot API form. WebK keeps groups and channels alike as `-<id>` and tells a channel by
 * its message ids (see `telegramServerId`); WebA already writes channels as -(10^12 + id).
 */
export function telegramPeerId(raw: string, isChannel: boolean): string | null {
  if (!/^-?\d{1,20}$/u.test(raw)) return null;
  const n = BigInt(raw);
  if (n > 0n) return n.toString();
  if (!isChannel || -n > CHANNEL_BASE) return n.toString();
  return (-(CHANNEL_BASE - n)).toString();
}

/** 2^32: tweb's MESSAGE_ID_OFFSET (src/lib/appManagers/constants.ts, since 2022). */
const WEBK_CHANNEL_OFFSET = 4_294_967_296;

/**
 * The server message id behind a WebK `data-mid`. tweb keeps private chats' and basic groups' ids as the
 * server gives them and adds 2^32 to channels' (appMessagesIdsManager.generateMessageId); a message still being
 * sent carries a fraction (`generateTempMessageId`, +0.0001) and has no server id yet (null); ids from 2·2^32 on are
 * the client's own ephemeral ones (EPHEMERAL_MESSAGE_ID_OFFSET), never on the server (null).
 */
export function telegramServerId(mid: string): { id: string; channel: boolean } | null {
  if (!/^\d{1,17}$/u.test(mid)) return null;
  const n = Number(mid);
  if (!Number.isSafeInteger(n) || n <= 0 || n >= 2 * WEBK_CHANNEL_OFFSET) return null;
  return n >= WEBK_CHANNEL_OFFSET
    ? { id: String(n % WEBK_CHANNEL_OFFSET), channel: true }
    : { id: String(n), channel: false };
}
