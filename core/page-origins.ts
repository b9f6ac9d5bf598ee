// The chat sites Kartka works on beside the mail sites: manifest matches, the sidebar's allowed framers and the
// sender check for chat pages (design/CHAT-PAGES.md).
import { isMailOrigin, MAIL_MATCHES } from './mail-origins';
import type { ChatClient, Messenger } from './chat';

export const CHAT_ORIGINS = ['https://web.telegram.org', 'https://web.whatsapp.com'] as const;

export const CHAT_MATCHES = CHAT_ORIGINS.map((o) => `${o}/*`);

/** Every site a page adapter runs on: the mail sites, then the chat sites. */
export const PAGE_MATCHES = [...MAIL_MATCHES, ...CHAT_MATCHES];

/** True when the URL (or origin) is Telegram Web or WhatsApp Web. */
export function isChatOrigin(urlOrOrigin: string | undefined): boolean {
  return messengerOfOrigin(urlOrOrigin) !== null;
}

/** Which messenger a chat origin belongs to. */
export function messengerOfOrigin(urlOrOrigin: string | undefined): Messenger | null {
  if (!urlOrOrigin) return null;
  try {
    const origin = new URL(urlOrOrigin).origin;
    if (origin === CHAT_ORIGINS[0]) return 'telegram';
    if (origin === CHAT_ORIGINS[1]) return 'whatsapp';
    return null;
  } catch {
    return null;
  }
}

/** True for a mail site or a chat site: where the sidebar may be framed and page messages may come from. */
export function isPageOrigin(urlOrOrigin: string | undefined): boolean {
  return isMailOrigin(urlOrOrigin) || isChatOrigin(urlOrOrigin);
}

/** Which chat client a tab's URL is: Telegram's two web clients by their path, WhatsApp Web; null otherwise. */
export function chatClientOfUrl(url: string | undefined): ChatClient | null {
  const messenger = messengerOfOrigin(url);
  if (messenger === 'whatsapp') return 'whatsapp';
  if (messenger !== 'telegram' || !url) return null;
  const path = new URL(url).pathname;
  return path.startsWith('/k/') ? 'telegram-k' : path.startsWith('/a/') ? 'telegram-a' : null;
}
