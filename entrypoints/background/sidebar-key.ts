// Each tab's sidebar key (issue 16, "sidebar framing"): issued to the content script that mounts the sidebar, put in
// the frame's URL inside its closed shadow root, and presented by the sidebar when it connects. A sidebar the page
// framed itself (sidebar.html is web-accessible to the mail sites, so a subverted mail page could frame and overlay
// it) has no key, and the background sends it nothing. Kept in storage.session: it outlives the worker's restarts.
import { browser } from '#imports';

const keyOf = (tabId: number) => `sidebarKey:${tabId}`;

/** A new random key for the tab (the previous one, of a frame since gone, stops working). */
export async function issueSidebarKey(tabId: number): Promise<string> {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  const key = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  await browser.storage.session.set({ [keyOf(tabId)]: key });
  return key;
}

/** True when `key` is the one issued for the tab. */
export async function isSidebarKey(tabId: number, key: string): Promise<boolean> {
  if (key === '') return false;
  const issued = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)];
  return typeof issued === 'string' && issued === key;
}

export async function forgetSidebarKey(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
