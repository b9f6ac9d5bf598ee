// The contact a vCard holds, as the reader (vcard.ts) returns it and the writer (vcard-write.ts) takes it: both
// import it from here, so neither imports the other.
import type { Birthday } from './vcard-values.ts';

export interface VCardTyped {
  value: string;
  types: string[];
}

export interface VCardAddress {
  street?: string;
  city?: string;
  region?: string;
  postcode?: string;
  country?: string;
  types: string[];
}

/** One card. `line` is the 1-based line of its BEGIN:VCARD. */
export interface VCardContact {
  line: number;
  fullName: string;
  givenName?: string;
  familyName?: string;
  middleName?: string;
  prefix?: string;
  suffix?: string;
  emails: VCardTyped[];
  phones: VCardTyped[];
  org?: string;
  orgUnit?: string;
  title?: string;
  role?: string;
  birthday?: Birthday;
  urls: string[];
  addresses: VCardAddress[];
  note?: string;
  categories: string[];
  /** A small photo as a data URL; larger or remote photos are dropped. */
  photo?: string;
}

/** Contact data the writer needs; a parsed VCardContact fits, `line` is not required. */
export type VCardInput = Omit<VCardContact, 'line'>;
