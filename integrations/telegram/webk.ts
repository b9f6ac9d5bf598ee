// The Telegram WebK page adapter (web.telegram.org/k/): the open chat's peer from the header and the URL hash,
// the visible bubbles with their server ids (tweb's data-mid mapped back), the phone and username from the
// profile column when it is open.
import {
  chatSnippet,
  telegramPeerId,
  telegramServerId,
  type ChatMessageSnapshot,
  type ChatReading,
} from '../../core/chat';
import { textWithout, unreadableChat, watched, type ChatPage } from '../chat-page';
import { closestHook, matchesHook, queryAllHook, queryHook } from '../hooks';
import { themeFromBackground } from '../page-theme';
import { WEBK } from './webk-selectors';
import { profileFacts, usernameOfHash } from './webk-profile';

/** The shown chat: the last `.chat` of the registry's first matching alternative (a closing one may linger before it). */
function openChat(doc: Document): Element | null {
  const all = queryAllHook(doc, WEBK.chat);
  return all[all.length - 1] ?? null;
}

/** A group series' sender: the avatar's peer id and the name on its first bubble. */
function senderOf(bubble: Element): { id?: string; name: string } | undefined {
  const group = closestHook(bubble, WEBK.senderGroup);
  const scope = group ?? bubble;
  const avatar = queryHook(scope, WEBK.senderAvatar)?.getAttribute('data-peer-id');
  const named = queryHook(scope, WEBK.senderName);
  const id = avatar ?? named?.getAttribute('data-peer-id') ?? undefined;
  const name = (named?.textContent ?? '').trim();
  if (!id && !name) return undefined;
  return id && /^\d+$/u.test(id) ? { id, name } : { name };
}

function readBubbles(
  list: Element,
  group: boolean,
): { messages: ChatMessageSnapshot[]; channelIds: boolean; posts: boolean } {
  const messages: ChatMessageSnapshot[] = [];
  let channelIds = false;
  let posts = false;
  for (const bubble of queryAllHook(list, WEBK.bubble)) {
    if (matchesHook(bubble, WEBK.service)) continue;
    // A bubble still being sent has a fractional mid and no server id yet: it is read once sent.
    const server = telegramServerId(bubble.getAttribute('data-mid') ?? '');
    if (!server) continue;
    channelIds ||= server.channel;
    posts ||= matchesHook(bubble, WEBK.channelPost);
    const seconds = Number(bubble.getAttribute('data-timestamp'));
    const textEl = queryHook(bubble, WEBK.text);
    const m: ChatMessageSnapshot = {
      id: server.id,
      direction: matchesHook(bubble, WEBK.outgoing) ? 'outgoing' : 'incoming',
      at: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : null,
      text: textEl ? chatSnippet(textWithout(textEl, WEBK.notText.alternatives[0])) : '',
    };
    const sender = group && m.direction === 'incoming' ? senderOf(bubble) : undefined;
    if (sender) m.sender = sender;
    messages.push(m);
  }
  return { messages, channelIds, posts };
}

function read(doc: Document, url: URL): ChatReading {
  const hash = url.hash.replace(/^#/u, '');
  const chat = openChat(doc);
  const titleEl = chat && (queryHook(chat, WEBK.peerTitle) ?? queryHook(chat, WEBK.peerAvatar));
  const rawId = titleEl?.getAttribute('data-peer-id') ?? '';
  if (hash === '' && (!chat || rawId === '' || rawId === '0')) return { kind: 'no-chat' };
  const list = chat && queryHook(chat, WEBK.list);
  const missing = [...(chat ? [] : ['chat']), ...(titleEl ? [] : ['peerTitle']), ...(list ? [] : ['list'])];
  if (!chat || !titleEl || !list || !/^-?\d+$/u.test(rawId)) {
    return unreadableChat('Telegram WebK chat view changed: hooks not found', missing, {
      route: /^@/u.test(hash) ? '@…' : hash.replace(/\d/gu, '0'),
      chats: String(queryAllHook(doc, WEBK.chat).length),
      peerId: rawId === '' ? 'none' : 'present',
    });
  }
  const isUser = !rawId.startsWith('-');
  const { messages, channelIds, posts } = readBubbles(list, !isUser);
  const peerId = telegramPeerId(rawId, channelIds);
  if (!peerId) return unreadableChat('Telegram WebK peer id not understood', ['peerId'], {});
  const kind = isUser ? 'user' : posts ? 'channel' : 'group';
  const title = (queryHook(chat, WEBK.peerTitle)?.textContent ?? '').trim();
  const profile = isUser ? profileFacts(doc, rawId) : {};
  const username = usernameOfHash(hash) ?? profile.username;
  return {
    kind: 'chat',
    chat: {
      messenger: 'telegram',
      client: 'telegram-k',
      peer: {
        kind,
        id: peerId,
        title,
        ...(isUser && username ? { username } : {}),
        ...(profile.phone ? { phone: profile.phone } : {}),
      },
      messages,
    },
  };
}

export const webkPage: ChatPage = {
  messenger: 'telegram',
  client: 'telegram-k',
  read: (doc, url) => read(doc, url),
  // The chats container (a chat switch, bubbles), the columns' parent (the profile column coming and going) and
  // the profile column itself (its phone and username rows).
  chatRoots: (doc) => {
    const center = doc.getElementById('column-center');
    return watched(
      [openChat(doc)?.parentElement ?? center, true],
      [center?.parentElement, false],
      [doc.getElementById('column-right'), true],
    );
  },
  detectTheme(doc) {
    // tweb marks the night theme on the root element (`html.night`); else the chat's computed background.
    if (doc.documentElement.classList.contains('night')) return 'dark';
    return themeFromBackground(openChat(doc) ?? doc.body, doc.defaultView) ?? 'light';
  },
};
