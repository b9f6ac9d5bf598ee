// Dates and times as a person types them in Kartka's language, not the browser's: a Ukrainian or Russian
// reader writes 12.07.2026 and 14:30, an English one 7/12/2026 and 2:30 PM (Intl's order for the locale).
// <input type="date"> follows the browser's language instead, so 12/07/2026 could read as 12 July or 7 December.
import type { Locale } from './plural';

/** A calendar day, month 1-12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

type Part = 'day' | 'month' | 'year';

/** The order of day, month and year in the locale, and the separator it writes between them. */
export function dateOrder(locale: Locale): { order: Part[]; separator: string } {
  const parts = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(Date.UTC(2026, 6, 12));
  const order = parts.flatMap((p) =>
    p.type === 'day' || p.type === 'month' || p.type === 'year' ? [p.type] : [],
  );
  const separator = parts.find((p) => p.type === 'literal')?.value ?? '.';
  return { order, separator };
}

/** "12.07.2026" (uk, ru) or "07/12/2026" (en). */
export function formatDay(d: Day, locale: Locale): string {
  const { order, separator } = dateOrder(locale);
  const text: Record<Part, string> = {
    day: String(d.day).padStart(2, '0'),
    month: String(d.month).padStart(2, '0'),
    year: String(d.year),
  };
  return order.map((p) => text[p]).join(separator);
}

const DAYS_IN_MONTH = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Reads a typed date in the locale's order (any of . / - or spaces between; a two-digit year is 20xx); null if it is not a date. */
export function parseDay(text: string, locale: Locale): Day | null {
  const numbers = text.trim().split(/[./\-\s]+/u);
  if (numbers.length !== 3 || numbers.some((n) => !/^\d{1,4}$/u.test(n))) return null;
  // An ISO date (2026-07-12) reads the same in every language.
  const iso = (numbers[0] ?? '').length === 4;
  const order: Part[] = iso ? ['year', 'month', 'day'] : dateOrder(locale).order;
  const value: Record<Part, number> = { day: 0, month: 0, year: 0 };
  order.forEach((part, i) => (value[part] = Number(numbers[i])));
  if (value.year < 100) value.year += 2000;
  const { year, month, day } = value;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 || day > DAYS_IN_MONTH(year, month))
    return null;
  return { year, month, day };
}

/** `yyyy-mm-dd` for a day (what the stored and tested values use). */
export function isoOf(d: Day): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** Whether the locale writes the time on a 12-hour clock (en: 2:30 PM). */
export function twelveHour(locale: Locale): boolean {
  return new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions().hour12 === true;
}

/** "14:30", or "2:30 PM" where the locale's clock has twelve hours. */
export function formatTime(hours: number, minutes: number, locale: Locale): string {
  const mm = String(minutes).padStart(2, '0');
  if (!twelveHour(locale)) return `${String(hours).padStart(2, '0')}:${mm}`;
  return `${hours % 12 === 0 ? 12 : hours % 12}:${mm} ${hours < 12 ? 'AM' : 'PM'}`;
}

/** Reads "14:30", "9.05", "2:30 pm", "2 PM" (in any locale); null if it is not a time of day. */
export function parseTime(text: string): { hours: number; minutes: number } | null {
  const m = /^(\d{1,2})(?:[:.](\d{2}))?\s*([ap]\.?\s*m\.?)?$/iu.exec(text.trim());
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? '0');
  const meridiem = m[3]?.toLowerCase().startsWith('p') ? 'pm' : m[3] ? 'am' : null;
  if (meridiem !== null) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (meridiem === 'pm' ? 12 : 0);
  } else if (m[2] === undefined) return null; // a bare "14" is too ambiguous to guess
  if (hours > 23 || minutes > 59) return null;
  return { hours, minutes };
}

/** The weekday a locale's calendar starts on: 1 (Monday) for uk/ru, 0 (Sunday) for en. */
export function firstWeekday(locale: Locale): 0 | 1 {
  return locale === 'en' ? 0 : 1;
}

/** A day's weekday names, short, in the locale's week order ("Пн", "Вт", …). */
export function weekdayNames(locale: Locale): string[] {
  const f = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
  // 2026-01-04 was a Sunday.
  return Array.from({ length: 7 }, (_, i) =>
    f.format(Date.UTC(2026, 0, 4 + ((i + firstWeekday(locale)) % 7))),
  );
}
