// Reads one Outlook message wrapper (an `aria-expanded` element holding a sender).
import type { MailAddress, MessageSnapshot } from '../../core/mail';
import { queryAllHook, queryHook } from '../hooks';
import { parsePageDate } from '../page-date';
import { parseRecipientLine, parseSenderLabel } from './addresses';
import { OUTLOOK } from './selectors';

const SNIPPET_LENGTH = 200;
/** A recipient line whose localized prefix says cc/bcc (en, de, uk, ru); the first other line is `to`. */
const CC_PREFIX = /^\s*(?:b?cc|bkopie|kopie|копія|копия|прихована|скрытая)\b/i;

/** Outermost `aria-expanded` elements that hold a sender: buttons inside a message are not messages. */
export function messageWrappers(scope: Element): Element[] {
  const senderSelector = OUTLOOK.sender.alternatives.join(',');
  const candidates = queryAllHook(scope, OUTLOOK.message).filter((el) => el.querySelector(senderSelector));
  return candidates.filter((el) => !candidates.some((other) => other !== el && other.contains(el)));
}

function senderOf(message: Element): MailAddress | null {
  const labelled = message.querySelector(OUTLOOK.sender.alternatives[0]);
  const fromLabel = labelled && parseSenderLabel(labelled.getAttribute('aria-label') ?? '');
  if (fromLabel) return fromLabel;
  const titled = message.querySelector(OUTLOOK.sender.alternatives[1]);
  const address = titled?.getAttribute('title')?.trim().toLowerCase();
  return titled && address ? { name: (titled.textContent ?? '').trim(), address } : null;
}

function recipientsOf(message: Element): { to: MailAddress[]; cc: MailAddress[] } {
  const to: MailAddress[] = [];
  const cc: MailAddress[] = [];
  for (const line of queryAllHook(message, OUTLOOK.recipients)) {
    const text = line.textContent ?? '';
    (CC_PREFIX.test(text) ? cc : to).push(...parseRecipientLine(text));
  }
  return { to, cc };
}

function snippetOf(message: Element): string | undefined {
  const text = (queryHook(message, OUTLOOK.body)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, SNIPPET_LENGTH) : undefined;
}

/** Reads a message; `id` is `<convid>#<index>` (DOM order) or the item id of a single-item view. */
export function readOutlookMessage(message: Element, id: string): MessageSnapshot {
  const expanded = message.getAttribute('aria-expanded') === 'true';
  const dateEl = queryHook(message, OUTLOOK.date);
  const dateText = (dateEl?.getAttribute('title') ?? dateEl?.textContent ?? '').trim();
  const snippet = expanded ? snippetOf(message) : undefined;
  const snapshot: MessageSnapshot = {
    providerMessageId: id,
    from: senderOf(message),
    ...(expanded ? recipientsOf(message) : { to: [], cc: [] }),
    date: dateText ? parsePageDate(dateText) : null,
    expanded,
  };
  if (dateText) snapshot.dateText = dateText;
  if (snippet) snapshot.snippet = snippet;
  return snapshot;
}
