// Re-reads a chat page when it navigates, switches chat or scrolls new messages into view, and reports each
// new reading once. The clients drop off-screen rows, so every reading is what is visible now; the background
// keys messages by (chat, server id), so a message read twice is logged once.
import type { ChatReading } from '../core/chat';
import type { WatchedNode } from './chat-page';
import type { WatchContext } from './mail-watch';

// Short: the card should follow a chat switch within a frame or two; readings are cheap and deduplicated.
const SETTLE_MS = 30;
// What changes when a chat switches or a message appears or gets its server id (tweb data-mid, WebA
// data-message-id, WhatsApp data-id; the header's data-peer-id).
const ATTRIBUTES = ['data-mid', 'data-peer-id', 'data-message-id', 'data-id', 'data-timestamp'];

export interface ChatWatch {
  /** What to observe (re-acquired after every reading: the clients re-create their chat views). */
  roots: () => WatchedNode[];
  read: () => ChatReading;
  onReading: (reading: ChatReading) => void;
}

/** Watches navigation and the chat's DOM; calls `onReading` whenever what the page shows changes. */
export function watchChatPage(ctx: WatchContext, watch: ChatWatch): void {
  let lastSignature = '';
  let timer: number | null = null;
  let observed: WatchedNode[] = [];
  const observer = new MutationObserver(() => schedule());

  const readNow = () => {
    timer = null;
    attachObserver();
    const reading = watch.read();
    const signature = JSON.stringify(reading);
    if (signature === lastSignature) return;
    lastSignature = signature;
    watch.onReading(reading);
  };

  const attachObserver = () => {
    const roots = watch.roots();
    const same =
      roots.length === observed.length &&
      roots.every((r, i) => r.node === observed[i]?.node && r.subtree === observed[i]?.subtree);
    if (same) return;
    observer.disconnect();
    observed = roots;
    for (const { node, subtree } of roots)
      observer.observe(
        node,
        subtree
          ? { childList: true, subtree, attributes: true, attributeFilter: ATTRIBUTES }
          : { childList: true },
      );
  };

  const schedule = () => {
    if (timer !== null) return;
    timer = ctx.setTimeout(readNow, SETTLE_MS);
  };

  // WebK writes the chat into the hash with history.replaceState (no hashchange): WXT's locationchange sees it.
  ctx.addEventListener(window, 'wxt:locationchange', schedule);
  ctx.addEventListener(window, 'hashchange', schedule);
  ctx.addEventListener(window, 'popstate', schedule);
  ctx.onInvalidated(() => observer.disconnect());
  readNow();
}
