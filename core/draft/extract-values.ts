// Pulls the machine-readable values out of each line (links, emails, ids, IBANs, phones) into the draft,
// de-duplicated and capped, and returns what is left of the line for the name/company/position reader.
import { normalizePhone } from '../phones.ts';
import { findEmails, hasEmailLabel } from './find-emails.ts';
import { findBankDetails, findIbans, findRegistrationIds, type Span } from './find-ids.ts';
import { findPhones, type PhoneBudget } from './find-phones.ts';
import { bareDomain, classifyUrl, findHandles, findUrls } from './find-urls.ts';
import type { ContactDraft, DraftValue } from './types.ts';

/** The part of a line that is not a value, plus what was seen in it. */
export interface LineRest {
  text: string;
  /** Some value (email, phone, id, link) was taken out of this line. */
  hadValues: boolean;
  hadEmail: boolean;
  /** Bank details (account, МФО, БИК): the line is worth keeping as a note. */
  bank: boolean;
}

export const MAX_VALUES = 20;
const MAX_REST = 1000;
const MAX_PHONE_TRIES = 200;

// Field labels that carry no meaning once their value has been taken out of the line.
const LABEL_WORDS =
  /(?:тел|телефон|телефони|телефоны|моб|мобільний|мобильный|mob|mobile|cell|phone|phones|ph|tel|факс|fax|т\/ф|viber|вайбер|whatsapp|ватсап|роб|раб|робочий|рабочий|work|direct|прямий|прямой|office|офіс|офис|особистий|личный|home|домашній|домашний|e-?mail|mailto|ел\.\s?пошта|эл\.\s?почта|пошта|почта|mail|сайт|веб-сайт|web|website|site|www|telegram|tg|телеграм|instagram|linkedin|facebook|iban)(?![\p{L}])\.?|^[tmfeтмфе]\s*[:.]/giu;
const LEADING_PUNCT = /[\s,;:|/\\()<>[\]._*–—-]/u;
const TRAILING_PUNCT = /[\s,;:|/\\(<[_*–—-]/u;
const EMPTY_BRACKETS = /\(\s*\)|<\s*>|\[\s*\]/gu;

/** Removes field labels that start a word (the check is done here: a leading lookbehind makes V8 slow). */
function stripLabels(text: string): string {
  return text.replace(LABEL_WORDS, (label: string, offset: number) =>
    /\p{L}/u.test(text[offset - 1] ?? '') ? label : ' ',
  );
}

function blankSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  let out = '';
  let pos = 0;
  for (const { start, end } of [...spans].sort((a, b) => a.start - b.start)) {
    if (start < pos) continue;
    out += text.slice(pos, start) + ' '.repeat(end - start);
    pos = end;
  }
  return out + text.slice(pos);
}

/** Trims separators and stray punctuation at both ends; a loop, not a `[…]+$` regex, so long runs stay linear. */
function tidyRest(text: string): string {
  const s = text.replace(EMPTY_BRACKETS, ' ').replace(/\s+/gu, ' ');
  let start = 0;
  let end = s.length;
  while (start < end && LEADING_PUNCT.test(s[start] ?? '')) start++;
  while (end > start && TRAILING_PUNCT.test(s[end - 1] ?? '')) end--;
  return s.slice(start, end);
}

/** Adds values to a draft: one entry per normal form, at most MAX_VALUES of each, with a note when more were left. */
export class ValueCollector {
  private readonly overflow = new Set<string>();
  readonly budget: PhoneBudget = { tries: MAX_PHONE_TRIES };

  constructor(
    readonly draft: ContactDraft,
    readonly defaultRegion: string,
    readonly notes: Note[],
  ) {}

  private push(list: DraftValue[], value: DraftValue, what: string): void {
    if (list.some((v) => v.value === value.value && v.ext === value.ext)) return;
    if (list.length >= MAX_VALUES) this.overflow.add(what);
    else list.push(value);
  }

  email(value: DraftValue): void {
    this.push(this.draft.emails, value, 'emails');
  }

  phone(value: DraftValue): void {
    this.push(this.draft.phones, value, 'phone numbers');
  }

  url(raw: string, index: number): void {
    const link = classifyUrl(raw);
    if (link.kind === 'phone') {
      const r = normalizePhone(link.value, this.defaultRegion);
      this.phone(
        r.ok
          ? { raw, value: r.e164, valid: true }
          : { raw, value: link.value, valid: false, reason: r.reason },
      );
    } else if (link.kind === 'profile') {
      if (this.draft.profiles.some((p) => p.toLowerCase() === link.value.toLowerCase())) return;
      if (this.draft.profiles.length >= MAX_VALUES) this.overflow.add('profile links');
      else this.draft.profiles.push(link.value);
    } else if (
      link.kind === 'website' &&
      (this.draft.website === undefined || this.draft.website === link.value)
    ) {
      this.draft.website = link.value;
    } else this.notes.push({ index, text: link.value });
  }

  /** Problems for every kind of value that hit the cap. */
  finish(): void {
    for (const what of this.overflow) {
      this.draft.problems.push(
        `More than ${MAX_VALUES} ${what} were found; only the first ${MAX_VALUES} are in the draft. Select a smaller part of the page to get the rest.`,
      );
    }
  }
}

export interface Note {
  index: number;
  text: string;
}

/** Takes every value out of one line into the draft; returns the rest of the line. */
export function extractValues(line: string, index: number, collector: ValueCollector): LineRest {
  const { draft, defaultRegion } = collector;
  const urls = [...findUrls(line), ...findHandles(line)];
  for (const u of urls) collector.url(u.raw, index);
  let masked = blankSpans(line, urls);

  const emails = findEmails(masked, hasEmailLabel(line));
  for (const e of emails) collector.email(e.value);
  masked = blankSpans(masked, emails);

  const ids = findRegistrationIds(masked);
  for (const hit of ids)
    for (const id of hit.ids)
      if (!draft.registrationIds.some((r) => r.kind === id.kind && r.value === id.value))
        draft.registrationIds.push(id);
  masked = blankSpans(masked, ids);
  const ibans = findIbans(masked);
  for (const hit of ibans)
    if (!draft.ibans.some((v) => v.value === hit.value.value)) draft.ibans.push(hit.value);
  const bank = findBankDetails(masked);
  masked = blankSpans(masked, [...ibans, ...bank]);

  const phones = findPhones(masked, defaultRegion, collector.budget);
  for (const p of phones) collector.phone(p.value);
  masked = blankSpans(masked, phones);

  const hadValues = urls.length + emails.length + ids.length + ibans.length + phones.length > 0;
  // Only short lines are read for names and titles, so a long line's rest is not worth tidying.
  if (masked.length > MAX_REST)
    return { text: '', hadValues, hadEmail: emails.length > 0, bank: bank.length > 0 };
  const stripped = hadValues || masked.includes('.') ? tidyRest(stripLabels(masked)) : '';
  const domain = bareDomain(stripped);
  if (domain !== null) {
    collector.url(domain, index);
    return { text: '', hadValues: true, hadEmail: emails.length > 0, bank: bank.length > 0 };
  }
  if (bank.length > 0) return { text: tidyRest(line), hadValues, hadEmail: emails.length > 0, bank: true };
  return {
    text: hadValues ? stripped : tidyRest(masked),
    hadValues,
    hadEmail: emails.length > 0,
    bank: false,
  };
}
