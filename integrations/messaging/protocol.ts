// The one message protocol between content scripts, extension pages and the background.
// Types only: content scripts import this without pulling in the validators.
import type { CardView } from '../../core/card';
import type { PageReading, ThreadSnapshot } from '../../core/mail';

/** Who may send a message, checked by the background from facts the browser sets on the sender. */
export type SenderKind = 'mail-page' | 'extension-page';

/** What the sidebar of one tab shows; written by the background, read by the sidebar. */
export type TabContext =
  | { status: 'no-thread'; at: number }
  | { status: 'unreadable'; reason: string; details: Record<string, string>; at: number }
  | {
      status: 'thread';
      threadKey: string;
      subject: string;
      provider: ThreadSnapshot['provider'];
      correspondents: { address: string; name: string }[];
      main: string | null;
      added: number;
      alreadyLogged: number;
      decisions: { providerMessageId: string; logged: boolean; reason: string }[];
      at: number;
    };

export interface Protocol {
  /** A mail page read an open thread. */
  'page.thread': { from: 'mail-page'; req: ThreadSnapshot; res: { added: number; alreadyLogged: number } };
  /** A mail page shows no thread (list view, settings…). */
  'page.noThread': { from: 'mail-page'; req: Record<string, never>; res: null };
  /** A mail page has a thread open that the adapter could not read. */
  'page.unreadable': {
    from: 'mail-page';
    req: Extract<PageReading, { kind: 'unreadable' }>;
    res: null;
  };
  /** Load the built-in demo client base. */
  'demo.load': {
    from: 'extension-page';
    req: Record<string, never>;
    res: { people: number; companies: number };
  };
}

export type MessageType = keyof Protocol;
export type Req<K extends MessageType> = Protocol[K]['req'];
export type Res<K extends MessageType> = Protocol[K]['res'];

export interface Envelope<K extends MessageType = MessageType> {
  kartka: 1;
  type: K;
  payload: Req<K>;
}

export type Reply<K extends MessageType> = { ok: true; data: Res<K> } | { ok: false; error: string };

/** storage.session key under which the background keeps a tab's context. */
export const tabContextKey = (tabId: number) => `tab:${tabId}`;

/**
 * The sidebar's port. The sidebar is a third-party frame inside the mail page, where Chrome may
 * deny IndexedDB ("The user denied permission to access the database") when third-party storage
 * is blocked; so it never opens the base itself: the background pushes what it must show.
 */
export const SIDEBAR_PORT = 'kartka-sidebar';

/** Sidebar -> background over the port. */
export type SidebarRequest = { type: 'select'; address: string | null };

/** Background -> sidebar over the port. */
export interface SidebarState {
  type: 'state';
  context: TabContext | null;
  /** The correspondent shown; null when the context has none. */
  address: string | null;
  /** Their card; null when they are not in the base. */
  card: CardView | null;
}
