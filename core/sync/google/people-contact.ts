// A People API person (connections.list / otherContacts.list) as a SyncContact: the primary name, every valid
// email (lower-cased), every phone (Google's canonical E.164 form when it has one), the first organisation, the
// birthday, the first city. Pure; the shape was checked at the executor (integrations/google/people-api.ts).
import type { Birthday } from '../../model';
import type { SyncContact } from '../contact';

interface Field {
  metadata?: { primary?: boolean };
}

/** A person as the executor checked it (only the fields Kartka asks for in personFields / readMask). */
export interface PeoplePerson {
  resourceName: string;
  metadata?: { deleted?: boolean };
  names?: (Field & { displayName?: string; givenName?: string; familyName?: string })[];
  emailAddresses?: (Field & { value?: string })[];
  phoneNumbers?: (Field & { value?: string; canonicalForm?: string })[];
  organizations?: (Field & { name?: string; title?: string })[];
  birthdays?: (Field & { date?: { year?: number; month?: number; day?: number } })[];
  addresses?: (Field & { city?: string })[];
}

/** The fields Kartka reads: personFields for connections, readMask for otherContacts (which has fewer). */
export const PEOPLE_FIELDS = {
  connections: ['names', 'emailAddresses', 'phoneNumbers', 'organizations', 'birthdays', 'addresses'],
  // otherContacts.list accepts only emailAddresses, metadata, names, phoneNumbers and photos in its readMask.
  otherContacts: ['names', 'emailAddresses', 'phoneNumbers'],
} as const;

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/u;

/** The primary entry first, then the rest in Google's order. */
function primaryFirst<T extends Field>(list: readonly T[] | undefined): T[] {
  const all = [...(list ?? [])];
  return [...all.filter((f) => f.metadata?.primary), ...all.filter((f) => !f.metadata?.primary)];
}

const clean = (v: string | undefined) => {
  const t = v?.replace(/\s+/gu, ' ').trim();
  return t ? t : undefined;
};

function birthdayOf(date: { year?: number; month?: number; day?: number } | undefined): Birthday | undefined {
  if (!date?.month || !date.day || date.month > 12 || date.day > 31) return undefined;
  return date.year
    ? { year: date.year, month: date.month, day: date.day }
    : { month: date.month, day: date.day };
}

export function contactOf(person: PeoplePerson): SyncContact {
  const item = person.resourceName;
  if (person.metadata?.deleted) return { item, deleted: true, emails: [], phones: [] };
  const name = primaryFirst(person.names)[0];
  const emails = [
    ...new Set(
      primaryFirst(person.emailAddresses)
        .map((e) => clean(e.value)?.toLowerCase())
        .filter((e): e is string => e !== undefined && EMAIL.test(e)),
    ),
  ];
  const phones = [
    ...new Set(
      primaryFirst(person.phoneNumbers)
        .map((p) => clean(p.canonicalForm) ?? clean(p.value))
        .filter((p): p is string => p !== undefined),
    ),
  ];
  const org = primaryFirst(person.organizations)[0];
  const contact: SyncContact = { item, deleted: false, emails, phones };
  const set = <K extends keyof SyncContact>(key: K, value: SyncContact[K] | undefined) => {
    if (value !== undefined) contact[key] = value;
  };
  set('displayName', clean(name?.displayName));
  set('givenName', clean(name?.givenName));
  set('familyName', clean(name?.familyName));
  set('company', clean(org?.name));
  set('position', clean(org?.title));
  set('city', clean(primaryFirst(person.addresses).find((a) => clean(a.city))?.city));
  set('birthday', birthdayOf(primaryFirst(person.birthdays)[0]?.date));
  return contact;
}
