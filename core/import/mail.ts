// Parsed message headers (core/parse/eml.ts) to the provider-agnostic message the logging policy
// decides on, so an imported archive follows exactly the rules of live logging.
import { threadKey } from '../ids';
import type { LoggableMessage } from '../logging-policy';
import type { MailAddress } from '../mail';
import type { EmlHeaders } from '../parse/eml.ts';
import type { ParsedAddress } from '../parse/addresses.ts';

export type ImportedMessage = { ok: true; message: LoggableMessage } | { ok: false; reason: string };

function mailboxes(list: readonly ParsedAddress[]): MailAddress[] {
  return list.filter((a) => a.valid).map((a) => ({ name: a.name, address: a.address }));
}

/** How a report names a message: its number in the file, subject and Message-ID. */
export function describeMessage(h: Pick<EmlHeaders, 'subject' | 'messageId'>, index: number): string {
  const subject = h.subject ? ` '${h.subject.length > 60 ? `${h.subject.slice(0, 57)}…` : h.subject}'` : '';
  const id = h.messageId ? ` <${h.messageId}>` : '';
  return `Message ${index + 1}${subject}${id}`;
}

/**
 * One message of an archive as a LoggableMessage. Idempotency comes from the RFC Message-ID (or, without
 * one, from the fingerprint storage computes); a message without a usable date cannot be placed in a
 * history and is reported instead.
 */
export function loggableFromEml(h: EmlHeaders): ImportedMessage {
  if (h.date === null) {
    const why = h.dateText ? `its Date '${h.dateText}' is not a valid date` : 'it has no Date header';
    return { ok: false, reason: `${why}; not logged` };
  }
  const from =
    mailboxes(h.from)[0] ?? (h.sender?.valid ? { name: h.sender.name, address: h.sender.address } : null);
  const root = h.references[0] ?? h.inReplyTo ?? h.messageId;
  const message: LoggableMessage = {
    from,
    to: mailboxes(h.to),
    cc: mailboxes(h.cc),
    subject: h.subject,
    date: h.date,
    attachmentNames: h.attachmentNames,
  };
  if (h.messageId) message.rfcMessageId = h.messageId;
  if (root) message.threadKey = threadKey('rfc', root);
  if (h.snippet) message.snippet = h.snippet;
  // The bulk rule reads these exactly as it does for live mail.
  if (h.listUnsubscribe) message.listUnsubscribe = 'present';
  if (h.precedence) message.precedence = h.precedence;
  if (from === null && message.to.length === 0 && message.cc.length === 0) {
    return { ok: false, reason: 'it has no valid sender or recipient address; not logged' };
  }
  return { ok: true, message };
}
