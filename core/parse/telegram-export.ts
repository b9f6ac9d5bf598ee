// Telegram Desktop's chat export ("Export chat history"), read into messages: the machine-readable `result.json`
// and the HTML pages (`messages.html`, `messages2.html`, …). The page's DOM is read by
// components/sidebar/paste/read-export-html.ts; this module is pure and reads the rows it hands over.
//
// Format facts, from tdesktop's writer (Telegram/SourceFiles/export/output/, read at 929032d, 2025-09):
// - JSON (export_output_json.cpp): a one-chat export is `{name, type, id, messages}`; a whole-account export
//   wraps chats in `chats.list[]` (and `left_chats.list[]`) beside `personal_information.user_id` (writeDialogStart,
//   writeChatsStart, writePersonal). `id` is the bare peer id (PeerToBareId: no "-100"); `type` is personal_chat,
//   bot_chat, saved_messages, private_group (a basic group), private/public_supergroup, private/public_channel.
//   A message (SerializeMessage) has `id`, `type` "message" | "service" (| "unsupported" with nothing else), `date`
//   (local ISO time without a zone), `date_unixtime` (a string), `from`, `from_id` ("user<id>", "chat<id>",
//   "channel<id>"), `text` (a string, or an array of strings and {type, text} entities: SerializeText) and media
//   fields (`photo`, `file`, `file_name`, `media_type`, `sticker_emoji`, `contact_information`, `location_information`,
//   `poll`). Service messages carry `actor`/`action` instead of `from`.
// - HTML (export_output_html.cpp): each message is `div.message.default#message<id>` with `div.from_name` and
//   `div.pull_right.date.details[title="DD.MM.YYYY HH:MM:SS UTC+03:00"]` (FormatDateTime with the zone; exports
//   from before the zone was added have none); a message from the same sender within 15 minutes (kJoinWithinSeconds
//   = 900, messageNeedsWrap) is `.joined` and has no from_name; `div.message.service` are service lines, and the day
//   headers among them have negative ids (`--_dateMessageId`). A page holds 1000 messages (kMessagesInFile) and
//   the next page is messages<N>.html (messagesFile); every page starts a new series (previous = nullptr).
import { chatMessageKey, chatSnippet, telegramPeerId } from '../chat';
import type { PastedMessage } from './chat-paste';

/** What a message without text carries, as the snippet shows it. */
export type MediaKind =
  | 'photo'
  | 'video'
  | 'voice'
  | 'audio'
  | 'file'
  | 'sticker'
  | 'animation'
  | 'contact'
  | 'location'
  | 'poll'
  | 'other';

export interface ExportMessage {
  /** The server message id, per chat (per account for private chats and basic groups). */
  id: number;
  /** Epoch ms. */
  at: number;
  /** Who wrote it: `from_id` in JSON ("user123"), the shown name in HTML (which has no ids). */
  authorId: string;
  author: string;
  text: string;
  /** The idempotency key: (chat, server message id) as the Telegram Web adapters key it, when the chat id is known. */
  key: string;
}

export interface ExportAuthor {
  id: string;
  name: string;
  count: number;
}

export type ExportProblemWhy = 'bad-date' | 'bad-id' | 'no-author';

export interface ExportProblem {
  /** "message123" or the message's position, for the user to find it. */
  where: string;
  why: ExportProblemWhy;
  text: string;
}

export type ExportChatKind = 'personal' | 'group' | 'channel' | 'saved' | 'other';

export interface ExportChat {
  name: string;
  kind: ExportChatKind;
  /** The Bot API peer id both Telegram Web clients are keyed by; null when the export does not say (HTML). */
  peerId: string | null;
  messages: ExportMessage[];
  authors: ExportAuthor[];
  /** The author id of the user when the export tells it (the account's own id; in a private chat, not the peer); '' when none of the authors is the user. */
  me: string | null;
  /** Service lines (joined, pinned, calls…) left out: not anyone's message. */
  service: number;
  problems: ExportProblem[];
}

export type ExportError =
  | 'not-json'
  | 'not-telegram-json'
  | 'not-telegram-html'
  | 'several-json'
  | 'mixed-files'
  | 'different-chats'
  | 'no-chats';

export type ExportRead = { ok: true; chats: ExportChat[] } | { ok: false; error: ExportError; file: string };

const MEDIA_LABEL: Record<MediaKind, string> = {
  photo: '[photo]',
  video: '[video]',
  voice: '[voice message]',
  audio: '[audio]',
  file: '[file]',
  sticker: '[sticker]',
  animation: '[GIF]',
  contact: '[contact]',
  location: '[location]',
  poll: '[poll]',
  other: '[attachment]',
};

/** A message's text, or what it carries when it has none ("[file: offer.pdf]"): both formats say the same. */
export function exportText(text: string, media: MediaKind | null, title?: string): string {
  const t = text.trim();
  if (t || !media) return t;
  const label = MEDIA_LABEL[media];
  const name = title?.trim();
  return name ? `${label.slice(0, -1)}: ${name}]` : label;
}

function kindOf(type: unknown): ExportChatKind {
  switch (type) {
    case 'personal_chat':
    case 'bot_chat':
      return 'personal';
    case 'saved_messages':
      return 'saved';
    case 'private_group':
    case 'private_supergroup':
    case 'public_supergroup':
      return 'group';
    case 'private_channel':
    case 'public_channel':
      return 'channel';
    default:
      return 'other';
  }
}

/** The Bot API peer id of an exported chat: users as is, basic groups -id, supergroups and channels -(10^12 + id). */
export function exportPeerId(type: unknown, id: unknown): string | null {
  const bare = typeof id === 'number' || typeof id === 'string' ? String(id) : '';
  if (!/^\d{1,15}$/u.test(bare)) return null;
  switch (type) {
    case 'personal_chat':
    case 'bot_chat':
    case 'saved_messages':
      return bare;
    case 'private_group':
      return telegramPeerId(`-${bare}`, false);
    case 'private_supergroup':
    case 'public_supergroup':
    case 'private_channel':
    case 'public_channel':
      return telegramPeerId(`-${bare}`, true);
    default:
      return null;
  }
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `text` as SerializeText writes it: a plain string, or parts that are strings or {type, text} entities. */
export function jsonText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return '';
  let out = '';
  for (const part of value) {
    if (typeof part === 'string') out += part;
    else if (isObject(part) && typeof part.text === 'string') out += part.text;
  }
  return out;
}

function jsonMedia(m: Json): { media: MediaKind | null; title?: string } {
  switch (m.media_type) {
    case 'sticker':
      // No emoji: the HTML page shows none, and both formats must give one message the same snippet.
      return { media: 'sticker' };
    case 'video_message':
    case 'video_file':
      return { media: 'video' };
    case 'voice_message':
      return { media: 'voice' };
    case 'audio_file':
      return { media: 'audio' };
    case 'animation':
      return { media: 'animation' };
  }
  if (m.photo !== undefined) return { media: 'photo' };
  if (m.file !== undefined)
    return { media: 'file', ...(typeof m.file_name === 'string' ? { title: m.file_name } : {}) };
  if (m.contact_information !== undefined) return { media: 'contact' };
  if (m.location_information !== undefined) return { media: 'location' };
  if (m.poll !== undefined) return { media: 'poll' };
  return { media: null };
}

const messageTime = (m: Json): number | null => {
  const unix = typeof m.date_unixtime === 'string' ? m.date_unixtime : '';
  if (/^\d{1,12}$/u.test(unix)) return Number(unix) * 1000;
  // Exports before date_unixtime (2021) carry only the local ISO date without a zone.
  const local =
    typeof m.date === 'string' ? /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/u.exec(m.date) : null;
  if (!local) return null;
  const [y, mo, d, h, mi, s] = local.slice(1).map(Number) as [number, number, number, number, number, number];
  const at = new Date(y, mo - 1, d, h, mi, s);
  return at.getMonth() === mo - 1 && at.getDate() === d ? at.getTime() : null;
};

/** Collects authors in order of first appearance. */
class Authors {
  private readonly byId = new Map<string, ExportAuthor>();
  add(id: string, name: string): void {
    const a = this.byId.get(id);
    if (a) a.count++;
    else this.byId.set(id, { id, name, count: 1 });
  }
  list(): ExportAuthor[] {
    return [...this.byId.values()];
  }
}

const preview = (text: string) => text.replace(/\s+/gu, ' ').trim().slice(0, 200);

/** One exported chat object ({name, type, id, messages}); `me` is the account's own id when the export has it. */
function jsonChat(chat: Json, meUserId: string | null): ExportChat {
  const peerId = exportPeerId(chat.type, chat.id);
  const kind = kindOf(chat.type);
  const name = typeof chat.name === 'string' ? chat.name : '';
  const authors = new Authors();
  const messages: ExportMessage[] = [];
  const problems: ExportProblem[] = [];
  const seen = new Set<number>();
  let service = 0;
  const list = Array.isArray(chat.messages) ? chat.messages : [];
  list.forEach((raw, i) => {
    if (!isObject(raw)) {
      problems.push({ where: `#${i + 1}`, why: 'bad-id', text: '' });
      return;
    }
    if (raw.type === 'service') {
      service++;
      return;
    }
    const id = typeof raw.id === 'number' && Number.isSafeInteger(raw.id) && raw.id > 0 ? raw.id : null;
    const { media, title } = jsonMedia(raw);
    const text = exportText(jsonText(raw.text), media, title);
    const where = id === null ? `#${i + 1}` : `message${id}`;
    if (id === null || raw.type !== 'message') {
      problems.push({ where, why: 'bad-id', text: preview(text) });
      return;
    }
    if (seen.has(id)) return;
    const at = messageTime(raw);
    if (at === null) {
      problems.push({ where, why: 'bad-date', text: preview(text) });
      return;
    }
    const authorId = typeof raw.from_id === 'string' && raw.from_id !== '' ? raw.from_id : null;
    const author = typeof raw.from === 'string' && raw.from !== '' ? raw.from : authorId;
    if (authorId === null || author === null) {
      problems.push({ where, why: 'no-author', text: preview(text) });
      return;
    }
    seen.add(id);
    authors.add(authorId, author);
    const key = peerId ? chatMessageKey('telegram', peerId, String(id)) : '';
    messages.push({ id, at, authorId, author, text, key });
  });
  return {
    name,
    kind,
    peerId,
    messages,
    authors: authors.list(),
    me: meOf(kind, peerId, authors.list(), meUserId),
    service,
    problems,
  };
}

/** Who the user is: the account's own id if given; in a private chat, whoever is not the peer; in saved, the one. */
function meOf(
  kind: ExportChatKind,
  peerId: string | null,
  authors: readonly ExportAuthor[],
  meUserId: string | null,
): string | null {
  if (meUserId) return `user${meUserId}`;
  if (kind === 'saved' && authors.length === 1) return authors[0]?.id ?? null;
  if (kind !== 'personal' || !peerId) return null;
  const others = authors.filter((a) => a.id !== `user${peerId}`);
  // Only the peer wrote: none of the authors is the user ('').
  if (others.length === 0) return authors.length > 0 ? '' : null;
  return others.length === 1 ? (others[0]?.id ?? null) : null;
}

/** Reads a `result.json`: one chat, or every chat of a whole-account export. */
export function readTelegramJson(text: string, file: string): ExportRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch {
    return { ok: false, error: 'not-json', file };
  }
  if (!isObject(data)) return { ok: false, error: 'not-telegram-json', file };
  if (Array.isArray(data.messages)) return { ok: true, chats: [jsonChat(data, null)] };
  const personal = isObject(data.personal_information) ? data.personal_information.user_id : undefined;
  const meUserId = typeof personal === 'number' || typeof personal === 'string' ? String(personal) : null;
  const lists = [data.chats, data.left_chats].flatMap((c) =>
    isObject(c) && Array.isArray(c.list) ? c.list : [],
  );
  if (!isObject(data.chats) && !isObject(data.left_chats))
    return { ok: false, error: 'not-telegram-json', file };
  const chats = lists.filter(isObject).map((c) => jsonChat(c, meUserId));
  return chats.length > 0 ? { ok: true, chats } : { ok: false, error: 'no-chats', file };
}

/** An exported chat's messages as logged: `me` is the author id of the user ('' none of them, null not known yet). */
export function exportedMessages(chat: ExportChat, me: string | null): PastedMessage[] {
  return chat.messages.map((m) => ({
    at: m.at,
    direction: me !== null && m.authorId === me ? 'outgoing' : 'incoming',
    author: m.author,
    text: chatSnippet(m.text),
    key: m.key,
  }));
}
