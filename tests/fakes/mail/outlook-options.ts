// What the fake Outlook page can be asked to be, and what it remembers between renders: shared by its view
// (outlook-view.ts) and its leaf renderers (outlook-parts.ts), which import them from here.

export interface OutlookAppOptions {
  /** UI language of aria-labels, recipient prefixes and dates. */
  lang?: 'en' | 'de' | 'uk' | 'ru' | 'pl';
  /** The subject heading in the pane's header, outside the messages' container (real, default) or inside it (older fakes). */
  subject?: 'header' | 'inside';
  /** A collapsed message's sender: the display name only (real, default) or a persona whose `title` is the address (older fakes). */
  collapsedSender?: 'name' | 'address';
  /** Where the reading pane sits; `hidden` opens a message full-width in place of the list. */
  readingPane?: 'right' | 'bottom' | 'hidden';
  /** Conversation view (default on); off lists single messages and opens one item at a time. */
  conversationView?: boolean;
  /** A changed layout: open messages lose their heading role, `aria-expanded` wrappers and sender labels. */
  broken?: boolean;
  dark?: boolean;
}

export interface OutlookViewState {
  /** `location.pathname`, e.g. `/mail/0/inbox/id/AAQk…`. */
  path: string;
  /** Messages the user expanded by clicking. */
  opened: string[];
  /** A search result selected without a URL change (`/mail/search/q/<query>`). */
  selected: string;
}
