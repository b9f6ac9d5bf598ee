// Counts how the mail pages read, per site, in storage.local (this device only): one thread counted once per
// opening (a message expanded re-reads the same thread), the last problem kept with the hooks it missed.
import { browser } from '#imports';
import type { Provider } from '../../core/mail';
import {
  emptyHealth,
  healthOf,
  recordReading,
  type ReadingEvent,
  type ReadingHealth,
} from '../../core/reading-health';

export const READING_HEALTH_KEY = 'reading-health';

/** What each tab counted last: a thread key, or an unreadable route; reset when the tab shows no thread. */
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

/** Counts an unreadable thread, with the hooks it missed; `fromBase` when the base showed its card anyway. */
export function noteUnreadable(
  tabId: number,
  site: Provider,
  problem: { at: number; reason: string; missing: string[]; route: string },
  fromBase: boolean,
): Promise<void> {
  const key = `unreadable:${problem.route}`;
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
