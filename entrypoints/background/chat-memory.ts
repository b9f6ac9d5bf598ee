// The chat each tab shows, kept in storage.session (the worker may stop between reading a chat and the user adding
// its peer), so adding or linking someone can log the chat's visible messages with them at once.
import { browser } from '#imports';
import type { ChatSnapshot } from '../../core/chat';

const chatKeyOf = (tabId: number) => `chat:${tabId}`;

/** Remembers the chat a tab shows. */
export async function rememberChat(tabId: number, snapshot: ChatSnapshot): Promise<void> {
  await browser.storage.session.set({ [chatKeyOf(tabId)]: snapshot });
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
