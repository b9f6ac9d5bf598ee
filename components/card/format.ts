// Display formatting for the card: dates in the UI language, phones grouped the way people write them.
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Locale } from '../../core/i18n';
import { formatMoney } from '../../core/i18n/money';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, options);
    formats.set(key, f);
  }
  return f;
}

/** "14 Mar", or "14 Mar 2025" when not in the current year. */
export function formatDay(at: number, locale: Locale, now: number): string {
  const sameYear = new Date(at).getFullYear() === new Date(now).getFullYear();
  return format(locale, { day: 'numeric', month: 'short', ...(sameYear ? {} : { year: 'numeric' }) }).format(
    at,
  );
}

/** "14 March" for a birthday. */
export function formatBirthday(at: number, locale: Locale): string {
  return format(locale, { day: 'numeric', month: 'long' }).format(at);
}

/** "Mon, 9 Mar" for a due date preset. */
export function formatWeekday(at: number, locale: Locale): string {
  return format(locale, { weekday: 'short', day: 'numeric', month: 'short' }).format(at);
}

/** An E.164 number as people write it (+380 67 123 4567); the number itself when it cannot be parsed. */
export function displayPhone(e164: string): string {
  return parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;
}

/** A deal's amount in the one money format (core/i18n/money.ts); no currency of its own means the base's. */
export function dealMoney(
  value: number,
  currency: string | null,
  locale: Locale,
  baseCurrency: string,
): string {
  return formatMoney(value, currency ?? baseCurrency, locale);
}

/**
 * A `mailto:` link for one address, the address percent-encoded (RFC 6068 section 2): an address holding `?`, `&`
 * or `#` could otherwise add headers (`?bcc=…`) or a body to the mail the link opens.
 */
export function mailtoHref(address: string): string {
  return `mailto:${encodeURIComponent(address).replace(/%40/gu, '@')}`;
}

/** A `tel:` link for one phone number: only the characters a number may hold. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/gu, '')}`;
}
