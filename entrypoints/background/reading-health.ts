// Counts how the mail pages read, per site, in storage.local (this device only): one thread counted once per
// opening (a message expanded re-reads the same thread), the last problem kept with the hooks it missed.
import { browser } from '#imports';
import type { Provider } from '../../core/mail';
import { providerOfOrigin } from '../../core/mail-origins';
import { routeShape } from '../../integrations/diagnostics';
import {
  emptyHealth,
  healthOf,
  recordReading,
  type ReadingEvent,
  type ReadingHealth,
} from '../../core/reading-health';

export const READING_HEALTH_KEY = 'reading-health';

/** What each tab counted last: a thread key, or an unreadable route and thread; reset when the tab shows no thread. */
const lastCounted = new Map<number, string>();
// Read-modify-write of one key: chained, so two readings at once never lose a count.
let writes: Promise<unknown> = Promise.resolve();

function record(event: ReadingEvent): Promise<void> {
  const step = writes.then(async () => {
    const stored = (await browser.storage.local.get(READING_HEALTH_KEY))[READING_HEALTH_KEY];
    await browser.storage.local.set({ [READING_HEALTH_KEY]: recordReading(healthOf(stored), event) });
  });
  writes = step.catch((error: unknown) => console.warn('[Kartka] reading health', error));
  return writes.then(() => undefined);
}

/** Counts a thread read from the page, unless the tab already counted it (a re-read of the same thread). */
export function noteThreadRead(tabId: number, site: Provider, threadKey: string, at: number): Promise<void> {
  if (lastCounted.get(tabId) === threadKey) return Promise.resolve();
  lastCounted.set(tabId, threadKey);
  return record({ kind: 'read', site, at });
}

/**
 * The route's shape as the tab shows it now. A port's `sender.url` stays the URL the page connected with, and
 * both mail sites change theirs in place (Gmail the hash, Outlook the history), so it may name the list.
 */
export async function currentRoute(tabId: number, senderUrl: string): Promise<string> {
  const tab = tabId >= 0 ? await browser.tabs.get(tabId).catch(() => null) : null;
  const sameSite = tab?.url !== undefined && providerOfOrigin(tab.url) === providerOfOrigin(senderUrl);
  return routeShape(new URL(sameSite && tab.url ? tab.url : senderUrl));
}

/**
 * Counts an unreadable thread, with the hooks it missed; `fromBase` when the base showed its card anyway. A
 * re-read counts once: the same route and the same thread the URL names (`threadId`, kept in memory only).
 */
export function noteUnreadable(
  tabId: number,
  site: Provider,
  problem: { at: number; reason: string; missing: string[]; route: string },
  fromBase: boolean,
  threadId: string | null,
): Promise<void> {
  const key = `unreadable:${problem.route}:${threadId ?? ''}`;
  if (lastCounted.get(tabId) === key) return Promise.resolve();
  lastCounted.set(tabId, key);
  return record({ kind: 'unreadable', site, problem, fromBase });
}

/** The tab shows no thread, or closed: its next thread counts again. */
export function noteNoThread(tabId: number): void {
  lastCounted.delete(tabId);
}

export async function resetReadingHealth(): Promise<ReadingHealth> {
  const health = emptyHealth();
  await (writes = writes.then(() => browser.storage.local.set({ [READING_HEALTH_KEY]: health })));
  return health;
}
