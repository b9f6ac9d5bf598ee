// A Gmail thread read through the API (threads.get, format=metadata) in the page's shape: the card without the
// page is built by the same code as the card from the page, and its messages keyed as the page keys them.
import type { ThreadSnapshot } from '../../mail';
import { gmailDate, hasSkippedLabel, headerValue, loggableFromGmail } from './gmail-message';
import type { GmailMessageMeta } from './gmail-types';

/** The thread as a page snapshot (drafts and spam left out), oldest message first; null when nothing is left. */
export function snapshotFromGmail(
  threadId: string,
  account: string,
  messages: readonly GmailMessageMeta[],
): ThreadSnapshot | null {
  const kept = messages
    .filter((m) => !hasSkippedLabel(m.labelIds))
    .sort((a, b) => (gmailDate(a) ?? 0) - (gmailDate(b) ?? 0));
  const first = kept[0];
  if (!first) return null;
  return {
    provider: 'gmail',
    threadId,
    subject: loggableFromGmail(first).subject,
    account,
    messages: kept.map((m) => {
      const l = loggableFromGmail(m);
      const snapshot: ThreadSnapshot['messages'][number] = {
        providerMessageId: m.id,
        from: l.from,
        to: [...l.to],
        cc: [...l.cc],
        date: l.date,
        expanded: true,
      };
      if (l.rfcMessageId) snapshot.rfcMessageId = l.rfcMessageId;
      if (l.snippet) snapshot.snippet = l.snippet;
      if (headerValue(m, 'Date')) snapshot.dateText = headerValue(m, 'Date') ?? '';
      return snapshot;
    }),
  };
}
