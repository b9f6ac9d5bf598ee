// The one interface every mail page adapter implements (facts about the pages: design/MAIL-PAGES.md).
import type { PageReading, Provider, UnreadableThread } from '../core/mail';

export type PageTheme = 'light' | 'dark';

/**
 * A mail site's page adapter. Every method is synchronous, reads with a handful of
 * querySelector calls (the content script budget is 2 ms per navigation) and never throws
 * on a page it does not recognise: a missing hook is reported as `unreadable`.
 */
export interface MailPage {
  readonly provider: Provider;
  /**
   * Reads the page once. The DOM is authoritative: `thread` when an open thread was read,
   * `no-thread` for list views and empty reading panes, `unreadable` when the URL names a
   * thread but the hooks are missing (details hold hook names, counts and the route with
   * ids only: nothing from message content).
   */
  read(doc: Document, url: URL): PageReading;
  /**
   * True when the URL itself names an open thread or item. Callers use it to tell breakage
   * (thread URL, nothing readable) from an ordinary list view; `read` may still find a thread
   * on other URLs (e.g. a conversation selected in Outlook search results).
   */
  isThreadUrl(url: URL): boolean;
  /**
   * The element to observe (subtree) for message expansions and late rendering of the open
   * thread; null when no thread view is on the page. Re-query after every navigation.
   */
  threadRoot(doc: Document): Element | null;
  /** The page's colour scheme, sampled from computed colours (neither site exposes an API). */
  detectTheme(doc: Document): PageTheme;
}

/**
 * Builds an `unreadable` reading: `missing` names hooks by registry key, `details` adds counts and the route;
 * `thread` is the thread the URL (or the selected list row) names, so that the base can still show its card.
 */
export function unreadable(
  reason: string,
  missing: string[],
  details: Record<string, string>,
  thread?: UnreadableThread,
): PageReading {
  const reading: PageReading = {
    kind: 'unreadable',
    reason,
    details: { missing: missing.join(','), ...details },
  };
  if (thread) reading.thread = thread;
  return reading;
}
