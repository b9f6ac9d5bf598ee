// What each Gmail hook must match on a fixture page, stated from what the page shows; the hook-proofs test
// renders every variant of the fake Gmail and checks every count, so a hook that stops matching fails a test,
// not a user. Counts are document-wide: views Gmail keeps hidden count too. Not part of any bundle.
import type { HookProof } from '../hooks';
import type { GmailHookName } from './selectors';

/** One thread view on the page (the one shown, or an earlier one Gmail keeps hidden). */
export interface GmailProofThread {
  expanded: number;
  collapsed: number;
  /** Behind "N older messages". */
  hidden: number;
  /** To and Cc people of the expanded messages. */
  recipients: number;
}

export interface GmailProofPage {
  /** A thread opened in its own window (no list, no navigation, no `div.aeF`). */
  standalone: boolean;
  /** Views under `div.aeF`: the shown one and those kept hidden. */
  views: number;
  previewPane: boolean;
  /** State classes on `role=listitem` wrappers (current Gmail) instead of on `div.adn`. */
  wrapper: boolean;
  threads: GmailProofThread[];
}

const sum = (page: GmailProofPage, of: (t: GmailProofThread) => number) =>
  page.threads.reduce((n, t) => n + of(t), 0);

export const GMAIL_PROOF: { [K in GmailHookName]: HookProof<GmailProofPage> } = {
  main: (p) => (p.standalone ? 1 : p.views),
  view: (p) => (p.standalone ? 0 : p.views),
  standaloneWindow: (p) => Number(p.standalone),
  previewPane: (p) => Number(p.previewPane),
  // One subject and one container per thread view, hidden ones included: the adapter picks the shown one.
  subject: (p) => p.threads.length,
  threadContainer: (p) => p.threads.length,
  // Older pages: each message is a `div.adn.ads` and a collapsed one holds its `div.adf.ads` header too.
  message: (p) => sum(p, (t) => t.expanded + (p.wrapper ? t.collapsed : 2 * t.collapsed + t.hidden)),
  messageWrapper: (p) => (p.wrapper ? sum(p, (t) => t.expanded + t.collapsed + t.hidden) : 0),
  expanded: (p) => sum(p, (t) => t.expanded),
  collapsed: (p) => sum(p, (t) => t.collapsed),
  hidden: (p) => sum(p, (t) => t.hidden),
  sender: (p) => sum(p, (t) => t.expanded + t.collapsed),
  recipientLine: (p) => sum(p, (t) => t.expanded),
  recipient: (p) => sum(p, (t) => t.recipients),
  date: (p) => sum(p, (t) => t.expanded + t.collapsed),
  body: (p) => sum(p, (t) => t.expanded),
  accountButton: (p) => Number(!p.standalone),
  navigation: (p) => Number(!p.standalone),
};
