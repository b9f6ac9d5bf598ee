// The one message protocol between content scripts, extension pages and the background.
// Types only: content scripts import this without pulling in the validators.
import type { ActionBecause } from '../../core/action-error';
import type { MailFolderEntry } from '../../core/sync/microsoft/folders';
import type { CardView } from '../../core/card';
import type { ChatClient, ChatKind, ChatSnapshot, Messenger } from '../../core/chat';
import type { ChatIdentity, MatchedBy } from '../../core/chat-identity';
import type { PastedMessage } from '../../core/parse/chat-paste';
import type { TeamsCardStatus } from '../../core/sync/microsoft/teams-state';
import type { TodayView } from '../../core/today';
import type { PageReading, ThreadSnapshot } from '../../core/mail';
import type { LogBecause } from '../../core/logging-policy';
import type { PersonId, TaskId } from '../../core/ids';
import type { Settings } from '../../core/model';
import type { AdminOutcome, AdminRequest } from '../../core/team/admin';
import type { AuditEntry } from '../../core/team/audit';
import type { HistoryWindow } from '../../core/team/history-window';
import type { JoinInput, JoinPreview } from '../team/join';
import type { SyncOutcome } from '../team/sync';

/**
 * Who may send a message, checked by the background from facts the browser sets on the sender: a mail site's
 * page, a chat site's page, either of them ('page'), or a page of the extension.
 */
export type SenderKind = 'mail-page' | 'chat-page' | 'page' | 'extension-page';

/** Who a chat is with, as the base knows them (storage/log-chat.ts). */
export interface ChatPeerView {
  personId: PersonId;
  name: string;
  by: MatchedBy;
  /** Other people sharing one of the peer's handles or its phone: offered for merging. */
  others: { personId: PersonId; name: string }[];
}

/** The sidebar's context for an open chat (Telegram Web, WhatsApp Web). */
export interface ChatContext {
  status: 'chat';
  chatKey: string;
  messenger: Messenger;
  client: ChatClient;
  kind: ChatKind;
  title: string;
  /** As the page shows them: the username without '@', the phone as formatted there. */
  username: string | null;
  phone: string | null;
  /** A WhatsApp chat with a privacy id (`@lid`): no phone, so only a link by hand can name its client. */
  lid: boolean;
  peer: ChatPeerView | null;
  /**
   * A private chat's peer as the page shows them (handles, phone): the sidebar's card follows it at once, before
   * the chat is logged and `peer` is known. Null for groups and channels.
   */
  identity: ChatIdentity | null;
  /** Group chats: the senders seen on the page and who they are in the base. */
  participants: { id: string; name: string; personId?: PersonId }[];
  /** WhatsApp: nothing is logged until the user presses "Log visible messages". */
  manual: boolean;
  pending: boolean;
  added: number;
  alreadyLogged: number;
  decisions: { providerMessageId: string; logged: boolean; reason: string; because?: LogBecause }[];
  at: number;
}

/** What the sidebar of one tab shows; written by the background, read by the sidebar. */
export type TabContext =
  | { status: 'no-thread'; at: number }
  | {
      status: 'unreadable';
      reason: string;
      details: Record<string, string>;
      at: number;
      /** The card from Graph found this Microsoft account's 4 request slots taken: try again in a moment. */
      busy?: string;
    }
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
      /**
       * Set when the page could not be read and the card comes from elsewhere: `base` = what the base holds,
       * `api` = the thread read through a connected account (Gmail threads.get, Graph's conversationId filter), its messages logged from there.
       */
      readFrom?: 'base' | 'api';
      /** Why the page could not be read (with `readFrom`): for the notice and a bug report. */
      pageProblem?: { reason: string; details: Record<string, string> };
    }
  | ChatContext;

export interface Protocol {
  /** A mail page read an open thread. The reply says nothing about the base (a subverted page could probe it). */
  'page.thread': { from: 'mail-page'; req: ThreadSnapshot; res: null };
  /** A mail or chat page shows no thread or chat (list view, settings…). */
  'page.noThread': { from: 'page'; req: Record<string, never>; res: null };
  /** A mail or chat page has a thread or chat open that the adapter could not read. */
  'page.unreadable': {
    from: 'page';
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
  /** Sidebar with no thread open: the tasks and reminders due by the end of the user's today. */
  'sidebar.today': {
    from: 'extension-page';
    req: { startOfDay: number; until: number };
    res: TodayView;
  };
  /** Parse text as the "Save to client base" menu does and open the draft for review (the menu's code path). */
  'capture.fromText': {
    from: 'extension-page';
    req: { text: string; target?: 'new' | 'existing' };
    res: { draftId: string; empty: boolean };
  };
  /**
   * A chat page read the open chat (WhatsApp sends the peer only, until the user asks to log). As for a thread,
   * the reply says nothing about the base.
   */
  'page.chat': { from: 'chat-page'; req: ChatSnapshot; res: null };
  /** Sidebar on WhatsApp: read the messages on screen now and log them ("Log visible messages"). */
  'sidebar.logVisible': {
    from: 'extension-page';
    req: Record<string, never>;
    res: { visible: number; added: number; alreadyLogged: number };
  };
  /** Sidebar on a chat: add the chat's peer to the base, prefilled from the page (name; handles and phone as read). */
  'sidebar.addChatPerson': { from: 'extension-page'; req: { name: string }; res: { personId: PersonId } };
  /** Sidebar on a chat: link the chat's peer (their handles) to a client already in the base. */
  'sidebar.linkChat': { from: 'extension-page'; req: { personId: PersonId }; res: null };
  /** Sidebar: people matching a query, for the link picker (the sidebar cannot open the base itself). */
  'sidebar.findPeople': {
    from: 'extension-page';
    req: { query: string };
    res: { personId: PersonId; name: string; detail: string | null }[];
  };
  /** Sidebar: merge a duplicate (sharing a handle or a phone) into the card shown. */
  'sidebar.mergePeople': { from: 'extension-page'; req: { keepId: PersonId; dropId: PersonId }; res: null };
  /** Sidebar or base page: log a pasted conversation with one person ("Paste a conversation"). */
  'sidebar.logPasted': {
    from: 'extension-page';
    req: { personId: PersonId; messenger: PastedMessenger; messages: PastedMessage[] };
    res: { added: number; alreadyLogged: number };
  };
  /** Settings: run every page hook on the mail tab the user has open; a redacted report to copy. */
  'health.diagnose': {
    from: 'extension-page';
    req: Record<string, never>;
    res:
      | { status: 'ok'; site: 'gmail' | 'outlook' | ChatClient; report: string }
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
  /**
   * A mail or chat page is about to mount the sidebar: the background issues the tab's sidebar key, which the content script
   * puts in the frame's URL and the sidebar presents when it connects. A copy of the sidebar the page frames itself
   * (to overlay it for clickjacking) has no key and gets nothing from the background.
   */
  'page.sidebarFrame': { from: 'page'; req: Record<string, never>; res: { key: string } };
  /** Settings → Accounts: connect a mailbox (opens the provider's sign-in window). */
  'sync.connect': {
    from: 'extension-page';
    req: { provider: 'google' | 'microsoft' };
    res: { accountId: string; address: string };
  };
  /** Sign in again for an account whose token Google no longer accepts. */
  'sync.reconnect': {
    from: 'extension-page';
    req: { accountId: string };
    res: { accountId: string; address: string };
  };
  /** Disconnect (revoking access), keeping or removing what the account synced. */
  'sync.disconnect': {
    from: 'extension-page';
    req: { accountId: string; remove: boolean };
    res: { interactions: number; people: number; shared: number; revoked: boolean };
  };
  /** Pause or resume an account's sync. */
  'sync.pause': { from: 'extension-page'; req: { accountId: string; paused: boolean }; res: null };
  /** Run an account's sync now (a check for new mail included). */
  'sync.now': { from: 'extension-page'; req: { accountId: string }; res: null };
  /**
   * Settings → Accounts → a Microsoft account: its Outlook folders as a tree (read from Graph, bounded), each
   * marked picked or always synced, and picked folders Graph no longer lists.
   */
  'sync.outlookFolders': {
    from: 'extension-page';
    req: { accountId: string };
    res: {
      folders: (MailFolderEntry & { picked: boolean })[];
      missing: { id: string; name: string }[];
      truncated: boolean;
    };
  };
  /** The folders a Microsoft account syncs beyond Inbox and Sent Items (each its own delta). */
  'sync.pickOutlookFolders': {
    from: 'extension-page';
    req: { accountId: string; folders: { id: string; name: string }[] };
    res: { added: { id: string; name: string }[]; removed: { id: string; name: string }[] };
  };
  /** Settings → Team: check an invitation with the firm's server and say what joining would do (changes nothing). */
  'team.preview': { from: 'extension-page'; req: JoinInput; res: JoinPreview };
  /** Settings → Team: join the firm (the page has offered the backup first), then sync. */
  'team.join': {
    from: 'extension-page';
    req: JoinInput;
    res: { preview: JoinPreview; sync: SyncOutcome | null };
  };
  /** Settings → Team: leave the firm; its base is removed from this browser. */
  'team.leave': { from: 'extension-page'; req: Record<string, never>; res: null };
  /** Settings → Team ("Sync now"): one sync, answered with its outcome (null: the sync itself failed to run). */
  'team.sync': { from: 'extension-page'; req: Record<string, never>; res: SyncOutcome | null };
  /** Settings → Team, an admin: the firm's audit log, oldest first. */
  'team.audit': { from: 'extension-page'; req: Record<string, never>; res: AuditEntry[] };
  /** Settings → Team: the history window this browser keeps; the background syncs at once under it. */
  'team.window': { from: 'extension-page'; req: { window: HistoryWindow }; res: SyncOutcome | null };
  /** Settings → Team, an admin: invite, change a level, off-board, by the provisioning library (tools/team). */
  'team.admin': { from: 'extension-page'; req: AdminRequest; res: AdminOutcome };
  /** Settings → Accounts: Teams chats on the card on (a sign-in window adding the chat scopes) or off. */
  'microsoft.teams': {
    from: 'extension-page';
    req: { accountId: string; on: boolean };
    res: { on: boolean };
  };
  /** An opened card (base page or sidebar): read the person's Teams chat; one status per account with Teams on. */
  'teams.card': { from: 'extension-page'; req: { personId: PersonId }; res: TeamsCardStatus[] };
}

/**
 * An extension page that shows the base (the base page, the sidebar) holds this port open: while one is open the
 * background replicates the firm's base live, and opening one syncs at once.
 */
export const TEAM_LIVE_PORT = 'kartka-team-live';

/** Where a pasted conversation took place. */
export type PastedMessenger = 'viber' | 'telegram' | 'whatsapp' | 'other';

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

/** The sidebar's port name carries the tab's sidebar key: `kartka-sidebar:<key>`. */
export const sidebarPortName = (key: string) => `${SIDEBAR_PORT}:${key}`;

/** The sidebar key in a sidebar frame's hash (`#theme=dark&key=…`); empty when there is none. */
export const sidebarKeyFromHash = (hash: string): string =>
  new URLSearchParams(hash.replace(/^#/u, '')).get('key') ?? '';

/**
 * Sidebar -> background over the port: the correspondent to show. A thread's correspondent by address; a chat's
 * participant as `person:<id>`.
 */
export type SidebarRequest = { type: 'select'; address: string | null };

/** Background -> sidebar over the port when the frame's key is not its tab's (a copy the page framed itself). */
export interface SidebarRefused {
  type: 'refused';
}

/** The selection key of a person (a chat's participant), as `SidebarRequest.address` carries it. */
export const personSelection = (id: PersonId) => `person:${id}`;

/** The content script's one runtime message: the background asks a WhatsApp page for what is on screen. */
export const READ_VISIBLE = 'kartka-read-visible';

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
