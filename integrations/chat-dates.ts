// Dates as the chat pages print them (a time "14:05" or "2:05 PM", day headers "Today", "Вчера", "12 березня"),
// read as local time. `now` is the reader's clock, so "Today" is today where the user is.
import { monthOfWord } from '../core/month-names';

const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s*([ap])\.?\s?m\.?)?/iu;

/** Hours and minutes of a printed time; null when there is none (or it does not exist). */
export function parseClock(text: string): { h: number; m: number } | null {
  const t = TIME.exec(text.replace(/[\u00a0\u202f]/gu, ' '));
  if (!t) return null;
  let h = Number(t[1]);
  const m = Number(t[2]);
  const ampm = t[4]?.toLowerCase();
  if (ampm) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (ampm === 'p' ? 12 : 0);
  }
  return h < 24 && m < 60 ? { h, m } : null;
}

const RELATIVE: Record<string, number> = {
  today: 0,
  сьогодні: 0,
  сегодня: 0,
  yesterday: 1,
  вчора: 1,
  учора: 1,
  вчера: 1,
};
// Sunday first, as Date.getDay() counts.
const WEEKDAYS = [
  ['sunday', 'неділя', 'воскресенье'],
  ['monday', 'понеділок', 'понедельник'],
  ['tuesday', 'вівторок', 'вторник'],
  ['wednesday', 'середа', 'среда'],
  ['thursday', 'четвер', 'четверг'],
  ['friday', 'п’ятниця', 'пятница'],
  ['saturday', 'субота', 'суббота'],
];
function startOfDay(at: number): Date {
  const d = new Date(at);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/**
 * The local midnight a day header names: "Today", "Yesterday", a weekday within the past week (as telegram-tt's
 * formatHumanDate writes them), or a day and month with an optional year ("March 12", "12 березня 2025").
 */
export function parseDayHeader(text: string, now: number): number | null {
  const words =
    text
      .toLowerCase()
      .replace(/'/gu, '’')
      .match(/[\p{L}’]+|\d+/gu) ?? [];
  const today = startOfDay(now);
  const first = words[0] ?? '';
  const back = RELATIVE[first];
  if (back !== undefined && words.length === 1)
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() - back).getTime();
  const weekday = WEEKDAYS.findIndex((names) => names.includes(first));
  if (weekday >= 0 && words.length === 1) {
    const diff = (today.getDay() - weekday + 7) % 7 || 7;
    return new Date(today.getFullYear(), today.getMonth(), today.getDate() - diff).getTime();
  }
  const numbers = words.filter((w) => /^\d+$/u.test(w)).map(Number);
  const month = words.map(monthOfWord).find((m) => m !== null) ?? null;
  const day = numbers.find((n) => n >= 1 && n <= 31);
  if (month === null || day === undefined) return null;
  const year = numbers.find((n) => n >= 1970 && n <= 9999) ?? today.getFullYear();
  const d = new Date(year, month, day);
  return d.getMonth() === month && d.getDate() === day ? d.getTime() : null;
}

/** A day (local midnight) and a printed time as one instant; null when either is missing. */
export function atDayAndClock(day: number | null, clock: { h: number; m: number } | null): number | null {
  if (day === null || clock === null) return null;
  const d = new Date(day);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), clock.h, clock.m).getTime();
}
