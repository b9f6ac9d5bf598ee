// Registration ids written with their label ("код ЄДРПОУ 12345678", "ИНН/КПП 7707083893/773601001",
// "VAT: DE123456789"), IBANs, and other bank details that must never be read as phone numbers.
import type { RegistrationIdKind } from '../model.ts';
import { validateIban, validateRegistrationId } from '../requisites.ts';
import type { DraftRegistrationId, DraftValue } from './types.ts';

export interface Span {
  start: number;
  end: number;
}

export interface IdHit extends Span {
  ids: DraftRegistrationId[];
}

export interface IbanHit extends Span {
  value: DraftValue;
}

const LABEL =
  /(?:код\s+)?(ЄДРПОУ|ЕДРПОУ|ЕГРПОУ|ОКПО|РНОКПП|ІПН|ИПН|ИНН\s*\/\s*КПП|ИНН|ОГРНИП|ОГРН|КПП|VAT(?:\s*(?:ID|No\.?|number|Reg\.?\s*No\.?))?|USt-?Id(?:Nr)?\.?|UID|NIP|TIN|Tax\s*ID)(?![\p{L}])/giu;
const LEAD = /^\s*(?:[:№#.]|No\.?)?\s*[:№#]?\s*/iu;
const DIGIT_GROUPS = /^\d+(?:[ -]\d+)*/u;
const VAT_VALUE = /^[A-Z]{2}(?:[ -]?[A-Z0-9+*]){2,14}|^\d{9,12}/u;

function kindOf(label: string): RegistrationIdKind {
  const l = label.toUpperCase().replace(/\s+/gu, '');
  if (['ЄДРПОУ', 'ЕДРПОУ', 'ЕГРПОУ'].includes(l)) return 'edrpou';
  if (['ІПН', 'ИПН', 'РНОКПП'].includes(l)) return 'ipn';
  if (l === 'ИНН') return 'inn';
  if (l === 'ОГРН') return 'ogrn';
  if (l === 'ОГРНИП') return 'ogrnip';
  if (l === 'КПП') return 'kpp';
  if (l.startsWith('VAT') || l.startsWith('UST')) return 'vat';
  return 'other';
}

const MAX_DIGITS: Record<RegistrationIdKind, number> = {
  edrpou: 8,
  ipn: 12,
  inn: 12,
  ogrn: 15,
  ogrnip: 15,
  kpp: 9,
  vat: 12,
  other: 20,
};

/** Digit groups after a label, stopping before the group that would make the number too long. */
function digitsValue(text: string, max: number): string {
  const m = DIGIT_GROUPS.exec(text);
  if (m === null) return '';
  let out = '';
  for (const group of m[0].split(/(?=[ -])/u)) {
    if ((out + group).replace(/\D/gu, '').length > max) break;
    out += group;
  }
  return out;
}

// Which kinds a number may really be: ИНН is written for Ukrainian ІПН too, a 12-digit ІПН is a VAT number.
function candidateKinds(kind: RegistrationIdKind, digits: number): RegistrationIdKind[] {
  if (kind === 'ipn') return digits === 12 ? ['vat'] : ['ipn'];
  if (kind === 'inn') return digits === 10 ? ['inn', 'ipn'] : ['inn'];
  if (kind === 'ogrn') return digits === 15 ? ['ogrnip'] : ['ogrn'];
  return [kind];
}

function checked(kind: RegistrationIdKind, value: string): DraftRegistrationId {
  const kinds = candidateKinds(kind, value.replace(/\D/gu, '').length);
  for (const k of kinds) {
    const r = validateRegistrationId(k, value);
    if (r.ok) return { kind: k, value: r.value, valid: true };
  }
  const first = kinds[0] ?? kind;
  const r = validateRegistrationId(first, value);
  const compact = value.replace(/[\s-]/gu, '').toUpperCase();
  return r.ok
    ? { kind: first, value: r.value, valid: true }
    : { kind: first, value: compact, valid: false, reason: r.reason };
}

/** Labelled registration ids in a line. */
export function findRegistrationIds(line: string): IdHit[] {
  const hits: IdHit[] = [];
  if (!/\d/u.test(line)) return hits;
  for (const m of line.matchAll(LABEL)) {
    if (/\p{L}/u.test(line[m.index - 1] ?? '')) continue;
    const label = m[1] ?? '';
    let pos = m.index + m[0].length;
    pos += LEAD.exec(line.slice(pos))?.[0].length ?? 0;
    const after = line.slice(pos, pos + 60);
    if (/^ИНН\s*\/\s*КПП$/iu.test(label)) {
      const pair = /^(\d{10,12})\s*\/\s*(\d{9})/u.exec(after);
      if (pair !== null) {
        hits.push({
          start: m.index,
          end: pos + pair[0].length,
          ids: [checked('inn', pair[1] ?? ''), checked('kpp', pair[2] ?? '')],
        });
      }
      continue;
    }
    const kind = kindOf(label);
    const value = kind === 'vat' ? (VAT_VALUE.exec(after)?.[0] ?? '') : digitsValue(after, MAX_DIGITS[kind]);
    if (value.replace(/[\s-]/gu, '').length < 4) continue;
    hits.push({ start: m.index, end: pos + value.length, ids: [checked(kind, value)] });
  }
  return hits;
}

const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Za-z0-9])/gu;

/** IBANs in a line; a word glued to the end ("… 6600 1 BANK") is trimmed off until the check digits agree. */
export function findIbans(line: string): IbanHit[] {
  const hits: IbanHit[] = [];
  if (!/[A-Z]{2}\d\d/u.test(line)) return hits;
  for (const m of line.matchAll(IBAN)) {
    let raw = m[0];
    let result = validateIban(raw);
    for (let candidate = raw; !result.ok && candidate.includes(' ');) {
      candidate = candidate.slice(0, candidate.lastIndexOf(' '));
      const r = validateIban(candidate);
      if (r.ok) {
        raw = candidate;
        result = r;
      }
    }
    const value: DraftValue = result.ok
      ? { raw, value: result.value, valid: true }
      : { raw, value: raw.replace(/\s/gu, ''), valid: false, reason: result.reason };
    hits.push({ start: m.index, end: m.index + raw.length, value });
  }
  return hits;
}

const BANK_DETAIL =
  /(?:р\/р|п\/р|р\/с|к\/с|кор\.?\s*сч(?:е|ё)т|расч(?:е|ё)тный\s+сч(?:е|ё)т|рахунок|счет|сч(?:е|ё)т|МФО|БИК|BIC|SWIFT|ОКВЭД|КВЕД|ОКАТО|ОКТМО|account(?:\s*(?:no\.?|number))?)(?![\p{L}])\s*[:№#]?\s*(?=[A-Z]{0,11}\d)[A-Z0-9][A-Z0-9 ]{2,40}/giu;

/** Bank account numbers, MFO/BIK/SWIFT codes and activity codes: kept as notes, masked from phone search. */
export function findBankDetails(line: string): Span[] {
  if (!/\d/u.test(line)) return [];
  return [...line.matchAll(BANK_DETAIL)]
    .filter((m) => !/\p{L}/u.test(line[m.index - 1] ?? ''))
    .map((m) => ({ start: m.index, end: m.index + m[0].trimEnd().length }));
}
