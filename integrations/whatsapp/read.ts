// The WhatsApp Web page adapter: the chat's jid from its message rows' data-id, the header's title, and, when the
// user asks to log, the messages on screen. It reads the DOM only (never the page's JavaScript or IndexedDB).
import { chatSnippet, type ChatKind, type ChatMessageSnapshot, type ChatReading } from '../../core/chat';
import { textWithout, unreadableChat, watched, type ChatPage } from '../chat-page';
import { queryAllHook, queryHook } from '../hooks';
import { parsePageDate } from '../page-date';
import { themeFromBackground } from '../page-theme';
import { WHATSAPP } from './selectors';

const DATA_ID =
  /^(true|false)_(\d{5,25}@(?:c\.us|g\.us|lid|newsletter)|\d{5,25}-\d{5,15}@g\.us)_([A-Za-z0-9]{6,64})(?:_(\d{5,25}@(?:c\.us|lid)))?$/u;
const META = /^\[([^\]]{4,40})\]\s?(.*?):\s?$/u;

/** The parts of a row's data-id (wa-js MsgKey: fromMe, remote jid, id, and a group message's participant). */
export function parseDataId(
  value: string,
): { outgoing: boolean; chat: string; id: string; participant?: string } | null {
  const m = DATA_ID.exec(value);
  if (!m?.[2] || !m[3]) return null;
  return m[4]
    ? { outgoing: m[1] === 'true', chat: m[2], id: m[3], participant: m[4] }
    : { outgoing: m[1] === 'true', chat: m[2], id: m[3] };
}

function kindOf(jid: string): ChatKind {
  if (jid.endsWith('@g.us')) return 'group';
  if (jid.endsWith('@newsletter')) return 'channel';
  return 'user';
}

/**
 * "[14:05, 12.03.2026]" as local time. The date follows the UI language: day first everywhere but US English,
 * where WhatsApp writes month/day/year; a part above 12 settles it either way.
 */
export function parseMetaDate(stamp: string, lang: string): number | null {
  const m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/u.exec(stamp);
  const dayFirst = !/^en(-us)?$/iu.test(lang) && lang !== '';
  if (!m || !dayFirst || Number(m[1]) > 12) return parsePageDate(stamp);
  // Day first with slashes (en-GB, and others): rewrite as day.month.year, which parsePageDate reads so.
  return parsePageDate(stamp.replace(m[0], `${m[1]}.${m[2]}.${m[3]}`));
}

function readRows(
  main: Element,
  lang: string,
  withMessages: boolean,
): { chat: string | null; messages: ChatMessageSnapshot[]; rows: number } {
  let chat: string | null = null;
  const messages: ChatMessageSnapshot[] = [];
  const rows = queryAllHook(main, WHATSAPP.row);
  for (const row of rows) {
    const key = parseDataId(row.getAttribute('data-id') ?? '');
    if (!key) continue;
    chat ??= key.chat;
    // Who the chat is with needs one row; the messages are read only when the user asked to log them.
    if (!withMessages) break;
    if (key.chat !== chat) continue;
    const meta = queryHook(row, WHATSAPP.meta)?.getAttribute('data-pre-plain-text') ?? '';
    const parts = META.exec(meta.trim());
    const textEl = queryHook(row, WHATSAPP.text);
    const m: ChatMessageSnapshot = {
      id: key.id,
      direction: key.outgoing ? 'outgoing' : 'incoming',
      at: parts?.[1] ? parseMetaDate(parts[1], lang) : null,
      text: textEl ? chatSnippet(textWithout(textEl)) : '',
    };
    if (parts?.[1]) m.dateText = parts[1];
    if (kindOf(key.chat) === 'group' && !key.outgoing) {
      const name = parts?.[2]?.trim() ?? '';
      if (key.participant) m.sender = { id: key.participant, name };
      else if (name) m.sender = { name };
    }
    messages.push(m);
  }
  return { chat, messages, rows: rows.length };
}

function read(doc: Document, withMessages = true): ChatReading {
  const main = queryHook(doc, WHATSAPP.main);
  if (!main) return { kind: 'no-chat' };
  const { chat, messages, rows } = readRows(main, doc.documentElement.lang, withMessages);
  if (!chat) {
    // Bubbles but no readable row ids: the page changed under us. No bubbles: an empty chat, nothing to tell.
    const bubbles = queryAllHook(main, WHATSAPP.bubble).length;
    if (bubbles === 0) return { kind: 'no-chat' };
    return unreadableChat('WhatsApp Web conversation changed: message ids not found', ['row'], {
      rows: String(rows),
      bubbles: String(bubbles),
    });
  }
  const title = (queryHook(main, WHATSAPP.title)?.textContent ?? '').trim();
  return {
    kind: 'chat',
    chat: {
      messenger: 'whatsapp',
      client: 'whatsapp',
      peer: { kind: kindOf(chat), id: chat, title },
      messages,
    },
  };
}

/** Who the open chat is with, without its messages: what the page reports while the user has not asked to log. */
export function whatsappPeer(doc: Document): ChatReading {
  return read(doc, false);
}

export const whatsappPage: ChatPage = {
  messenger: 'whatsapp',
  client: 'whatsapp',
  read: (doc) => read(doc),
  // The conversation's container: WhatsApp re-creates #main on a chat switch, its parent stays (the chat list beside
  // it is not observed: it changes with every message in every chat).
  chatRoots: (doc) => {
    const main = queryHook(doc, WHATSAPP.main);
    return watched([main?.parentElement ?? doc.getElementById('app') ?? doc.body, true]);
  },
  detectTheme(doc) {
    // WhatsApp Web marks its dark theme on the body (`body.dark`); else the computed background.
    if (doc.body.classList.contains('dark')) return 'dark';
    return themeFromBackground(queryHook(doc, WHATSAPP.main) ?? doc.body, doc.defaultView) ?? 'light';
  },
};
