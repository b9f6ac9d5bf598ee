// The chat each tab shows, kept in storage.session (the worker may stop between reading a chat and the user adding
// its peer), so adding or linking someone can log the chat's visible messages with them at once.
import { browser } from '#imports';
import type { ChatSnapshot } from '../../core/chat';

const chatKeyOf = (tabId: number) => `chat:${tabId}`;

/** The messages a tab's chat is remembered with, newest last: the pages send each message once. */
const KEEP_MESSAGES = 500;

/**
 * Remembers the chat a tab shows. A page sends each message once, so the messages of the same chat are kept
 * together: adding its person then logs everything the chat showed, not only the last reading.
 */
export async function rememberChat(tabId: number, snapshot: ChatSnapshot): Promise<void> {
  const before = await rememberedChat(tabId);
  const same = before?.messenger === snapshot.messenger && before.peer.id === snapshot.peer.id;
  const byId = new Map((same ? before.messages : []).map((m) => [m.id, m]));
  for (const m of snapshot.messages) byId.set(m.id, m);
  const messages = [...byId.values()].slice(-KEEP_MESSAGES);
  await browser.storage.session.set({ [chatKeyOf(tabId)]: { ...snapshot, messages } });
}

/** The chat a tab showed last, if it still does. */
export async function rememberedChat(tabId: number): Promise<ChatSnapshot | null> {
  const key = chatKeyOf(tabId);
  return ((await browser.storage.session.get(key))[key] as ChatSnapshot | undefined) ?? null;
}

/** Forgets a tab's chat: it navigated away or closed. */
export async function forgetChat(tabId: number): Promise<void> {
  await browser.storage.session.remove(chatKeyOf(tabId));
}
