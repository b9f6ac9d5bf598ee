// The background's answers for chat pages and the chat sidebar: log what a chat shows, read WhatsApp's screen
// when the user asks, add or link a chat's peer, offer duplicates for merging, log pasted conversations.
import { newClientStage } from '../../core/lifecycle';
import { browser } from '#imports';
import { z } from 'zod';
import { ActionError, fieldsRefused } from '../../core/action-error';
import { chatKey, type ChatSnapshot } from '../../core/chat';
import { peerIdentity } from '../../core/chat-identity';
import { handleKey, unionHandles } from '../../core/handles';
import type { Settings } from '../../core/model';
import {
  READ_VISIBLE,
  tabContextKey,
  type ChatContext,
  type TabContext,
} from '../../integrations/messaging/protocol';
import type { Handlers } from '../../integrations/messaging/router';
import { chatSnapshot } from '../../integrations/messaging/schemas';
import { db } from '../../storage/db';
import { logChat, matchChatPeer, type LogChatResult } from '../../storage/log-chat';
import { logPasted } from '../../storage/log-pasted';
import { mergePeople } from '../../storage/merge';
import { createPerson, ownershipProblems } from '../../storage/people';
import { personRowWithCompanies, plainPerson } from '../../storage/rows';
import { searchPeople } from '../../storage/search';
import { loadSettings } from '../../storage/settings';
import { refreshStage } from '../../storage/stages';
import { rememberChat, rememberedChat } from './chat-memory';
import { claim } from './claims';
import { chatContext, previewChatContext } from './opened-chat';
import { requirePerson, sidebarTab } from './sidebar-actions';
import { setTabContext } from './tab-context';

type ChatAction =
  | 'page.chat'
  | 'sidebar.logVisible'
  | 'sidebar.addChatPerson'
  | 'sidebar.linkChat'
  | 'sidebar.findPeople'
  | 'sidebar.mergePeople'
  | 'sidebar.logPasted';

async function currentContext(tabId: number): Promise<TabContext | null> {
  const key = tabContextKey(tabId);
  return ((await browser.storage.session.get(key))[key] as TabContext | undefined) ?? null;
}

/** The chat context a tab shows now, when it is still `key` (the page may have moved on meanwhile). */
async function sameChat(tabId: number, key: string): Promise<ChatContext | null> {
  const current = await currentContext(tabId);
  return current?.status === 'chat' && current.chatKey === key ? current : null;
}

/** Logs a chat and shows the result in its tab's sidebar (if still the newest reading); `manual` when the user asked. */
async function logAndShow(
  tabId: number,
  chat: ChatSnapshot,
  settings: Settings,
  manual: boolean,
  isLatest: () => boolean = () => true,
) {
  const now = Date.now();
  // A page that shows no messages (WhatsApp before the button) has nothing to log: who it is with is only read.
  const result: LogChatResult =
    manual || chat.messages.length > 0
      ? await logChat(db, chat, settings, now, { manual })
      : {
          chatKey: chatKey(chat.messenger, chat.peer.id),
          decisions: [],
          added: 0,
          alreadyLogged: 0,
          peer: await matchChatPeer(db, chat, settings),
          participants: [],
        };
  if (!isLatest()) return result;
  let context = chatContext(chat, result, settings, now);
  // WhatsApp's page reports only who the chat is with: what the last "Log visible messages" logged stays shown.
  if (!manual && chat.messages.length === 0) {
    const before = await sameChat(tabId, context.chatKey);
    if (before)
      context = {
        ...context,
        added: before.added,
        alreadyLogged: before.alreadyLogged,
        decisions: before.decisions,
      };
  }
  await rememberChat(tabId, chat);
  await setTabContext(tabId, context);
  return result;
}

/** The chat the sidebar's tab shows, or a readable error. */
async function tabChat(tabId: number): Promise<ChatSnapshot> {
  const chat = await rememberedChat(tabId);
  if (!chat)
    throw new ActionError('No chat is open in this tab; open one and try again.', { code: 'chat.none' });
  return chat;
}

const readingSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('chat'), chat: chatSnapshot }),
  z.object({ kind: z.literal('no-chat') }),
  z.object({ kind: z.literal('unreadable'), reason: z.string().max(500) }).loose(),
]);

/** Asks the page's content script (top frame) for what is on screen now. */
async function readVisible(tabId: number): Promise<ChatSnapshot> {
  const raw: unknown = await browser.tabs
    .sendMessage(tabId, { type: READ_VISIBLE }, { frameId: 0 })
    .catch(() => null);
  const parsed = readingSchema.safeParse(raw);
  if (!parsed.success || parsed.data.kind === 'unreadable')
    throw new ActionError(
      'The messages on screen could not be read; the page may have changed. Nothing was logged.',
      {
        code: 'chat.unreadable',
      },
    );
  if (parsed.data.kind === 'no-chat')
    throw new ActionError('No chat is open in this tab; open one and try again.', { code: 'chat.none' });
  return parsed.data.chat;
}

// The last chat each tab showed: a new chat shows its card before its messages are logged; the same chat
// scrolled or re-rendered goes straight to logging (no flash of "logging…").
const shownChat = new Map<number, string>();

export const chatActions: Pick<Handlers, ChatAction> = {
  async 'page.chat'(chat, sender) {
    const tabId = sender.tabId ?? -1;
    const isLatest = claim(tabId);
    const settings = await loadSettings();
    const key = chatKey(chat.messenger, chat.peer.id);
    // A new chat: the card follows the page's identity of its peer at once, while the chat is being logged.
    if (shownChat.get(tabId) !== key && isLatest())
      await setTabContext(tabId, previewChatContext(chat, null, settings, Date.now()));
    shownChat.set(tabId, key);
    await logAndShow(tabId, chat, settings, false, isLatest);
    return null;
  },

  async 'sidebar.logVisible'(_payload, sender) {
    const tabId = await sidebarTab(sender, 'sidebar.logVisible');
    const chat = await readVisible(tabId);
    claim(tabId);
    const result = await logAndShow(tabId, chat, await loadSettings(), true);
    return { visible: chat.messages.length, added: result.added, alreadyLogged: result.alreadyLogged };
  },

  async 'sidebar.addChatPerson'({ name }, sender) {
    const tabId = await sidebarTab(sender, 'sidebar.addChatPerson');
    const chat = await tabChat(tabId);
    const settings = await loadSettings();
    const id = peerIdentity(chat.messenger, chat.peer, settings.defaultPhoneRegion);
    if (!id)
      throw new ActionError('This chat is a group or channel: open a private chat to add its person.', {
        code: 'chat.noPeer',
      });
    const now = Date.now();
    const written = await createPerson(
      db,
      {
        displayName: name.trim() || id.name || (id.phone ?? chat.peer.title),
        phones: id.phone ? [id.phone] : [],
        handles: id.handles,
        source: `sidebar: added from a ${chat.messenger === 'telegram' ? 'Telegram' : 'WhatsApp'} chat`,
        stage: newClientStage(now),
      },
      settings,
      now,
    );
    if (!written.ok) throw fieldsRefused(written.problems);
    await refreshStage(db, { kind: 'person', id: written.person.id }, settings, now);
    await logAndShow(tabId, chat, settings, false);
    return { personId: written.person.id };
  },

  async 'sidebar.linkChat'({ personId }, sender) {
    const tabId = await sidebarTab(sender, 'sidebar.linkChat');
    const chat = await tabChat(tabId);
    const settings = await loadSettings();
    const id = peerIdentity(chat.messenger, chat.peer, settings.defaultPhoneRegion);
    if (!id)
      throw new ActionError('This chat is a group or channel: open a private chat to link its person.', {
        code: 'chat.noPeer',
      });
    await db.transaction('rw', db.people, db.companies, async () => {
      const person = await requirePerson(personId);
      const handles = unionHandles(person.handles, id.handles);
      // A jid's phone joins the person's phones: a WhatsApp account is its number.
      const phones =
        id.phone && !person.phones.includes(id.phone) ? [...person.phones, id.phone] : person.phones;
      const problems = await ownershipProblems(db, { emails: [], handles }, personId);
      if (problems.length > 0) throw fieldsRefused(problems);
      const unchanged =
        phones === person.phones && handles.every((h) => (person.handleKeys ?? []).includes(handleKey(h)));
      if (unchanged) return;
      await db.people.put(
        await personRowWithCompanies(db, { ...plainPerson(person), handles, phones, updatedAt: Date.now() }),
      );
    });
    await logAndShow(tabId, chat, settings, false);
    return null;
  },

  async 'sidebar.findPeople'({ query }, sender) {
    await sidebarTab(sender, 'sidebar.findPeople');
    const hits = await searchPeople(db, query, 8);
    return hits.map((h) => ({
      personId: h.id as Parameters<typeof requirePerson>[0],
      name: h.name,
      detail: [h.companyName, h.email].filter(Boolean).join(' · ') || null,
    }));
  },

  async 'sidebar.mergePeople'({ keepId, dropId }, sender) {
    const tabId = await sidebarTab(sender, 'sidebar.mergePeople');
    await requirePerson(keepId);
    await requirePerson(dropId);
    await mergePeople(db, keepId, dropId, Date.now());
    const chat = await rememberedChat(tabId);
    if (chat) await logAndShow(tabId, chat, await loadSettings(), false);
    return null;
  },

  async 'sidebar.logPasted'({ personId, messenger, messages }, sender) {
    // The base page pastes too: only a sidebar must prove its tab.
    if (sender.url.startsWith(browser.runtime.getURL('/sidebar.html')))
      await sidebarTab(sender, 'sidebar.logPasted');
    const result = await logPasted(db, personId, messenger, messages, Date.now());
    if (!result)
      throw new ActionError('This client is no longer in the base (deleted or merged); reopen the thread.', {
        code: 'person.gone',
      });
    return result;
  },
};
