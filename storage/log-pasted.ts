// Logging a conversation pasted from Viber, a phone or an export with one person ("Paste a conversation").
// Pasting the same text again adds nothing (each message is keyed by person, time, author and text), and a
// message already logged from WhatsApp Web or Telegram Web at the same minute with the same text is not
// logged a second time. A Telegram export's messages carry their own key: from result.json the very key the
// Telegram Web adapters give (chat, server message id), so the export and the page meet on one record; from the
// HTML pages (no chat id in them) the chat's name, the message id and its second, under the person.
import { chatSnippet } from '../core/chat';
import { interactionId, threadKey, type CompanyId, type PersonId, type ThreadKey } from '../core/ids';
import type { Interaction } from '../core/model';
import type { PastedMessage } from '../core/parse/chat-paste';
import type { PastedMessenger } from '../integrations/messaging/protocol';
import { newId, type KartkaDB } from './db';
import { recordContacts } from './last-contact';
import { primaryKeysByKeys } from './lookup';
import { currentCompanyIds } from './migrations/v2-person-company-ids';

/** A page shows chat times to the minute; a paste may carry seconds. */
const SAME_MESSAGE_MS = 60_000;

const APP: Record<PastedMessenger, string> = {
  viber: 'Viber',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
  other: 'Phone',
};

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

/** The idempotency key of one pasted message. */
export function pastedKey(personId: PersonId, m: PastedMessage): string {
  if (m.key?.startsWith('telegram:')) return m.key;
  if (m.key) return `paste:${personId}:${m.key}`;
  return `paste:${personId}:${m.at}:${hash(`${m.author}\u0000${chatSnippet(m.text)}`)}`;
}

/** The chat's thread for an exported message keyed by (chat, message id): the one Telegram Web's messages have. */
function exportThread(key: string): ThreadKey | undefined {
  const m = /^telegram:(-?\d+):\d+$/u.exec(key);
  return m?.[1] ? threadKey('telegram', m[1]) : undefined;
}

export interface LogPastedResult {
  added: number;
  alreadyLogged: number;
}

/** Logs pasted messages with `personId` in one transaction; throws when the person is gone. */
export async function logPasted(
  db: KartkaDB,
  personId: PersonId,
  messenger: PastedMessenger,
  messages: readonly PastedMessage[],
  now: number,
): Promise<LogPastedResult | null> {
  if (messages.length === 0) return { added: 0, alreadyLogged: 0 };
  return db.transaction('rw', [db.people, db.interactions, db.lastContact], async () => {
    const person = await db.people.get(personId);
    if (!person || person.mergedInto !== undefined) return null;
    const keys = messages.map((m) => pastedKey(personId, m));
    const ats = messages.map((m) => m.at);
    const from = Math.min(...ats) - SAME_MESSAGE_MS;
    const to = Math.max(...ats) + SAME_MESSAGE_MS;
    const [existing, nearby] = await Promise.all([
      primaryKeysByKeys(db.interactions, 'providerKey', keys),
      db.interactions.where('personAt').between([personId, from], [personId, to], true, true).toArray(),
    ]);
    // Chat rows by minute, so each message looks at its own minute and the two beside it (linear, not n·m).
    const byMinute = new Map<number, Interaction[]>();
    for (const c of nearby) {
      if (c.kind !== 'chat') continue;
      const slot = Math.floor(c.at / SAME_MESSAGE_MS);
      const list = byMinute.get(slot);
      if (list) list.push(c);
      else byMinute.set(slot, [c]);
    }
    const near = (at: number) => {
      const slot = Math.floor(at / SAME_MESSAGE_MS);
      return [slot - 1, slot, slot + 1].flatMap((s) => byMinute.get(s) ?? []);
    };
    const companyIds: CompanyId[] = currentCompanyIds(person.companies);
    const seen = new Set<string>();
    const rows: Interaction[] = [];
    let alreadyLogged = 0;
    let last = 0;
    messages.forEach((m, i) => {
      const key = keys[i] ?? '';
      const snippet = chatSnippet(m.text);
      // A message keyed by (chat, id) already met every row with such a key exactly: only others can be it.
      const keyed = key.startsWith('telegram:');
      const logged =
        existing.has(key) ||
        seen.has(key) ||
        near(m.at).some(
          (c) =>
            !(keyed && c.providerKey?.startsWith('telegram:')) &&
            Math.abs(c.at - m.at) <= SAME_MESSAGE_MS &&
            c.direction === m.direction &&
            (c.snippet ?? '') === snippet,
        );
      if (logged) {
        alreadyLogged++;
        return;
      }
      seen.add(key);
      last = Math.max(last, m.at);
      const thread = exportThread(key);
      const row: Interaction = {
        id: interactionId(newId()),
        kind: 'chat',
        source: 'paste',
        providerKey: key,
        direction: m.direction,
        participants: [{ name: m.author, role: 'from', ...(m.direction === 'incoming' ? { personId } : {}) }],
        subject: `${APP[messenger]} message (${m.key ? 'exported' : 'pasted'})`,
        at: m.at,
        attachmentNames: [],
        personIds: [personId],
        companyIds,
        reason: m.key ? 'logged: from an export file' : 'logged: pasted by hand',
        createdAt: now,
      };
      if (thread) row.threadKey = thread;
      if (snippet) row.snippet = snippet;
      rows.push(row);
    });
    const touched = new Map<string, number>();
    if (rows.length > 0) for (const id of [personId, ...companyIds]) touched.set(id, last);
    await Promise.all([
      rows.length ? db.interactions.bulkAdd(rows) : null,
      recordContacts(db, touched, (id) => (id === personId ? person.lastContactAt : undefined)),
    ]);
    return { added: rows.length, alreadyLogged };
  });
}
