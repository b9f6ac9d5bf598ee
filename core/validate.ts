// Drafts typed or imported by a person, checked field by field: each problem names the field and what to fix.
import { normalizeEmail } from './email';
import { isFreemailDomain } from './freemail';
import { handleKey, normalizeHandle, type Handle } from './handles';
import type { Company, Person, Settings } from './model';
import { normalizePhone } from './phones';
import { refusal, type Refusal } from './reason';
import { validateIban, validateRegistrationId } from './requisites';

export interface FieldProblem extends Refusal {
  field: string;
}

/** A field's problem from a validator's refusal (its English reason and code). */
const problemOf = (field: string, r: Refusal): FieldProblem =>
  r.because ? { field, reason: r.reason, because: r.because } : { field, reason: r.reason };

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
    else problems.push(problemOf(`emails[${i}]`, r));
  }
  const phones: string[] = [];
  // Extensions typed with a number ("доб. 123") are kept beside it; ones already stored stay with their number.
  const ext: Record<string, string> = {};
  for (const [i, raw] of (draft.phones ?? []).entries()) {
    if (raw.trim() === '') continue;
    const r = normalizePhone(raw, settings.defaultPhoneRegion);
    if (!r.ok) problems.push(problemOf(`phones[${i}]`, r));
    else {
      phones.push(r.e164);
      const known = r.ext ?? draft.phoneExt?.[r.e164];
      if (known !== undefined) ext[r.e164] = known;
    }
  }
  const handles = new Map<string, Handle>();
  for (const [i, h] of (draft.handles ?? []).entries()) {
    const r = normalizeHandle(h);
    if (r.ok) handles.set(handleKey(r.handle), r.handle);
    else problems.push(problemOf(`handles[${i}]`, r));
  }
  const b = draft.birthday;
  if (b) {
    const maxDay = DAYS_IN_MONTH[b.month - 1];
    if (!Number.isInteger(b.month) || maxDay === undefined) {
      problems.push(
        problemOf(
          'birthday',
          refusal(`Month ${b.month} does not exist; use 1-12.`, 'birthday.month', { month: b.month }),
        ),
      );
    } else if (!Number.isInteger(b.day) || b.day < 1 || b.day > maxDay) {
      problems.push(
        problemOf(
          'birthday',
          refusal(`Day ${b.day} does not exist in month ${b.month}.`, 'birthday.day', {
            day: b.day,
            month: b.month,
          }),
        ),
      );
    } else if (b.year !== undefined && (!Number.isInteger(b.year) || b.year < 1900 || b.year > 2100)) {
      problems.push(
        problemOf(
          'birthday',
          refusal(`Year ${b.year} is not plausible; leave it out if unknown.`, 'birthday.year', {
            year: b.year,
          }),
        ),
      );
    } else if (b.year !== undefined && b.month === 2 && b.day === 29 && !isLeap(b.year)) {
      problems.push(
        problemOf(
          'birthday',
          refusal(`${b.year} is not a leap year, so it has no 29 February.`, 'birthday.leap', {
            year: b.year,
          }),
        ),
      );
    }
  }
  const displayName = clean(draft.displayName) ?? (clean(fullNameOf(draft)) || emails[0] || phones[0]);
  if (displayName === undefined) {
    problems.push(
      problemOf(
        'displayName',
        refusal('Give the person a name, an email address or a phone number.', 'person.nameless'),
      ),
    );
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
  if (Object.keys(ext).length > 0) value.phoneExt = ext;
  copyText(value, draft, [
    'givenName',
    'familyName',
    'patronymic',
    'position',
    'department',
    'address',
    'website',
    'preferences',
    'notes',
    'manager',
    'city',
    'source',
  ]);
  if (handles.size > 0) value.handles = [...handles.values()];
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

/** Validates and normalizes a company draft: registration ids by checksum, IBANs, phones, work domains only. */
export function validateCompanyDraft(draft: CompanyDraft, region = 'UA'): Validated<CompanyFields> {
  const problems: FieldProblem[] = [];
  const name = clean(draft.name);
  if (!name) problems.push(problemOf('name', refusal('Give the company a name.', 'company.nameless')));
  const registrationIds = (draft.registrationIds ?? []).flatMap((rid, i) => {
    const r = validateRegistrationId(rid.kind, rid.value);
    if (r.ok) return [{ ...rid, value: r.value }];
    problems.push(problemOf(`registrationIds[${i}]`, r));
    return [];
  });
  const bankAccounts = (draft.bankAccounts ?? []).flatMap((acc, i) => {
    const r = validateIban(acc.iban);
    if (r.ok) return [{ ...acc, iban: r.value }];
    problems.push(problemOf(`bankAccounts[${i}]`, r));
    return [];
  });
  const domains: string[] = [];
  (draft.domains ?? []).forEach((raw, i) => {
    const d = normalizeDomain(raw);
    if (d === '') return;
    if (!/^(?:[a-z0-9\u00a1-\uffff-]+\.)+[a-z\u00a1-\uffff]{2,}$/u.test(d)) {
      problems.push(
        problemOf(
          `domains[${i}]`,
          refusal(`"${raw}" is not a domain name such as acme.ua.`, 'domain.invalid', { value: raw }),
        ),
      );
    } else if (isFreemailDomain(d)) {
      problems.push(
        problemOf(
          `domains[${i}]`,
          refusal(`${d} is a public mail service, not a company's domain; leave it out.`, 'domain.freemail', {
            value: d,
          }),
        ),
      );
    } else domains.push(d);
  });
  const phones: string[] = [];
  (draft.phones ?? []).forEach((raw, i) => {
    if (raw.trim() === '') return;
    const r = normalizePhone(raw, region);
    if (r.ok) phones.push(r.e164);
    else problems.push(problemOf(`phones[${i}]`, r));
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
  if (phones.length > 0) value.phones = [...new Set(phones)];
  copyText(value, draft, ['legalForm', 'website', 'industry', 'city', 'region', 'size', 'manager', 'notes']);
  if (draft.stage) value.stage = draft.stage;
  return { ok: true, value };
}
