// The one interface every chat page adapter implements (Telegram WebK and WebA, WhatsApp Web), beside MailPage.
// Facts about the pages: design/CHAT-PAGES.md.
import type { ChatClient, ChatReading, Messenger } from '../core/chat';
import type { PageTheme } from './mail-page';

/**
 * A chat site's page adapter. It reads what the page shows and nothing else: it never scrolls, never reads the
 * page's own storage or JavaScript, never sends anything. Every method is synchronous, costs a handful of
 * querySelector calls per visible message (the content script's budget is 2 ms per chat switch), and never
 * throws on a page it does not recognise: a missing hook is reported as `unreadable`.
 */
export interface ChatPage {
  readonly messenger: Messenger;
  readonly client: ChatClient;
  /**
   * Reads the open chat: its peer and the messages visible now (the clients drop off-screen rows, so callers
   * read again as the user scrolls). `no-chat` when no chat is open; `unreadable` when one is open but the
   * hooks are missing (details hold hook names and counts, never message content). `now` dates "Today".
   */
  read(doc: Document, url: URL, now: number): ChatReading;
  /**
   * What to observe for a chat switch, messages scrolling in and the profile column opening: the chat's view
   * (subtree) and the few containers around it whose children come and go (not their subtrees: a busy chat
   * list must not wake the reader). Re-asked after every reading, as the clients re-create their views.
   */
  chatRoots(doc: Document): WatchedNode[];
  /** The page's colour scheme. */
  detectTheme(doc: Document): PageTheme;
}

/** A node to observe, with or without its subtree. */
export interface WatchedNode {
  node: Element;
  subtree: boolean;
}

/** The nodes that exist, in order: `[element, subtree]` pairs with missing elements left out. */
export function watched(...pairs: [Element | null | undefined, boolean][]): WatchedNode[] {
  return pairs.flatMap(([node, subtree]) => (node ? [{ node, subtree }] : []));
}

/** Builds an `unreadable` reading: `missing` names hooks by registry key, `details` adds counts. */
export function unreadableChat(
  reason: string,
  missing: string[],
  details: Record<string, string>,
): ChatReading {
  return { kind: 'unreadable', reason, details: { missing: missing.join(','), ...details } };
}

/**
 * The text of `el` without the parts that are not the message (a time stamp, reactions, a sender's name),
 * read from text nodes so nothing of the page is cloned or parsed; an emoji drawn as an image counts by its alt.
 */
export function textWithout(el: Element, skip?: string): string {
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const child = node as Element;
      if (skip !== undefined && child.matches(skip)) continue;
      if (child.localName === 'br') out += '\n';
      else if (child.localName === 'img') out += child.getAttribute('alt') ?? '';
      else out += textWithout(child, skip);
    }
  }
  return out;
}
