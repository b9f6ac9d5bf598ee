// Dates as mail pages print them (locale-formatted titles and labels) -> epoch ms in the browser's zone.

/** Month abbreviations by their first three letters: en, de, uk (genitive), ru (genitive), pl. */
const MONTHS: Record<string, number> = {};
const MONTH_PREFIXES = [
  'jan feb mar apr may jun jul aug sep oct nov dec',
  'jan feb mär apr mai jun jul aug sep okt nov dez',
  'січ лют бер кві тра чер лип сер вер жов лис гру',
  'янв фев мар апр мая июн июл авг сен окт ноя дек',
  'sty lut mar kwi maj cze lip sie wrz paź lis gru',
];
for (const row of MONTH_PREFIXES) row.split(' ').forEach((p, i) => (MONTHS[p] = i));
MONTHS['май'] = 4;

const TIME = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(a\.?m\.?|p\.?m\.?)?/i;

/** Builds a local time, rejecting out-of-range parts (e.g. Feb 30) instead of rolling them over. */
function localTime(y: number, m: number, d: number, h: number, min: number, s: number): number | null {
  const date = new Date(y, m, d, h, min, s);
  const ok =
    date.getFullYear() === y && date.getMonth() === m && date.getDate() === d && date.getHours() === h;
  return ok && min < 60 && s < 60 ? date.getTime() : null;
}

/** [year, month 0-11, day] from numeric forms: ISO `2026-11-23`, `23.11.2026`, `11/23/2026` (or `23/11/2026`). */
function numericDate(text: string): [number, number, number] | null {
  let m = /(\d{4})-(\d{1,2})-(\d{1,2})/.exec(text);
  if (m) return [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  m = /(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(text);
  if (m) return [Number(m[3]), Number(m[2]) - 1, Number(m[1])];
  m = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(text);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return a > 12 ? [Number(m[3]), b - 1, a] : [Number(m[3]), a - 1, b];
}

/** [year, month, day] from a month-name form: `Mon, Nov 23, 2026`, `пн, 23 лист. 2026 р.`, `23 нояб. 2026 г.`. */
function namedDate(text: string): [number, number, number] | null {
  const year = /(?:^|\D)((?:19|20)\d{2})(?!\d)/.exec(text);
  if (!year?.[1]) return null;
  const rest = text.replace(year[1], ' ');
  let month: number | undefined;
  for (const word of rest.match(/\p{L}{3,}/gu) ?? []) {
    month = MONTHS[word.slice(0, 3)];
    if (month !== undefined) break;
  }
  const days = rest.match(/(?:^|\D)(\d{1,2})(?!\d)/g) ?? [];
  if (month === undefined || days.length !== 1 || !days[0]) return null;
  return [Number(year[1]), month, Number(days[0].replace(/\D/g, ''))];
}

/**
 * Parses a date as Gmail (`span.g3[title]`) or Outlook (`SentReceivedSavedTime`) prints it in
 * en/de/uk/ru/pl, read as local time. Returns null when the text is not understood; callers keep the text.
 */
export function parsePageDate(raw: string): number | null {
  const text = raw.toLowerCase().replace(/[\u00a0\u202f\u2009]/g, ' ');
  const time = TIME.exec(text);
  const withoutTime = time ? text.replace(time[0], ' ') : text;
  const ymd = numericDate(withoutTime) ?? namedDate(withoutTime);
  if (!ymd) return null;
  let hours = time ? Number(time[1]) : 0;
  const meridiem = time?.[4]?.[0];
  if (meridiem && (hours < 1 || hours > 12)) return null;
  if (meridiem === 'a' && hours === 12) hours = 0;
  if (meridiem === 'p' && hours < 12) hours += 12;
  return localTime(ymd[0], ymd[1], ymd[2], hours, Number(time?.[2] ?? 0), Number(time?.[3] ?? 0));
}
