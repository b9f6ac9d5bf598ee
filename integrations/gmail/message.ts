// Reads one Gmail message element (`div.adn.ads`) in any state: expanded, collapsed, just sent.
import type { MailAddress, MessageSnapshot } from '../../core/mail';
import { matchesHook, queryAllHook, queryHook } from '../hooks';
import { parsePageDate } from '../page-date';
import { gmailIdFromAttribute, isHexId } from './ids';
import { GMAIL } from './selectors';

const SNIPPET_LENGTH = 200;
const SHOW_TEXT = 0x4;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
/** The marker before cc recipients in `span.hb` (en, de, uk, ru); everything else is `to`. */
const CC_MARKER = /(?:^|[\s,;])(?:cc|bcc|kopie|копія|копия|прихована копія|скрытая копия)\s*:?\s*$/i;

/** A mailbox from Gmail's `email`/`name` attributes (not the text, which says "me"). */
export function addressOf(el: Element | null): MailAddress | null {
  const address = el?.getAttribute('email')?.trim().toLowerCase();
  if (!el || !address?.includes('@')) return null;
  return { name: (el.getAttribute('name') ?? el.textContent ?? '').trim(), address };
}

/**
 * Splits `span.hb` into to and cc. Gmail prints one line ("to me, Ann, cc: Bob"); a recipient
 * preceded by a cc marker (and everyone after it) is cc. Without a marker everyone is `to`.
 */
function readRecipients(message: Element): { to: MailAddress[]; cc: MailAddress[] } {
  const to: MailAddress[] = [];
  const cc: MailAddress[] = [];
  const line = queryHook(message, GMAIL.recipientLine);
  if (!line) return { to, cc };
  const walker = line.ownerDocument.createTreeWalker(line, SHOW_ELEMENT_AND_TEXT);
  let pending = '';
  let inCc = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (!node.parentElement?.closest(GMAIL.recipient.alternatives.join(',')))
        pending += node.nodeValue ?? '';
      continue;
    }
    const el = node as Element;
    if (!matchesHook(el, GMAIL.recipient)) continue;
    if (CC_MARKER.test(pending)) inCc = true;
    pending = '';
    const person = addressOf(el);
    if (person) (inCc ? cc : to).push(person);
  }
  return { to, cc };
}

/** The first ~200 characters of body text, skipping style and script elements. */
function snippetOf(body: Element | null): string | undefined {
  if (!body) return undefined;
  const walker = body.ownerDocument.createTreeWalker(body, SHOW_TEXT);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < SNIPPET_LENGTH * 2; node = walker.nextNode()) {
    const tag = node.parentElement?.tagName;
    if (tag !== 'STYLE' && tag !== 'SCRIPT') text += ` ${node.nodeValue ?? ''}`;
  }
  text = text.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, SNIPPET_LENGTH) : undefined;
}

/** The message's id: legacy hex, else `#msg-f:` as hex, else `msg-a:…`, else `<threadId>#<index>` (collapsed, never expanded). */
function messageIdOf(message: Element, threadId: string, index: number): string {
  const legacy = message.getAttribute('data-legacy-message-id') ?? '';
  if (isHexId(legacy)) return legacy;
  return gmailIdFromAttribute(message.getAttribute('data-message-id')) ?? `${threadId}#${index}`;
}

/** Reads a message; null for a hidden one ("N older messages") that shows neither id nor sender. */
export function readGmailMessage(message: Element, threadId: string, index: number): MessageSnapshot | null {
  const from = addressOf(queryHook(message, GMAIL.sender));
  const hasId = message.hasAttribute('data-message-id') || message.hasAttribute('data-legacy-message-id');
  if (matchesHook(message, GMAIL.hidden) && !from && !hasId) return null;
  const body = queryHook(message, GMAIL.body);
  // A message without state classes (seen on just-sent replies) counts as expanded when its body is there.
  const expanded =
    matchesHook(message, GMAIL.expanded) ||
    (body !== null && !matchesHook(message, GMAIL.collapsed) && !matchesHook(message, GMAIL.hidden));
  const { to, cc } = expanded ? readRecipients(message) : { to: [], cc: [] };
  const dateText = queryHook(message, GMAIL.date)?.getAttribute('title')?.trim();
  const snippet = expanded ? snippetOf(body) : undefined;
  const snapshot: MessageSnapshot = {
    providerMessageId: messageIdOf(message, threadId, index),
    from,
    to,
    cc,
    date: dateText ? parsePageDate(dateText) : null,
    expanded,
  };
  if (dateText) snapshot.dateText = dateText;
  if (snippet) snapshot.snippet = snippet;
  return snapshot;
}

/** All message elements of a thread container, in DOM order. */
export const messageElements = (container: ParentNode): Element[] => queryAllHook(container, GMAIL.message);
