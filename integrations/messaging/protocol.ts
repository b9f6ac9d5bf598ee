// The one message protocol between content scripts, extension pages and the background.
// Types only: content scripts import this without pulling in the validators.
import type { ActionBecause } from '../../core/action-error';
import type { CardView } from '../../core/card';
import type { PageReading, ThreadSnapshot } from '../../core/mail';
import type { LogBecause } from '../../core/logging-policy';
import type { PersonId, TaskId } from '../../core/ids';
import type { Settings } from '../../core/model';

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
      /** True while the thread's messages are still being logged (the card is shown before that). */
      pending: boolean;
      added: number;
      alreadyLogged: number;
      decisions: { providerMessageId: string; logged: boolean; reason: string; because?: LogBecause }[];
      at: number;
      /** Set when the page could not be read and the card comes from elsewhere: `base` = what the base holds. */
      readFrom?: 'base';
      /** Why the page could not be read (with `readFrom`): for the notice and a bug report. */
      pageProblem?: { reason: string; details: Record<string, string> };
    };

export interface Protocol {
  /** A mail page read an open thread. The reply says nothing about the base (a subverted page could probe it). */
  'page.thread': { from: 'mail-page'; req: ThreadSnapshot; res: null };
  /** A mail page shows no thread (list view, settings…). */
  'page.noThread': { from: 'mail-page'; req: Record<string, never>; res: null };
  /** A mail page has a thread open that the adapter could not read. */
  'page.unreadable': {
    from: 'mail-page';
    req: Extract<PageReading, { kind: 'unreadable' }>;
    res: null;
  };
  /** Sidebar: add a note to a person's history. */
  'sidebar.addNote': { from: 'extension-page'; req: { personId: PersonId; text: string }; res: null };
  /** Sidebar: add a task or reminder for a person. */
  'sidebar.addTask': {
    from: 'extension-page';
    req: { personId: PersonId; title: string; due: number };
    res: null;
  };
  /** Sidebar: mark one of the person's open tasks done. */
  'sidebar.completeTask': { from: 'extension-page'; req: { taskId: TaskId }; res: null };
  /** Sidebar: set a person's stage by hand, with the reason shown on the card. */
  'sidebar.setStage': {
    from: 'extension-page';
    req: { personId: PersonId; stage: string; reason: string };
    res: null;
  };
  /** Sidebar: open a deal for a person. */
  'sidebar.addDeal': {
    from: 'extension-page';
    req: { personId: PersonId; title: string; amount: number | null; currency: string };
    res: null;
  };
  /** Sidebar: add a thread's correspondent to the base, prefilled from the thread. */
  'sidebar.addPerson': {
    from: 'extension-page';
    req: { address: string; name: string };
    res: { personId: PersonId };
  };
  /** Sidebar: open the person's full card in the base page (a new tab). */
  'sidebar.openCard': { from: 'extension-page'; req: { personId: PersonId }; res: null };
  /** Parse text as the "Save to client base" menu does and open the draft for review (the menu's code path). */
  'capture.fromText': {
    from: 'extension-page';
    req: { text: string; target?: 'new' | 'existing' };
    res: { draftId: string; empty: boolean };
  };
  /** Settings: run every page hook on the mail tab the user has open; a redacted report to copy. */
  'health.diagnose': {
    from: 'extension-page';
    req: Record<string, never>;
    res:
      | { status: 'ok'; site: 'gmail' | 'outlook'; report: string }
      | { status: 'no-tab' }
      | { status: 'failed'; error: string };
  };
  /** Settings: start the reading-health counts from zero. */
  'health.reset': { from: 'extension-page'; req: Record<string, never>; res: null };
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

/** A failure's `error` is English (for logs); `because`, when the handler gave one, lets the caller translate it. */
export type Reply<K extends MessageType> =
  { ok: true; data: Res<K> } | { ok: false; error: string; because?: ActionBecause };

/** storage.session key under which the background keeps a tab's context. */
export const tabContextKey = (tabId: number) => `tab:${tabId}`;

/** Background -> a mail page's content script (answered by the page itself, not routed): run every hook, report. */
export const PAGE_DIAGNOSE = { kartka: 1, type: 'page.diagnose' } as const;

/**
 * The sidebar's port. The sidebar is a third-party frame inside the mail page, where Chrome may
 * deny IndexedDB ("The user denied permission to access the database") when third-party storage
 * is blocked; so it never opens the base itself: the background pushes what it must show.
 */
export const SIDEBAR_PORT = 'kartka-sidebar';

/**
 * The mail page's port: its readings go over one long-lived port instead of a `sendMessage` each, which
 * opens and closes a message channel per call (measured: ~0.7 ms of the page's main thread per navigation).
 * Envelopes as for `sendMessage`; the background answers only failures, as a `Reply` with `ok: false`.
 */
export const PAGE_PORT = 'kartka-page';

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
  /** Set when the base could not be read for this card: the sidebar shows it instead of the card. */
  problem?: string;
  /** The user's language setting: the sidebar cannot read the settings itself (it never opens the base). */
  language: Settings['language'];
  /** Someone in the base whose address this one imitates (a Cyrillic "о" for an "o"); the card warns. */
  lookalike?: { name: string; address: string } | null;
}
