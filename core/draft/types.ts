// The contact draft built from a selection or a link: shown to the user for review before anything is saved.
import type { RegistrationIdKind } from '../model.ts';

/** One email, phone or IBAN as found, with its normal form; invalid ones are kept so the user can fix them. */
export interface DraftValue {
  /** Exactly as it appeared in the selection or link. */
  raw: string;
  /** Lower-cased email, E.164 phone, compact upper-case IBAN; a best-effort compact form when invalid. */
  value: string;
  valid: boolean;
  /** Why it is invalid, in words a person can act on. */
  reason?: string;
  /** A phone extension ("доб. 123", "ext. 12"). */
  ext?: string;
}

export interface DraftRegistrationId {
  kind: RegistrationIdKind;
  value: string;
  valid: boolean;
  reason?: string;
}

export interface DraftCompany {
  name: string;
  /** Canonical short form: ТОВ, ФОП, ООО, LLC, GmbH, … */
  legalForm?: string;
}

export interface ContactDraft {
  fullName?: string;
  givenName?: string;
  familyName?: string;
  patronymic?: string;
  emails: DraftValue[];
  phones: DraftValue[];
  company?: DraftCompany;
  position?: string;
  website?: string;
  /** Profile links: LinkedIn, Facebook, Telegram, Instagram, X/Twitter. */
  profiles: string[];
  registrationIds: DraftRegistrationId[];
  /** Bank accounts (IBAN), checked with the ISO 13616 mod-97 rule. */
  ibans: DraftValue[];
  city?: string;
  /** A postal address, its lines joined ("вул. Хрещатик, 1, Київ 01001"). */
  address?: string;
  /** Leftovers worth keeping: bank details, messenger handles, extra links, a second address. */
  notes: string[];
  /** True when nothing contact-like was found. */
  empty: boolean;
  problems: string[];
}

export interface DraftOptions {
  /** ISO 3166-1 alpha-2 region for phone numbers written without a country code, e.g. 'UA'. */
  defaultRegion: string;
}

export const NOTHING_FOUND = 'No name, email, phone or company found in the selection';

/** A draft with nothing in it yet. */
export function emptyDraft(): ContactDraft {
  return {
    emails: [],
    phones: [],
    profiles: [],
    registrationIds: [],
    ibans: [],
    notes: [],
    empty: true,
    problems: [],
  };
}

/** Sets `empty` (and says so in `problems`) once every field has been filled in. */
export function finishDraft(draft: ContactDraft): ContactDraft {
  const found =
    draft.fullName !== undefined ||
    draft.company !== undefined ||
    draft.emails.length > 0 ||
    draft.phones.length > 0 ||
    draft.website !== undefined ||
    draft.profiles.length > 0 ||
    draft.registrationIds.length > 0;
  draft.empty = !found;
  if (!found) {
    draft.notes = [];
    if (!draft.problems.includes(NOTHING_FOUND)) draft.problems.unshift(NOTHING_FOUND);
  }
  return draft;
}
