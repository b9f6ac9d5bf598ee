// What each Outlook hook must match on a fixture page, stated from what the page shows; the hook-proofs test
// renders every variant of the fake Outlook and checks every count. Not part of any bundle.
import type { HookProof } from '../hooks';
import type { OutlookHookName } from './selectors';

export interface OutlookProofPage {
  /** The message list is shown, and a row of it is selected. */
  list: boolean;
  selected: boolean;
  /** The reading region (`[role=main]` holding `#ReadingPaneContainerId`) is shown. */
  reading: boolean;
  /** A conversation (conversation view on), not a single item. */
  conversation: boolean;
  /** A thread is open in the pane (its subject heading is shown). */
  open: boolean;
  expanded: number;
  collapsed: number;
  /** Collapsed headers whose persona carries the address in `title` (older pages). */
  collapsedTitled: number;
  /** "To:" and "Cc:" lines of the expanded messages. */
  recipientLines: number;
}

export const OUTLOOK_PROOF: { [K in OutlookHookName]: HookProof<OutlookProofPage> } = {
  selectedRow: (p) => Number(p.list && p.selected),
  mailList: (p) => Number(p.list),
  // The region and the container inside it.
  readingPane: (p) => (p.reading ? 2 : 0),
  // `#ConversationReadingPaneContainer` and the `ConversationContainer` section inside it.
  conversation: (p) => (p.open && p.conversation ? 2 : 0),
  subject: (p) => Number(p.open),
  // Each message wrapper, and the "More actions" menu button of each expanded one.
  message: (p) => 2 * p.expanded + p.collapsed,
  // The expanded senders' labels, titled personas, and the folder pane's mailbox root (titled with the address).
  sender: (p) => p.expanded + p.collapsedTitled + 1,
  recipients: (p) => p.recipientLines,
  date: (p) => p.expanded + p.collapsed,
  // `[role=document]` and the `UniqueMessageBody_…` inside it.
  body: (p) => 2 * p.expanded,
  account: () => 1,
  main: (p) => Number(p.reading),
};
