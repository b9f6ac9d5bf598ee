// Parsed message headers (core/parse/eml.ts) to the provider-agnostic message the logging policy
// decides on, so an imported archive follows exactly the rules of live logging.
import { threadKey } from '../ids';
import type { LoggableMessage } from '../logging-policy';
import type { MailAddress } from '../mail';
import type { EmlHeaders } from '../parse/eml.ts';
import type { ParsedAddress } from '../parse/addresses.ts';
import { importNote, type ImportBecause, type ImportNote, type ImportReasonCode } from '../import-reason';

export type ImportedMessage =
  { ok: true; message: LoggableMessage } | { ok: false; reason: string; because: ImportBecause };

const notLogged = (
  reason: string,
  code: ImportReasonCode,
  params?: ImportBecause['params'],
): ImportedMessage => ({
  ok: false,
  reason,
  because: params ? { code, params } : { code },
});

function mailboxes(list: readonly ParsedAddress[]): MailAddress[] {
  return list.filter((a) => a.valid).map((a) => ({ name: a.name, address: a.address }));
}

const shortSubject = (subject: string) => (subject.length > 60 ? `${subject.slice(0, 57)}…` : subject);

/** How a report names a message: its number in the file, subject and Message-ID. */
export function describeMessage(h: Pick<EmlHeaders, 'subject' | 'messageId'>, index: number): string {
  const subject = h.subject ? ` '${shortSubject(h.subject)}'` : '';
  const id = h.messageId ? ` <${h.messageId}>` : '';
  return `Message ${index + 1}${subject}${id}`;
}

/** A problem with one message of an archive, named as describeMessage names it: "Message 3 'Рахунок': …". */
export function messageProblem(
  h: Pick<EmlHeaders, 'subject' | 'messageId'>,
  index: number,
  inner: ImportNote,
): ImportNote {
  const reason = `${describeMessage(h, index)}: ${inner.reason}`;
  // The number names the message, it is not an amount: written as is, with no thousands separator.
  const params = { number: String(index + 1), id: h.messageId ? ` <${h.messageId}>` : '' };
  return h.subject
    ? importNote(
        reason,
        'mail.messageSubject',
        { ...params, subject: shortSubject(h.subject) },
        { parts: [inner] },
      )
    : importNote(reason, 'mail.message', params, { parts: [inner] });
}

/** Why an archive's message could not be read at all (the parser's own error, in English). */
export function unreadableMessage(error: string): ImportNote {
  return importNote(`could not read this message: ${error}`, 'mail.unreadable', { error });
}

/**
 * One message of an archive as a LoggableMessage. Idempotency comes from the RFC Message-ID (or, without
 * one, from the fingerprint storage computes); a message without a usable date cannot be placed in a
 * history and is reported instead.
 */
export function loggableFromEml(h: EmlHeaders): ImportedMessage {
  if (h.date === null) {
    return h.dateText
      ? notLogged(`its Date '${h.dateText}' is not a valid date; not logged`, 'mail.badDate', {
          date: h.dateText,
        })
      : notLogged('it has no Date header; not logged', 'mail.noDate');
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
    return notLogged('it has no valid sender or recipient address; not logged', 'mail.noAddress');
  }
  return { ok: true, message };
}
