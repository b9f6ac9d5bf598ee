// Phone numbers to E.164, the way people actually type them in Ukraine, Russia and elsewhere.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

export type PhoneResult = { ok: true; e164: string; ext?: string } | { ok: false; reason: string };

// Extensions as written in uk/ru/en signatures: "доб. 123", "вн. 12", "внутр. 5", "ext. 7", "x7", "#7".
const EXTENSION = /\s*[,;]?\s*(?:доб|дод|доп|внутр|вн|ext|extension|x|#)\.?\s*(\d{1,6})\s*$/iu;
const ALLOWED = /^[\d\s()+\-./]*$/u;

/** Normalizes a typed phone number to E.164, using `defaultRegion` (ISO alpha-2) for numbers without a country code. */
export function normalizePhone(raw: string, defaultRegion: string): PhoneResult {
  const trimmed = raw.trim();
  if (trimmed === '') return { ok: false, reason: 'The phone number is empty.' };
  const extMatch = EXTENSION.exec(trimmed);
  const ext = extMatch?.[1];
  const main = extMatch ? trimmed.slice(0, extMatch.index) : trimmed;
  if (!ALLOWED.test(main)) {
    return { ok: false, reason: `"${raw}" has characters that are not part of a phone number.` };
  }
  const digits = main.replace(/\D/gu, '');
  if (digits.length < 6) {
    return {
      ok: false,
      reason: `"${raw}" is too short for a phone number; include the area or operator code.`,
    };
  }
  const region = defaultRegion.toUpperCase() as CountryCode;
  const candidates = candidateInputs(main, digits, region);
  for (const [text, country] of candidates) {
    const parsed = parsePhoneNumberFromString(text, country);
    if (parsed?.isValid()) {
      return ext === undefined ? { ok: true, e164: parsed.number } : { ok: true, e164: parsed.number, ext };
    }
  }
  return {
    ok: false,
    reason: `"${raw}" is not a valid phone number for ${region}; write it with the country code, e.g. +380 67 123 45 67.`,
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
