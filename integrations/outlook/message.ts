// Reads one Outlook message wrapper (an `aria-expanded` element holding a sender).
import type { MailAddress, MessageSnapshot } from '../../core/mail';
import { queryAllHook, queryHook } from '../hooks';
import { parsePageDate } from '../page-date';
import { parseRecipientLine, parseSenderLabel } from './addresses';
import { OUTLOOK } from './selectors';

const SNIPPET_LENGTH = 200;
/**
 * A recipient line whose prefix is a cc/bcc word (en/de "Cc", uk "Копія", ru "Копия", pl "DW"). Lines come in
 * order (To, then Cc, then Bcc), so only a first line needs the word: a message with Cc and no To. In a language
 * not listed, such a line reads as `to` (still logged and matched).
 */
const CC_PREFIX = /^\s*(?:b?cc|bkopie|kopie|копія|копия|прихована|скрытая|u?dw)\s*:/iu;

/**
 * The messages of a conversation: outermost `aria-expanded` elements holding a sender or a date (a collapsed
 * header names its sender without an address but shows the date; buttons inside a message carry `aria-expanded`
 * too, and hold neither).
 */
export function messageWrappers(scope: Element): Element[] {
  const inner = [...OUTLOOK.sender.alternatives, ...OUTLOOK.date.alternatives].join(',');
  const candidates = queryAllHook(scope, OUTLOOK.message).filter((el) => el.querySelector(inner));
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
  queryAllHook(message, OUTLOOK.recipients).forEach((line, i) => {
    const text = line.textContent ?? '';
    (i === 0 && !CC_PREFIX.test(text) ? to : cc).push(...parseRecipientLine(text));
  });
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
