// Phone numbers to E.164, the way people actually type them in Ukraine, Russia and elsewhere.
import { refusal, type Refusal } from './reason';
import {
  getCountries,
  getCountryCallingCode,
  Metadata,
  parsePhoneNumberFromString,
  PhoneNumber,
  type CountryCode,
  type NumberingPlan,
} from 'libphonenumber-js';

export type PhoneResult = { ok: true; e164: string; ext?: string } | ({ ok: false } & Refusal);

// Extensions as written in uk/ru/en signatures: "доб. 123", "вн. 12", "внутр. 5", "ext. 7", "x7", "#7".
const EXTENSION = /\s*[,;]?\s*(?:доб|дод|доп|внутр|вн|ext|extension|x|#)\.?\s*(\d{1,6})\s*$/iu;
const ALLOWED = /^[\d\s()+\-./]*$/u;
// "+" then digits and the punctuation libphonenumber skips: it reads this as "+" and the digits alone
// (up to its input limit of 250 characters).
const PLAIN_INTERNATIONAL = /^\+[\d ()\-./]*$/u;
const MAX_INPUT = 250;

/** Normalizes a typed phone number to E.164, using `defaultRegion` (ISO alpha-2) for numbers without a country code. */
export function normalizePhone(raw: string, defaultRegion: string): PhoneResult {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, ...refusal('The phone number is empty.', 'phone.empty') };
  // An extension needs a letter or '#', which a plain number has none of.
  const extMatch = ALLOWED.test(trimmed) ? null : EXTENSION.exec(trimmed);
  const ext = extMatch?.[1];
  const main = extMatch ? trimmed.slice(0, extMatch.index) : trimmed;
  if (!ALLOWED.test(main)) {
    return {
      ok: false,
      ...refusal(`"${raw}" has characters that are not part of a phone number.`, 'phone.chars', {
        value: raw,
      }),
    };
  }
  const digits = main.replace(/\D/gu, '');
  if (digits.length < 6) {
    return {
      ok: false,
      ...refusal(
        `"${raw}" is too short for a phone number; include the area or operator code.`,
        'phone.short',
        {
          value: raw,
        },
      ),
    };
  }
  const region = defaultRegion.toUpperCase() as CountryCode;
  const plain =
    main.length <= MAX_INPUT && PLAIN_INTERNATIONAL.test(main) ? validPlainNumber(digits) : undefined;
  if (plain !== undefined)
    return ext === undefined ? { ok: true, e164: plain } : { ok: true, e164: plain, ext };
  const candidates = candidateInputs(main, digits, region);
  for (const [text, country] of candidates) {
    const parsed = parsePhoneNumberFromString(text, country);
    if (parsed?.isValid()) {
      return ext === undefined ? { ok: true, e164: parsed.number } : { ok: true, e164: parsed.number, ext };
    }
  }
  return {
    ok: false,
    ...refusal(
      `"${raw}" is not a valid phone number for ${region}; write it with the country code, e.g. +380 67 123 45 67.`,
      'phone.invalid',
      { value: raw, region },
    ),
  };
}

/** Ways to read the input, most likely first: as typed, then the old "8…" long-distance prefix. */
function candidateInputs(main: string, digits: string, region: CountryCode): [string, CountryCode][] {
  const out: [string, CountryCode][] = [[main, region]];
  if (main.trim().startsWith('+')) return out;
  // "8 0xx …" is the pre-2010 Ukrainian long-distance prefix in front of a national number.
  if (digits.length === 11 && digits.startsWith('80')) out.push([digits.slice(1), 'UA']);
  // "8 (9xx) …" is the Russian trunk prefix; read it as Russian whatever the default region.
  if (digits.length === 11 && digits.startsWith('8')) out.push([digits, 'RU']);
  // A full international number typed without the plus, e.g. "380671234567" or "79161234567".
  out.push([`+${digits}`, region]);
  return out;
}

/** Digits only, for indexing and for matching a phone typed in any format. */
export function phoneDigits(raw: string): string {
  return raw.replace(/\D/gu, '');
}

/** The calling code and national (significant) number of an E.164 string, as libphonenumber parses them. */
export interface PhoneParts {
  callingCode: string;
  nationalNumber: string;
}

/** Splits an E.164 number into calling code and national number; undefined when libphonenumber cannot parse it. */
export function phoneParts(e164: string): PhoneParts | undefined {
  if (E164.test(e164)) {
    const plain = plainParts(e164.slice(1));
    if (plain) return { callingCode: plain.callingCode, nationalNumber: plain.nationalNumber };
  }
  const parsed = parsePhoneNumberFromString(e164);
  return parsed && { callingCode: parsed.countryCallingCode, nationalNumber: parsed.nationalNumber };
}

const E164 = /^\+\d{3,20}$/u;
// libphonenumber's limits on a national (significant) number.
const MIN_NSN = 2;
const MAX_NSN = 17;

interface CallingCode {
  countries: CountryCode[];
  /** Each country's national_prefix_for_parsing, anchored as libphonenumber uses it; null when unreadable. */
  prefixes: RegExp[] | null;
}

// libphonenumber reads a plan's national_prefix_for_parsing through this method; its typings leave it out.
type PlanWithPrefix = NumberingPlan & { nationalPrefixForParsing?: () => string | undefined };

let callingCodes: Map<string, CallingCode> | undefined;

/** Calling code to its countries and national prefixes, built once from libphonenumber's metadata. */
function callingCodeTable(): Map<string, CallingCode> {
  if (callingCodes) return callingCodes;
  const table = new Map<string, CallingCode>();
  const metadata = new Metadata();
  for (const country of getCountries()) {
    const code = getCountryCallingCode(country);
    let entry = table.get(code);
    if (!entry) {
      entry = { countries: [], prefixes: [] };
      table.set(code, entry);
    }
    entry.countries.push(country);
    metadata.selectNumberingPlan(country);
    const plan = metadata.numberingPlan as PlanWithPrefix | undefined;
    if (typeof plan?.nationalPrefixForParsing !== 'function') entry.prefixes = null;
    else {
      const prefix = plan.nationalPrefixForParsing();
      if (prefix) entry.prefixes?.push(new RegExp(`^(?:${prefix})`));
    }
  }
  callingCodes = table;
  return table;
}

/**
 * Splits "+" + `digits` the way libphonenumber does, without its full parse, when that is plain: the
 * digits start with a country's calling code (calling codes are prefix-free, so the first one found is
 * the one) and no country with that code could read a national prefix off the rest. Anything else is
 * undefined, for the full parse to decide.
 */
function plainParts(digits: string): (PhoneParts & { country?: CountryCode }) | undefined {
  const table = callingCodeTable();
  for (let n = 1; n <= 3 && n < digits.length; n++) {
    const callingCode = digits.slice(0, n);
    const entry = table.get(callingCode);
    if (!entry) continue;
    const nationalNumber = digits.slice(n);
    if (nationalNumber.length < MIN_NSN || nationalNumber.length > MAX_NSN) return undefined;
    if (entry.prefixes === null) return undefined;
    for (const prefix of entry.prefixes) if (prefix.test(nationalNumber)) return undefined;
    const [country] = entry.countries;
    return entry.countries.length === 1 && country !== undefined
      ? { callingCode, nationalNumber, country }
      : { callingCode, nationalNumber };
  }
  return undefined;
}

// validPlainNumber answers by digits: an import checks each number twice, as typed and then as E.164.
const PLAIN_CACHE_SIZE = 256;
const plainValid = new Map<string, string | null>();

/**
 * The E.164 form of "+" + `digits` when it is valid and its calling code belongs to one country only
 * (then libphonenumber's parse assigns that country); undefined when invalid or not that plain.
 */
function validPlainNumber(digits: string): string | undefined {
  let e164 = plainValid.get(digits);
  if (e164 === undefined) {
    e164 = checkPlainNumber(digits);
    if (plainValid.size >= PLAIN_CACHE_SIZE) plainValid.clear();
    plainValid.set(digits, e164);
  }
  return e164 ?? undefined;
}

function checkPlainNumber(digits: string): string | null {
  const parts = plainParts(digits);
  if (parts?.country === undefined) return null;
  const phone = new PhoneNumber(`+${digits}`);
  if (phone.countryCallingCode !== parts.callingCode || phone.nationalNumber !== parts.nationalNumber) {
    return null;
  }
  phone.country = parts.country;
  return phone.isValid() ? phone.number : null;
}
