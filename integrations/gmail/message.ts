// Reads one Gmail message in any state (expanded, collapsed, just sent) and either shape: the state classes on a
// `role=listitem` wrapper around `div.adn.ads`/`div.adf.ads` (current Gmail), or on `div.adn.ads` itself (older).
import type { MailAddress, MessageSnapshot } from '../../core/mail';
import { closestHook, matchesHook, queryHook, type Hook } from '../hooks';
import { parsePageDate } from '../page-date';
import { gmailIdFromAttribute, isHexId } from './ids';
import { GMAIL } from './selectors';

const SNIPPET_LENGTH = 200;
const SHOW_TEXT = 0x4;
const SHOW_ELEMENT_AND_TEXT = 0x1 | 0x4;
/**
 * The marker before cc recipients in `span.hb` (en/de "cc", uk "копія", ru "копия", pl "DW", and their bcc
 * forms); everything else is `to`. The one place a word of the UI matters, and only for to/cc: a language
 * not listed reads its cc recipients as `to` (they are still logged and matched).
 */
const CC_MARKER = /(?:^|[\s,;])(?:b?cc|kopie|копія|копия|прихована копія|скрытая копия|u?dw)\s*:?\s*$/iu;

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

/** The element holding the message's ids: the unit itself, or the `.ads` element inside it that Gmail rendered with them. */
function idHolder(unit: Element): Element {
  if (unit.hasAttribute('data-message-id') || unit.hasAttribute('data-legacy-message-id')) return unit;
  return unit.querySelector('[data-legacy-message-id], [data-message-id]') ?? unit;
}

/** The message's id: legacy hex, else `#msg-f:` as hex, else `msg-a:…`, else `<threadId>#<index>` (collapsed, never expanded). */
function messageIdOf(holder: Element, threadId: string, index: number): string {
  const legacy = holder.getAttribute('data-legacy-message-id') ?? '';
  if (isHexId(legacy)) return legacy;
  return gmailIdFromAttribute(holder.getAttribute('data-message-id')) ?? `${threadId}#${index}`;
}

/** True when the unit (wrapper or message) or the message inside it carries one of the hook's state classes. */
function inState(unit: Element, hook: Hook): boolean {
  if (matchesHook(unit, hook)) return true;
  const inner = matchesHook(unit, GMAIL.message) ? null : queryHook(unit, GMAIL.message);
  return inner !== null && matchesHook(inner, hook);
}

/** Reads a message unit; null for a hidden one ("N older messages") that shows neither id nor sender. */
export function readGmailMessage(unit: Element, threadId: string, index: number): MessageSnapshot | null {
  const from = addressOf(queryHook(unit, GMAIL.sender));
  const holder = idHolder(unit);
  const hasId = holder.hasAttribute('data-message-id') || holder.hasAttribute('data-legacy-message-id');
  if (inState(unit, GMAIL.hidden) && !from && !hasId) return null;
  const body = queryHook(unit, GMAIL.body);
  // A message without state classes (seen on just-sent replies) counts as expanded when its body is there.
  const expanded =
    inState(unit, GMAIL.expanded) ||
    (body !== null && !inState(unit, GMAIL.collapsed) && !inState(unit, GMAIL.hidden));
  const { to, cc } = expanded ? readRecipients(unit) : { to: [], cc: [] };
  const dateText = queryHook(unit, GMAIL.date)?.getAttribute('title')?.trim();
  const snippet = expanded ? snippetOf(body) : undefined;
  const snapshot: MessageSnapshot = {
    providerMessageId: messageIdOf(holder, threadId, index),
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

/** The outermost ancestor-or-self of `el` matching `selector`, below `stop`. */
function outermost(el: Element, selector: string, stop: Element): Element | null {
  let found: Element | null = null;
  for (let e: Element | null = el; e && e !== stop; e = e.parentElement) if (e.matches(selector)) found = e;
  return found;
}

/**
 * The thread's message units in DOM order: each `role=listitem` wrapper holding a message (current Gmail), else
 * each outermost `div.adn.ads` (older pages, where the collapsed header `div.adf.ads` sits inside it).
 */
export function messageElements(container: Element): Element[] {
  const units: Element[] = [];
  const seen = new Set<Element>();
  for (const el of container.querySelectorAll(GMAIL.message.alternatives.join(','))) {
    const wrapper = closestHook(el, GMAIL.messageWrapper);
    const unit =
      wrapper && wrapper !== container && container.contains(wrapper)
        ? wrapper
        : (outermost(el, GMAIL.message.alternatives.join(','), container) ?? el);
    if (seen.has(unit)) continue;
    seen.add(unit);
    units.push(unit);
  }
  return units;
}
