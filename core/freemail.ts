// Free-mail domains: an address there says nothing about the company a person works for.
// One maintained list; add a domain here when a user reports a false company match.

/** Public mailbox providers popular in Ukraine, Russia, Europe and worldwide. */
export const FREEMAIL_DOMAINS: ReadonlySet<string> = new Set([
  // Worldwide
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'hotmail.co.uk', 'hotmail.de', 'hotmail.fr',
  'live.com', 'live.ru', 'msn.com', 'yahoo.com', 'yahoo.co.uk', 'yahoo.de', 'yahoo.fr', 'ymail.com',
  'icloud.com', 'me.com', 'mac.com', 'aol.com', 'protonmail.com', 'proton.me', 'pm.me', 'tutanota.com',
  'tuta.io', 'zoho.com', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 't-online.de', 'mail.com', 'fastmail.com',
  'hey.com', 'yandex.com', 'aim.com', 'inbox.lv', 'seznam.cz', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl',
  'libero.it', 'orange.fr', 'free.fr', 'laposte.net', 'qq.com', '163.com',
  // Ukraine
  'ukr.net', 'i.ua', 'meta.ua', 'bigmir.net', 'email.ua', 'online.ua', 'ua.fm', 'gala.net', 'mail.ua',
  'ex.ua', 'football.ua',
  // Russia and neighbours
  'mail.ru', 'bk.ru', 'list.ru', 'inbox.ru', 'internet.ru', 'yandex.ru', 'yandex.ua', 'yandex.by',
  'yandex.kz', 'ya.ru', 'narod.ru', 'rambler.ru', 'lenta.ru', 'autorambler.ru', 'ro.ru', 'myrambler.ru',
  'tut.by', 'mail.kz', 'qip.ru', 'pochta.ru',
]);

/** True when `domain` is a public mailbox provider (never a company's work domain). */
export function isFreemailDomain(domain: string): boolean {
  return FREEMAIL_DOMAINS.has(domain.trim().toLowerCase());
}
