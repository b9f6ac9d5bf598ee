// Contacts read from a CSV row or a vCard, in one shape for validation, dedupe and writing.
import type { ContactDraftRow } from '../parse/contacts-csv.ts';
import type { VCardContact } from '../parse/vcard-contact.ts';
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
  position?: string;
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
  return c;
}

/** A parsed vCard as a candidate; its photo is not kept (the base stores no pictures). */
export function candidateFromVCard(card: VCardContact, file: string): ContactCandidate {
  const c: ContactCandidate = {
    file,
    line: card.line,
    emails: card.emails.map((e) => e.value),
    phones: card.phones.map((p) => p.value),
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
  return c;
}

/** The name a report shows for a candidate: its name, else its first address or phone. */
export function candidateLabel(c: ContactCandidate): string {
  const name = c.displayName ?? [c.givenName, c.familyName].filter(Boolean).join(' ');
  return name || c.emails[0] || c.phones[0] || `line ${c.line}`;
}
