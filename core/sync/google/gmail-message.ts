// A Gmail API message (format=metadata) as the provider-agnostic message the logging policy decides on: keyed
// `gmail:<hex id>` exactly like a page reading of the same message, so the two meet as one record.
import { threadKey } from '../../ids';
import { stripAngles, type LoggableMessage } from '../../logging-policy';
import type { MailAddress } from '../../mail';
import { parseAddressList } from '../../parse/addresses';
import { decodeEncodedWords } from '../../parse/encoded-words';
import { parseMessageIds } from '../../parse/eml';
import { SYNC_LIMITS } from '../limits';
import type { GmailMessageMeta } from './gmail-types';

/** The first value of a header, matched case-insensitively (Gmail keeps the sender's spelling of names). */
export function headerValue(m: GmailMessageMeta, name: string): string | undefined {
  const lower = name.toLowerCase();
  return m.headers.find((h) => h.name.toLowerCase() === lower)?.value;
}

function mailboxes(value: string | undefined): MailAddress[] {
  if (!value) return [];
  return parseAddressList(value)
    .filter((a) => a.valid)
    .map((a) => ({ name: a.name, address: a.address }));
}

/** The message's own date: Gmail's internalDate (when it arrived or was sent), not the sender's Date header. */
export function gmailDate(m: GmailMessageMeta): number | null {
  const at = Number(m.internalDate);
  return Number.isFinite(at) && at > 0 ? at : null;
}

/** Labels whose messages are not correspondence to log (drafts, spam). */
export function hasSkippedLabel(labelIds: readonly string[]): boolean {
  return labelIds.some((l) => (SYNC_LIMITS.gmail.skipLabels as readonly string[]).includes(l));
}

/** The message for the logging path. The same rules apply as to a page reading or an imported archive. */
export function loggableFromGmail(m: GmailMessageMeta): LoggableMessage {
  const message: LoggableMessage = {
    providerKey: `gmail:${m.id}`,
    threadKey: threadKey('gmail', m.threadId),
    from: mailboxes(headerValue(m, 'From'))[0] ?? null,
    to: mailboxes(headerValue(m, 'To')),
    cc: mailboxes(headerValue(m, 'Cc')),
    subject: decodeEncodedWords(headerValue(m, 'Subject') ?? '')
      .replace(/\s+/gu, ' ')
      .trim(),
    date: gmailDate(m),
    attachmentNames: [],
  };
  const rfc = headerValue(m, 'Message-ID');
  const rfcId = rfc ? (parseMessageIds(rfc)[0] ?? stripAngles(rfc)) : '';
  if (rfcId) message.rfcMessageId = rfcId;
  if (m.snippet) message.snippet = m.snippet;
  // The bulk rule reads these exactly as it does for live mail and imports.
  if (headerValue(m, 'List-Unsubscribe')?.trim()) message.listUnsubscribe = 'present';
  const precedence = headerValue(m, 'Precedence');
  if (precedence) message.precedence = precedence;
  return message;
}
