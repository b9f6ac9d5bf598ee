// Per-locale dates, numbers and money for the app's components, built once per locale.
import type { Locale } from '../../core/i18n';
import { formatMoney } from '../../core/i18n/money';

export interface Formats {
  locale: Locale;
  date: (at: number) => string;
  dateTime: (at: number) => string;
  dayMonth: (month: number, day: number) => string;
  month: (key: string) => string;
  number: (n: number) => string;
  percent: (share: number) => string;
  money: (amount: number, currency: string) => string;
}

const cache = new Map<Locale, Formats>();

/** Formatters for one locale (cached: Intl objects are costly to build per row). */
export function formats(locale: Locale): Formats {
  const hit = cache.get(locale);
  if (hit) return hit;
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
  const dateTime = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
  const dayMonth = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long' });
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' });
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const f: Formats = {
    locale,
    date: (at) => date.format(at),
    dateTime: (at) => dateTime.format(at),
    dayMonth: (m, d) => dayMonth.format(new Date(2000, m - 1, d)),
    month: (key) => {
      const [y, m] = key.split('-').map(Number);
      return month.format(new Date(y ?? 1970, (m ?? 1) - 1, 1));
    },
    number: (n) => number.format(n),
    percent: (share) => percent.format(share),
    money: (amount, currency) => formatMoney(amount, currency, locale),
  };
  cache.set(locale, f);
  return f;
}
