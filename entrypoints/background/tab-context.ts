// Each tab's sidebar context lives in storage.session, so it survives the service worker being stopped.
import { browser } from '#imports';
import { tabContextKey, type TabContext } from '../../integrations/messaging/protocol';

/** Stores what the sidebar of `tabId` should show. */
export async function setTabContext(tabId: number, context: TabContext): Promise<void> {
  await browser.storage.session.set({ [tabContextKey(tabId)]: context });
}

/** Forgets a closed tab's context. */
export async function clearTabContext(tabId: number): Promise<void> {
  await browser.storage.session.remove(tabContextKey(tabId));
}
