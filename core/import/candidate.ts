// Contacts read from a CSV row or a vCard, in one shape for validation, dedupe and writing.
import type { ContactDraftRow } from '../parse/contacts-csv.ts';
import type { VCardAddress, VCardContact } from '../parse/vcard-contact.ts';
import type { Birthday } from '../model';

/** One contact as read from a file, before any validation; `line` is where it starts in `file`. */
export interface ContactCandidate {
  file: string;
  line: number;
  displayName?: string;
  givenName?: string;
  familyName?: string;
  patronymic?: string;
  /** As written; checked later, and a bad one is reported and dropped without losing the row. */
  emails: string[];
  phones: string[];
  /** The company's own numbers (Outlook's "Company Main Phone"): they go to the company, never to the person. */
  companyPhones: string[];
  position?: string;
  department?: string;
  address?: string;
  website?: string;
  /** A stage or status as written ("Постоянный", "VIP"); matched to the pipeline when prepared. */
  stage?: string;
  /** Who handles the client ("Петрова А."), as written. */
  manager?: string;
  city?: string;
  birthday?: Birthday;
  tags: string[];
  notes?: string;
  company?: string;
  /** Register key (`edrpou`, `inn`, `ogrn`, …) to value, as written. */
  registrationIds: Record<string, string>;
}

function set<K extends keyof ContactCandidate>(
  c: ContactCandidate,
  key: K,
  value: ContactCandidate[K] | undefined,
): void {
  if (value !== undefined && value !== '') c[key] = value;
}

/** A CSV contact row (see core/parse/contacts-csv.ts) as a candidate. */
export function candidateFromCsv(row: ContactDraftRow, file: string): ContactCandidate {
  const c: ContactCandidate = {
    file,
    line: row.line,
    emails: [...row.emails],
    phones: [...row.phones],
    companyPhones: [...row.companyPhones],
    tags: [...row.tags],
    registrationIds: { ...row.registrationIds },
  };
  set(c, 'displayName', row.fullName);
  set(c, 'givenName', row.givenName);
  set(c, 'familyName', row.familyName);
  set(c, 'patronymic', row.patronymic);
  set(c, 'position', row.position);
  set(c, 'city', row.city);
  set(c, 'birthday', row.birthday);
  set(c, 'notes', row.note);
  set(c, 'company', row.company);
  set(c, 'department', row.department);
  set(c, 'address', row.address);
  set(c, 'website', row.website);
  set(c, 'stage', row.stage);
  set(c, 'manager', row.manager);
  return c;
}

/** A vCard address as one line: street, city and postcode, region, country. */
function addressLine(a: VCardAddress): string {
  return [a.street, [a.postcode, a.city].filter(Boolean).join(' '), a.region, a.country]
    .map((s) => s?.trim())
    .filter(Boolean)
    .join(', ');
}

/** A parsed vCard as a candidate; its photo is not kept (the base stores no pictures). */
export function candidateFromVCard(card: VCardContact, file: string): ContactCandidate {
  const c: ContactCandidate = {
    file,
    line: card.line,
    emails: card.emails.map((e) => e.value),
    phones: card.phones.map((p) => p.value),
    companyPhones: [],
    tags: [...card.categories],
    registrationIds: {},
  };
  set(c, 'displayName', card.fullName.trim());
  set(c, 'givenName', card.givenName);
  set(c, 'familyName', card.familyName);
  set(c, 'patronymic', card.middleName);
  set(c, 'position', card.title ?? card.role);
  set(c, 'city', card.addresses.find((a) => a.city)?.city);
  set(c, 'birthday', card.birthday);
  set(c, 'notes', card.note);
  set(c, 'company', card.org);
  set(c, 'department', card.orgUnit);
  const address = card.addresses.map(addressLine).find((a) => a !== '');
  set(c, 'address', address);
  set(c, 'website', card.urls[0]);
  return c;
}

/** The name a report shows for a candidate: its name, else its first address or phone. */
export function candidateLabel(c: ContactCandidate): string {
  const name = c.displayName ?? [c.givenName, c.familyName].filter(Boolean).join(' ');
  return name || c.emails[0] || c.phones[0] || `line ${c.line}`;
}
