// Phone numbers in any national format, with extensions and labels, told apart from dates, prices, years and
// ids. Each candidate is normalized by core/phones.ts; one that does not normalize is kept with the reason.
import { normalizePhone } from '../phones.ts';
import type { DraftValue } from './types.ts';

export interface PhoneHit {
  value: DraftValue;
  start: number;
  end: number;
}

/** How many candidates may still be tried in this selection: keeps a huge selection cheap. */
export interface PhoneBudget {
  tries: number;
}

const LABEL =
  /(?:^|[^\p{L}])(?:тел|телефон|моб|мобільний|мобильный|mob|mobile|cell|phone|ph|tel|факс|fax|viber|вайбер|whatsapp|ватсап|роб|раб|work|direct|прямий|прямой|hotline|гаряча лінія|горячая линия)(?![\p{L}])|^[tmfтмфТМФ]\s*[:.]/iu;

// Numbers that look like phones but are not: dates, times, year ranges, prices, numbered documents.
const NOT_PHONES = [
  /(?<![\d.])\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d|\.\d)/gu,
  /(?<![\d-])(?:\d{1,2}-\d{1,2}-\d{4}|\d{4}-\d{1,2}-\d{1,2})(?![\d-])/gu,
  /(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)/gu,
  /(?<!\d)(?:19|20)\d{2}\s?[-–—]\s?(?:19|20)\d{2}(?!\d)/gu,
  /[$€£₴₽]\s?\d[\d .,]{0,15}/gu,
  /\d[\d .,]{0,15}\s?(?:грн|₴|uah|usd|eur|руб|₽|rub|\$|€|£|тис|тыс|млн|%)/giu,
  /(?:№|#|No\.)\s?\d[\d-]{0,20}/gu,
];
const SPAN = /(?:\+\s?)?(?:\(\s?)?\d[\d ().\-–‒]{0,26}\d/gu;
const EXT_AFTER = /^\s*[,;]?\s*\(?\s*(?:доб|дод|доп|внутр|вн|ext|extension|x|#)\.?\s*(\d{1,6})\s*\)?/iu;
// Without a label or a plus, a bare run of digits is a phone only in these shapes: 0XX…, 380…, 7/8 + 10 digits.
const BARE_PHONE = /^(?:0\d{9}|380\d{9}|[78]\d{10})$/u;

export function hasPhoneLabel(line: string): boolean {
  return LABEL.test(line);
}

function blank(text: string, patterns: RegExp[]): string {
  return patterns.reduce((t, re) => t.replace(re, (m) => ' '.repeat(m.length)), text);
}

function isCandidate(span: string, digits: string, labelled: () => boolean): boolean {
  if (digits.length < 7 || digits.length > 15) return false;
  if (span.startsWith('+') || labelled()) return true;
  if (/^\d+$/u.test(span)) return BARE_PHONE.test(digits);
  return digits.length >= 9;
}

/** Phones in one line (other values already blanked out by the caller). */
export function findPhones(line: string, defaultRegion: string, budget: PhoneBudget): PhoneHit[] {
  // Masking dates and prices costs more than finding spans: skip it when no span has enough digits anyway.
  if (![...line.matchAll(SPAN)].some((m) => m[0].replace(/\D/gu, '').length >= 7)) return [];
  let label: boolean | undefined;
  const labelled = (): boolean => (label ??= hasPhoneLabel(line));
  const masked = blank(line, NOT_PHONES);
  const hits: PhoneHit[] = [];
  for (const m of masked.matchAll(SPAN)) {
    if (budget.tries <= 0) break;
    const span = m[0];
    const start = m.index;
    const before = line[start - 1] ?? ' ';
    if (/[\p{L}\p{N}]/u.test(before)) continue;
    const digits = span.replace(/\D/gu, '');
    if (!isCandidate(span, digits, labelled)) continue;
    budget.tries--;
    const ext = EXT_AFTER.exec(line.slice(start + span.length));
    const end = start + span.length + (ext?.[0].length ?? 0);
    const input = span.replace(/[–‒]/gu, '-') + (ext ? ` ext ${ext[1] ?? ''}` : '');
    const raw = line.slice(start, end).trim();
    const result = normalizePhone(input, defaultRegion);
    let value: DraftValue;
    if (result.ok) {
      value = { raw, value: result.e164, valid: true };
      if (result.ext !== undefined) value.ext = result.ext;
    } else {
      value = { raw, value: (span.startsWith('+') ? '+' : '') + digits, valid: false, reason: result.reason };
      if (ext?.[1] !== undefined) value.ext = ext[1];
    }
    hits.push({ value, start, end });
  }
  return hits;
}
