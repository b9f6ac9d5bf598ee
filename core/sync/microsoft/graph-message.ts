// A Graph message (or delta item) as untrusted JSON, checked field by field and turned into the one shape the
// logging path takes. Keys: `outlook:<immutable id>` (the same provider namespace as page readings, whose
// `<conversationId>#<index>` keys are rekeyed to it) and the RFC Message-ID, so a message seen on the page,
// through Graph and in an imported archive is one record.
import { normalizeEmail } from '../../email';
import { threadKey } from '../../ids';
import type { LoggableMessage } from '../../logging-policy';
import { stripAngles } from '../../logging-policy';
import type { MailAddress } from '../../mail';

export type GraphItem =
  | {
      kind: 'message';
      id: string;
      conversationId: string | null;
      /** Received (incoming) or sent (Sent Items) time, epoch ms; null when Graph gave none. */
      at: number | null;
      isDraft: boolean;
      message: LoggableMessage;
    }
  | { kind: 'removed'; id: string }
  | { kind: 'invalid'; id: string | null; why: string };

const MAX_ID = 512;
const MAX_SUBJECT = 2_000;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** `{ emailAddress: { name, address } }` → a checked address, or null when it is not an email. */
export function graphAddress(v: unknown): MailAddress | null {
  const ea = isRecord(v) && isRecord(v.emailAddress) ? v.emailAddress : null;
  const address = ea ? str(ea.address) : null;
  if (!ea || !address) return null;
  const checked = normalizeEmail(address);
  if (!checked.ok) return null;
  return { name: (str(ea.name) ?? '').trim().slice(0, 200), address: checked.email };
}

const addresses = (v: unknown): MailAddress[] =>
  Array.isArray(v) ? v.flatMap((r) => graphAddress(r) ?? []).slice(0, 500) : [];

function time(v: unknown): number | null {
  const s = str(v);
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : t;
}

const goodId = (v: unknown): string | null => {
  const s = str(v);
  return s && s.length <= MAX_ID && !/[\s#]/u.test(s) ? s : null;
};

/** One delta item or message. `sentFolder`: the item comes from Sent Items (its time is when it was sent). */
export function parseGraphItem(raw: unknown, sentFolder = false): GraphItem {
  if (!isRecord(raw)) return { kind: 'invalid', id: null, why: 'not an object' };
  const id = goodId(raw.id);
  if (!id) return { kind: 'invalid', id: null, why: 'no usable id' };
  if (isRecord(raw['@removed'])) return { kind: 'removed', id };
  const conversationId = goodId(raw.conversationId);
  const at = sentFolder
    ? (time(raw.sentDateTime) ?? time(raw.receivedDateTime))
    : (time(raw.receivedDateTime) ?? time(raw.sentDateTime));
  const from = graphAddress(raw.from) ?? graphAddress(raw.sender);
  const message: LoggableMessage = {
    providerKey: `outlook:${id}`,
    from,
    to: addresses(raw.toRecipients),
    cc: addresses(raw.ccRecipients),
    subject: (str(raw.subject) ?? '').slice(0, MAX_SUBJECT),
    date: at,
    // Mail.ReadBasic gives no attachment names (only hasAttachments) and no preview.
    attachmentNames: [],
  };
  if (conversationId) message.threadKey = threadKey('outlook', conversationId);
  const rfc = str(raw.internetMessageId);
  if (rfc && rfc.length <= 998) {
    const bare = stripAngles(rfc.trim());
    if (bare) message.rfcMessageId = bare;
  }
  // A delta item for an update may carry only what changed; isDraft as the string "true" occurs in Microsoft's
  // own samples, so both forms are read.
  const isDraft = raw.isDraft === true || raw.isDraft === 'true';
  return { kind: 'message', id, conversationId, at, isDraft, message };
}
