// Re-reads a mail page when it navigates or changes, and reports each new reading once.
import type { PageReading } from '../core/mail';
import type { MailPage } from './mail-page';

export interface WatchContext {
  addEventListener: (
    target: Window,
    type: 'wxt:locationchange' | 'hashchange' | 'popstate',
    handler: () => void,
  ) => void;
  onInvalidated: (cb: () => void) => void;
  setTimeout: (handler: () => void, ms: number) => number;
}

// Short: the card should follow the page within a frame or two; readings are cheap and deduplicated.
const SETTLE_MS = 30;
const ATTRIBUTES = ['class', 'aria-expanded', 'aria-selected', 'data-message-id', 'data-legacy-message-id'];

/** Watches navigation and the thread's DOM; calls `onReading` whenever what the page shows changes. */
export function watchMailPage(ctx: WatchContext, page: MailPage, onReading: (r: PageReading) => void): void {
  let lastSignature = '';
  let timer: number | null = null;
  let observed: Element | null = null;
  const observer = new MutationObserver(() => schedule());

  const readNow = () => {
    timer = null;
    attachObserver();
    const reading = page.read(document, new URL(location.href));
    const signature = JSON.stringify(reading);
    if (signature === lastSignature) return;
    lastSignature = signature;
    onReading(reading);
  };

  // Observe only the content root, re-acquired after navigation; Gmail and Outlook re-create it.
  const attachObserver = () => {
    const root = page.threadRoot(document) ?? document.querySelector('[role=main]') ?? document.body;
    if (root === observed) return;
    observer.disconnect();
    observed = root;
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: ATTRIBUTES });
  };

  const schedule = () => {
    if (timer !== null) return;
    timer = ctx.setTimeout(readNow, SETTLE_MS);
  };

  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'hashchange', schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.onInvalidated(() => observer.disconnect());
  readNow();
}
