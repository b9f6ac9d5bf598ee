// Mail from outside (a page reading, an API sync, an archive) made safe to log: every address validated as the
// imports validate them, invisible characters out of addresses, every text within its limit. A field over its
// limit is cut, never a reason to refuse the whole message.
import { canonicalEmail } from './email';
import type { LoggableMessage } from './logging-policy';
import type { MailAddress } from './mail';
import { isValidEmail } from './parse/addresses.ts';

/** How much of each field Kartka keeps (and the page schema accepts after cutting). */
export const MAIL_LIMITS = {
  name: 300,
  address: 320,
  subject: 2000,
  snippet: 2000,
  dateText: 200,
  attachmentName: 500,
  attachments: 200,
  recipients: 1000,
  messages: 500,
} as const;

/** `text` cut to at most `max` characters (ending in "…" when cut), never inside a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end)}…`;
}

/** The mailbox with its address canonical (zero-width characters out) and its name cut; null when not valid. */
export function validMailbox(a: MailAddress): MailAddress | null {
  const address = canonicalEmail(a.address);
  if (address.length > MAIL_LIMITS.address || !isValidEmail(address)) return null;
  return { name: clip(a.name, MAIL_LIMITS.name), address };
}

/** Valid mailboxes of a list, at most `MAIL_LIMITS.recipients`. */
export function validMailboxes(list: readonly MailAddress[]): MailAddress[] {
  const out: MailAddress[] = [];
  for (const a of list) {
    if (out.length >= MAIL_LIMITS.recipients) break;
    const valid = validMailbox(a);
    if (valid) out.push(valid);
  }
  return out;
}

/** A message from any source with only valid addresses and every text within its limit. */
export function safeMessage(m: LoggableMessage): LoggableMessage {
  const out: LoggableMessage = {
    ...m,
    from: m.from ? validMailbox(m.from) : null,
    to: validMailboxes(m.to),
    cc: validMailboxes(m.cc),
    subject: clip(m.subject, MAIL_LIMITS.subject),
    attachmentNames: m.attachmentNames
      .slice(0, MAIL_LIMITS.attachments)
      .map((n) => clip(n, MAIL_LIMITS.attachmentName)),
  };
  if (m.snippet !== undefined) out.snippet = clip(m.snippet, MAIL_LIMITS.snippet);
  return out;
}
