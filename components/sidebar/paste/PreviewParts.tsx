// The parts both previews of "Paste a conversation" show (pasted text and export files): a few of the messages
// to be logged, and what could not be read with where and why. Text only: message content is untrusted.
import type { Locale } from '../../../core/i18n';
import type { PastedMessage } from '../../../core/parse/chat-paste';

/** Rows a preview lists; its count says how many there are in all. */
const PREVIEW_ROWS = 8;

/** The first (or with `last`, the latest) messages, each with its time, author and text. */
export function PreviewRows({
  messages,
  locale,
  last = false,
}: {
  messages: readonly PastedMessage[];
  locale: Locale;
  last?: boolean;
}) {
  const time = new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' });
  const rows = last ? messages.slice(-PREVIEW_ROWS) : messages.slice(0, PREVIEW_ROWS);
  return (
    <ol className="paste-list">
      {rows.map((m, i) => (
        <li key={`${m.at}-${i}`} className={m.direction === 'outgoing' ? 'paste-out' : 'paste-in'}>
          <span className="paste-when">{time.format(m.at)}</span> <strong>{m.author}</strong>: {m.text}
        </li>
      ))}
    </ol>
  );
}

/** What could not be read: a summary, then up to 20 of them, each "where (why): «text»". */
export function UnreadList({
  summary,
  items,
  testId,
}: {
  summary: string;
  items: readonly { label: string; text: string }[];
  testId: string;
}) {
  return (
    <details className="paste-unread" data-testid={testId} open>
      <summary>{summary}</summary>
      <ul>
        {items.slice(0, 20).map((u, i) => (
          <li key={i}>
            {u.label} <q>{u.text}</q>
          </li>
        ))}
      </ul>
    </details>
  );
}
