// The Telegram WebA page adapter (web.telegram.org/a/): the peer from the URL hash and the header avatar, the
// visible messages with their ids (WebA's ids are the server's), dates from the day header plus the printed time.
import { chatSnippet, telegramPeerId, type ChatMessageSnapshot, type ChatReading } from '../../core/chat';
import { atDayAndClock, parseClock, parseDayHeader } from '../chat-dates';
import { textWithout, unreadableChat, watched, type ChatPage } from '../chat-page';
import { closestHook, matchesHook, queryAllHook, queryHook, type Hook } from '../hooks';
import { themeFromBackground } from '../page-theme';
import { WEBA } from './weba-selectors';

const PHONE = /^\+?[\d\s()-]{7,20}$/u;
const USERNAME = /^@([A-Za-z][A-Za-z0-9_]{3,31})$/u;

/** The chat id of `#<chatId>[_<threadId>]`; WebA writes channels as -100…, as the Bot API does. */
function chatIdOfHash(hash: string): string | null {
  return /^(-?\d{1,20})(?:_\d+)?$/u.exec(hash)?.[1] ?? null;
}

/** A row of the right column by its icon (`icon-phone`, `icon-mention`); the labels are localized. */
function extraRow(doc: Document, icon: Hook): string {
  const extra = queryHook(doc, WEBA.extra);
  const item = extra && queryHook(extra, icon);
  const row = item && closestHook(item, WEBA.listItem);
  return ((row && queryHook(row, WEBA.rowTitle)?.textContent) ?? '').trim();
}

function senderOf(el: Element): { id?: string; name: string } | undefined {
  const group = closestHook(el, WEBA.senderGroup);
  const id = group && queryHook(group, WEBA.senderAvatar)?.getAttribute('data-peer-id');
  const name = ((group && queryHook(group, WEBA.senderName)?.textContent) ?? '').trim();
  if (!id && !name) return undefined;
  return id && /^\d+$/u.test(id) ? { id, name } : { name };
}

function readMessages(
  list: Element,
  group: boolean,
  now: number,
): { messages: ChatMessageSnapshot[]; posts: boolean } {
  const messages: ChatMessageSnapshot[] = [];
  let posts = false;
  for (const day of queryAllHook(list, WEBA.dateGroup)) {
    const header = (queryHook(day, WEBA.dateHeader)?.textContent ?? '').trim();
    const midnight = parseDayHeader(header, now);
    for (const el of queryAllHook(day, WEBA.message)) {
      const id = el.getAttribute('data-message-id') ?? '';
      // A message being sent has a local id with a fraction ("123.0001"): it is read once the server gives one.
      if (!/^\d{1,12}$/u.test(id)) continue;
      posts ||= queryHook(el, WEBA.views) !== null;
      const timeText = (queryHook(el, WEBA.time)?.textContent ?? '').trim();
      const textEl = queryHook(el, WEBA.text);
      const m: ChatMessageSnapshot = {
        id,
        direction: matchesHook(el, WEBA.own) ? 'outgoing' : 'incoming',
        at: atDayAndClock(midnight, parseClock(timeText)),
        dateText: `${header} ${timeText}`.trim(),
        text: textEl ? chatSnippet(textWithout(textEl, WEBA.notText.alternatives[0])) : '',
      };
      const sender = group && m.direction === 'incoming' ? senderOf(el) : undefined;
      if (sender) m.sender = sender;
      messages.push(m);
    }
  }
  return { messages, posts };
}

function read(doc: Document, url: URL, now: number): ChatReading {
  const hashId = chatIdOfHash(url.hash.replace(/^#/u, ''));
  const header = queryHook(doc, WEBA.header);
  const avatarId = (header && queryHook(header, WEBA.avatar)?.getAttribute('data-peer-id')) ?? null;
  if (hashId === null && !header) return { kind: 'no-chat' };
  const rawId = avatarId ?? hashId;
  const list = queryHook(doc, WEBA.list);
  const missing = [...(header ? [] : ['header']), ...(list ? [] : ['list']), ...(rawId ? [] : ['avatar'])];
  if (!header || !list || !rawId || !/^-?\d+$/u.test(rawId)) {
    return unreadableChat('Telegram WebA chat view changed: hooks not found', missing, {
      route: url.hash.replace(/\d/gu, '0'),
      peerId: rawId ? 'present' : 'none',
    });
  }
  const isUser = !rawId.startsWith('-');
  const { messages, posts } = readMessages(list, !isUser, now);
  const peerId = telegramPeerId(rawId, false);
  if (!peerId) return unreadableChat('Telegram WebA peer id not understood', ['avatar'], {});
  const title = (queryHook(header, WEBA.title)?.textContent ?? '').trim();
  const phone = isUser ? extraRow(doc, WEBA.phoneIcon) : '';
  const username = isUser ? USERNAME.exec(extraRow(doc, WEBA.usernameIcon))?.[1] : undefined;
  return {
    kind: 'chat',
    chat: {
      messenger: 'telegram',
      client: 'telegram-a',
      peer: {
        kind: isUser ? 'user' : posts ? 'channel' : 'group',
        id: peerId,
        title,
        ...(username ? { username } : {}),
        ...(PHONE.test(phone) ? { phone } : {}),
      },
      messages,
    },
  };
}

export const webaPage: ChatPage = {
  messenger: 'telegram',
  client: 'telegram-a',
  read,
  // The middle column (a chat switch, messages), its parent (the right column coming and going) and the right
  // column itself (phone and username rows).
  chatRoots: (doc) => {
    const middle = doc.getElementById('MiddleColumn');
    return watched(
      [middle ?? doc.body, true],
      [middle?.parentElement, false],
      [doc.getElementById('RightColumn'), true],
    );
  },
  detectTheme(doc) {
    // telegram-tt puts `theme-dark` on the root element in the night theme; else the computed background.
    if (doc.documentElement.classList.contains('theme-dark')) return 'dark';
    return themeFromBackground(doc.getElementById('MiddleColumn') ?? doc.body, doc.defaultView) ?? 'light';
  },
};
