// Drafts typed or imported by a person, checked field by field: each problem names the field and what to fix.
import { normalizeEmail } from './email';
import { isFreemailDomain } from './freemail';
import type { Company, Person, Settings } from './model';
import { normalizePhone } from './phones';
import { validateIban, validateRegistrationId } from './requisites';

export interface FieldProblem {
  field: string;
  reason: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: FieldProblem[] };

type Draftable<T, Required extends keyof T> = Partial<
  Omit<T, 'id' | 'createdAt' | 'updatedAt' | 'mergedInto' | 'lastContactAt'>
> &
  Pick<T, Required>;

/** A person as typed or imported: everything optional except that some name or address must be given. */
export type PersonDraft = Draftable<Person, never>;
/** The validated, normalized fields of a person, ready to store. */
export type PersonFields = Omit<Person, 'id' | 'createdAt' | 'updatedAt' | 'mergedInto' | 'lastContactAt'>;

/** A company as typed or imported. */
export type CompanyDraft = Draftable<Company, 'name'>;
export type CompanyFields = Omit<Company, 'id' | 'createdAt' | 'updatedAt' | 'mergedInto' | 'lastContactAt'>;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Per char code: 1 when it is whitespace (\s), 2 when not; 0 until first seen.
const SPACE = new Uint8Array(0x10000);

function isSpace(c: number): boolean {
  let k = SPACE[c];
  if (!k) {
    k = /\s/u.test(String.fromCharCode(c)) ? 1 : 2;
    SPACE[c] = k;
  }
  return k === 1;
}

/** Runs of whitespace to one space, trimmed; text that is already so (the usual case) is returned as is. */
export function tidySpaces(s: string): string {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    const tidy = c === 0x20 ? i !== 0 && i !== last && s.charCodeAt(i - 1) !== 0x20 : c > 0x20 && !isSpace(c);
    if (!tidy) return s.replace(/\s+/gu, ' ').trim();
  }
  return s;
}

function clean(s: string | undefined): string | undefined {
  const t = s === undefined ? undefined : tidySpaces(s);
  return t ? t : undefined;
}

/** The list without repeats; a list of one or none is returned as is. */
function unique(list: string[]): string[] {
  return list.length < 2 ? list : [...new Set(list)];
}

function cleanList(list: readonly string[] | undefined): string[] {
  const out = new Set<string>();
  for (const s of list ?? []) {
    const t = s.trim();
    if (t !== '') out.add(t);
  }
  return [...out];
}

/** Copies the defined, non-empty optional string fields of `from` into `to`. */
function copyText<T extends object>(to: T, from: Partial<T>, keys: readonly (keyof T)[]): void {
  for (const k of keys) {
    const v = from[k];
    if (typeof v === 'string') {
      const c = clean(v);
      if (c !== undefined) to[k] = c as T[keyof T];
    } else if (v !== undefined) to[k] = v as T[keyof T];
  }
}

/** Validates and normalizes a person draft: emails lower-cased, phones to E.164, birthday checked. */
export function validatePersonDraft(
  draft: PersonDraft,
  settings: Pick<Settings, 'defaultPhoneRegion'>,
): Validated<PersonFields> {
  const problems: FieldProblem[] = [];
  const emails: string[] = [];
  for (const [i, raw] of (draft.emails ?? []).entries()) {
    if (raw.trim() === '') continue;
    const r = normalizeEmail(raw);
    if (r.ok) emails.push(r.email);
    else problems.push({ field: `emails[${i}]`, reason: r.reason });
  }
  const phones: string[] = [];
  for (const [i, raw] of (draft.phones ?? []).entries()) {
    if (raw.trim() === '') continue;
    const r = normalizePhone(raw, settings.defaultPhoneRegion);
    if (r.ok) phones.push(r.e164);
    else problems.push({ field: `phones[${i}]`, reason: r.reason });
  }
  const b = draft.birthday;
  if (b) {
    const maxDay = DAYS_IN_MONTH[b.month - 1];
    if (!Number.isInteger(b.month) || maxDay === undefined) {
      problems.push({ field: 'birthday', reason: `Month ${b.month} does not exist; use 1-12.` });
    } else if (!Number.isInteger(b.day) || b.day < 1 || b.day > maxDay) {
      problems.push({ field: 'birthday', reason: `Day ${b.day} does not exist in month ${b.month}.` });
    } else if (b.year !== undefined && (!Number.isInteger(b.year) || b.year < 1900 || b.year > 2100)) {
      problems.push({
        field: 'birthday',
        reason: `Year ${b.year} is not plausible; leave it out if unknown.`,
      });
    } else if (b.year !== undefined && b.month === 2 && b.day === 29 && !isLeap(b.year)) {
      problems.push({ field: 'birthday', reason: `${b.year} is not a leap year, so it has no 29 February.` });
    }
  }
  const displayName = clean(draft.displayName) ?? (clean(fullNameOf(draft)) || emails[0] || phones[0]);
  if (displayName === undefined) {
    problems.push({
      field: 'displayName',
      reason: 'Give the person a name, an email address or a phone number.',
    });
  }
  if (problems.length > 0 || displayName === undefined) return { ok: false, problems };
  const value: PersonFields = {
    displayName,
    emails: unique(emails),
    phones: unique(phones),
    tags: cleanList(draft.tags),
    companies: draft.companies ?? [],
    custom: draft.custom ?? {},
  };
  copyText(value, draft, [
    'givenName',
    'familyName',
    'patronymic',
    'position',
    'preferences',
    'notes',
    'manager',
    'city',
    'source',
  ]);
  if (draft.birthday) value.birthday = draft.birthday;
  if (draft.consent) value.consent = draft.consent;
  if (draft.stage) value.stage = draft.stage;
  return { ok: true, value };
}

function fullNameOf(draft: PersonDraft): string {
  return [draft.givenName, draft.patronymic, draft.familyName].map(clean).filter(Boolean).join(' ');
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** A domain as typed (https://www.Acme.ua/contacts) reduced to acme.ua. */
export function normalizeDomain(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//u, '')
    .replace(/^www\./u, '')
    .replace(/[/?#].*$/u, '')
    .replace(/^@/u, '');
}

/** Validates and normalizes a company draft: registration ids by checksum, IBANs, work domains only. */
export function validateCompanyDraft(draft: CompanyDraft): Validated<CompanyFields> {
  const problems: FieldProblem[] = [];
  const name = clean(draft.name);
  if (!name) problems.push({ field: 'name', reason: 'Give the company a name.' });
  const registrationIds = (draft.registrationIds ?? []).flatMap((rid, i) => {
    const r = validateRegistrationId(rid.kind, rid.value);
    if (r.ok) return [{ ...rid, value: r.value }];
    problems.push({ field: `registrationIds[${i}]`, reason: r.reason });
    return [];
  });
  const bankAccounts = (draft.bankAccounts ?? []).flatMap((acc, i) => {
    const r = validateIban(acc.iban);
    if (r.ok) return [{ ...acc, iban: r.value }];
    problems.push({ field: `bankAccounts[${i}]`, reason: r.reason });
    return [];
  });
  const domains: string[] = [];
  (draft.domains ?? []).forEach((raw, i) => {
    const d = normalizeDomain(raw);
    if (d === '') return;
    if (!/^(?:[a-z0-9\u00a1-\uffff-]+\.)+[a-z\u00a1-\uffff]{2,}$/u.test(d)) {
      problems.push({ field: `domains[${i}]`, reason: `"${raw}" is not a domain name such as acme.ua.` });
    } else if (isFreemailDomain(d)) {
      problems.push({
        field: `domains[${i}]`,
        reason: `${d} is a public mail service, not a company's domain; leave it out.`,
      });
    } else domains.push(d);
  });
  if (problems.length > 0 || !name) return { ok: false, problems };
  const value: CompanyFields = {
    name,
    registrationIds,
    bankAccounts,
    addresses: draft.addresses ?? [],
    domains: [...new Set(domains)],
    tags: cleanList(draft.tags),
    custom: draft.custom ?? {},
  };
  copyText(value, draft, ['legalForm', 'website', 'industry', 'city', 'region', 'size', 'manager', 'notes']);
  if (draft.stage) value.stage = draft.stage;
  return { ok: true, value };
}
