// The mail sites Kartka works on: manifest matches, the sidebar's allowed framers, and the sender check.

export const MAIL_ORIGINS = [
  'https://mail.google.com',
  'https://outlook.office.com',
  'https://outlook.office365.com',
  'https://outlook.live.com',
  'https://outlook.cloud.microsoft',
] as const;

export type MailOrigin = (typeof MAIL_ORIGINS)[number];

export const MAIL_MATCHES = MAIL_ORIGINS.map((o) => `${o}/*`);

/** True when the URL (or origin) belongs to one of the mail sites. */
export function isMailOrigin(urlOrOrigin: string | undefined): boolean {
  if (!urlOrOrigin) return false;
  try {
    return (MAIL_ORIGINS as readonly string[]).includes(new URL(urlOrOrigin).origin);
  } catch {
    return false;
  }
}

/** Which provider a mail origin belongs to. */
export function providerOfOrigin(urlOrOrigin: string): 'gmail' | 'outlook' | null {
  if (!isMailOrigin(urlOrOrigin)) return null;
  return new URL(urlOrOrigin).hostname === 'mail.google.com' ? 'gmail' : 'outlook';
}
