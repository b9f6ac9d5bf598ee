// The thread each tab shows, kept in storage.session (the worker may be stopped between reading a thread
// and the user adding its correspondent), so adding someone can log the thread's mail with them at once.
import { browser } from '#imports';
import type { ThreadSnapshot } from '../../core/mail';

const snapshotKey = (tabId: number) => `thread:${tabId}`;

/** Remembers the thread a tab shows. */
export async function rememberThread(tabId: number, snapshot: ThreadSnapshot): Promise<void> {
  await browser.storage.session.set({ [snapshotKey(tabId)]: snapshot });
}

/** The thread a tab showed last, if it still does. */
export async function rememberedThread(tabId: number): Promise<ThreadSnapshot | null> {
  const key = snapshotKey(tabId);
  return ((await browser.storage.session.get(key))[key] as ThreadSnapshot | undefined) ?? null;
}

/** Forgets a tab's thread: it navigated away or closed. */
export async function forgetThread(tabId: number): Promise<void> {
  await browser.storage.session.remove(snapshotKey(tabId));
}
