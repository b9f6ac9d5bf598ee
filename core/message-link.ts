// Where a logged message can be opened again: the thread in Gmail or Outlook on the web, the chat in Telegram Web or
// WhatsApp Web, built from what the record keeps (its thread key, provider key and participants). A record with
// nothing to build one from (a note, a call, a pasted conversation, a just-sent Gmail reply without its hex id, a
// WhatsApp privacy id) gets no link: a guessed one would open the wrong thing. Facts: design/MAIL-PAGES.md (routes,
// ids) and design/CHAT-PAGES.md (WebA's `#<chatId>` hash).
import type { Interaction } from './model';

/** Microsoft's consumer mail domains: their mailboxes live on outlook.live.com, work and school ones elsewhere. */
const CONSUMER_MICROSOFT = /^(outlook|hotmail|live|msn|passport)\.[a-z.]+$/u;
/** A Gmail legacy (API) id: 16+ lowercase hex digits. `thread-a:`/`msg-a:` ids have no URL form. */
const GMAIL_HEX = /^[0-9a-f]{16,}$/u;

type Linkable = Pick<Interaction, 'kind' | 'source' | 'threadKey' | 'providerKey' | 'participants'>;

/** The part after `<provider>:` of a key of that provider, or null. */
function keyPart(key: string | undefined, provider: string): string | null {
  return key?.startsWith(`${provider}:`) ? key.slice(provider.length + 1) : null;
}

/** The user's own address among the message's participants (which mailbox it was read in), if known. */
function ownParticipant(i: Linkable, own: readonly string[]): string | undefined {
  const mine = new Set(own.map((a) => a.toLowerCase()));
  return i.participants.map((p) => p.address?.toLowerCase()).find((a) => a !== undefined && mine.has(a));
}

function gmailLink(i: Linkable, own: readonly string[]): string | null {
  const thread = keyPart(i.threadKey, 'gmail');
  const message = keyPart(i.providerKey, 'gmail');
  const id = [thread, message].find((k) => k !== null && GMAIL_HEX.test(k));
  if (!id) return null;
  // `authuser` picks the signed-in account by address; without one the first account is the best guess.
  const account = ownParticipant(i, own);
  const base = account
    ? `https://mail.google.com/mail/?authuser=${encodeURIComponent(account)}`
    : 'https://mail.google.com/mail/u/0/';
  return `${base}#all/${id}`;
}

function outlookLink(i: Linkable, own: readonly string[]): string | null {
  const account = ownParticipant(i, own);
  const domain = account?.split('@')[1] ?? '';
  const host = CONSUMER_MICROSOFT.test(domain) ? 'https://outlook.live.com' : 'https://outlook.office.com';
  const conversation = keyPart(i.threadKey, 'outlook');
  if (conversation) return `${host}/mail/deeplink/readconv/${encodeURIComponent(conversation)}`;
  // A Graph item id (an API sync without the conversation); the page's `<convid>#<n>` stand-ins are not items.
  const item = keyPart(i.providerKey, 'outlook');
  if (item && !item.includes('#')) return `${host}/mail/deeplink/read/${encodeURIComponent(item)}`;
  return null;
}

function chatLink(i: Linkable): string | null {
  const telegram = keyPart(i.threadKey, 'telegram');
  if (telegram !== null)
    return /^-?\d{1,20}$/u.test(telegram) ? `https://web.telegram.org/a/#${telegram}` : null;
  const jid = keyPart(i.threadKey, 'whatsapp');
  // A person's chat is `<phone>@c.us`; a group (`@g.us`) or a privacy id (`@lid`) has no link by phone.
  const phone = jid?.match(/^(\d{6,15})@c\.us$/u)?.[1];
  return phone ? `https://web.whatsapp.com/send?phone=${phone}` : null;
}

/** The address that opens the message's thread or chat, or null when the record has nothing to build it from. */
export function messageLink(i: Linkable, ownAddresses: readonly string[] = []): string | null {
  if (i.kind === 'chat') return i.source === 'telegram' || i.source === 'whatsapp' ? chatLink(i) : null;
  if (i.kind !== 'email') return null;
  if (i.threadKey?.startsWith('gmail:') || i.providerKey?.startsWith('gmail:'))
    return gmailLink(i, ownAddresses);
  if (i.threadKey?.startsWith('outlook:') || i.providerKey?.startsWith('outlook:'))
    return outlookLink(i, ownAddresses);
  return null;
}
