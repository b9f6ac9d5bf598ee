// Value-level rules shared by the vCard reader and writer: escaping, structured values, birthdays.
import { cleanText } from '../text.ts';

/** A birthday; the year is absent for `--MMDD` dates. */
export interface Birthday {
  year?: number;
  month: number;
  day: number;
}

/** Splits a structured value (N, ADR, ORG) on unescaped `sep`, leaving escapes in place. */
export function splitUnescaped(value: string, sep: string): string[] {
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i] ?? '';
    if (ch === '\\' && i + 1 < value.length) {
      current += ch + (value[i + 1] ?? '');
      i++;
    } else if (ch === sep) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out;
}

/** Resolves vCard text escapes: `\n`, `\,`, `\;`, `\\`. */
export function unescapeText(value: string): string {
  return value.replace(/\\([nN,;:\\])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

// Every line break (a lone CR too, which readers take as the end of the line) is written as `\n` and control
// characters are dropped (core/text.ts), so a value can never start a property of its own.
const LINE_SEPARATORS = /[\u2028\u2029]/gu;

/** Escapes text for a vCard 4.0 value (RFC 6350 section 3.4). */
export function escapeText(value: string): string {
  return cleanText(value)
    .replace(LINE_SEPARATORS, '\n')
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\n/g, '\\n');
}

/** A URI value (URL, PHOTO) kept to one line: a URI has no spaces or controls, so any there are dropped. */
export function oneLineUri(value: string): string {
  return cleanText(value).replace(/\s/gu, '');
}

function validDay(year: number | undefined, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  // Feb 29 without a year is a real birthday; check against a leap year then.
  const y = year ?? 2000;
  return new Date(Date.UTC(y, month - 1, day)).getUTCDate() === day;
}

/** Parses BDAY forms seen in exports: 19850315, 1985-03-15, --0315, --03-15, ISO with time, 15.03.1985. */
export function parseBirthday(text: string): Birthday | null {
  const t = text.trim();
  let m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ].*)?$/.exec(t);
  if (m) return make(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^--(\d{2})-?(\d{2})$/.exec(t);
  if (m) return make(undefined, Number(m[1]), Number(m[2]));
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) return make(Number(m[3]), Number(m[2]), Number(m[1]));
  return null;
}

function make(year: number | undefined, month: number, day: number): Birthday | null {
  // Apple writes 1604 for "year unknown"; treat it as no year.
  const y = year === 1604 ? undefined : year;
  if (y !== undefined && (y < 1800 || y > 2200)) return null;
  if (!validDay(y, month, day)) return null;
  return y === undefined ? { month, day } : { year: y, month, day };
}

/** Formats a birthday as vCard 4.0 BDAY: `19850315` or `--0315`. */
export function formatBirthday(b: Birthday): string {
  const mm = String(b.month).padStart(2, '0');
  const dd = String(b.day).padStart(2, '0');
  return b.year === undefined ? `--${mm}${dd}` : `${String(b.year).padStart(4, '0')}${mm}${dd}`;
}
