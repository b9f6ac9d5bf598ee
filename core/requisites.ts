// Company and personal registration ids and bank accounts, checked the way the registries check them.
import type { RegistrationIdKind } from './model';
import { refusal, type Because, type Refusal } from './reason';

export type IdResult = { ok: true; value: string } | ({ ok: false } & Refusal);

const ok = (value: string): IdResult => ({ ok: true, value });
const fail = (reason: string, code: Because['code'], params?: Because['params']): IdResult => ({
  ok: false,
  ...refusal(reason, code, params),
});

/** Strips spaces, dashes and dots people type between digit groups. */
function compact(value: string): string {
  return value.replace(/[\s\-.\u00a0]/gu, '');
}

function digitsOf(value: string): number[] {
  return [...value].map(Number);
}

function weighted(digits: number[], weights: readonly number[]): number {
  return weights.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0);
}

function requireDigits(
  value: string,
  lengths: readonly number[],
  name: string,
  raw: string,
): IdResult | null {
  if (!/^\d+$/u.test(value))
    return fail(`${name} "${raw}" must contain digits only.`, 'id.digitsOnly', { name, value: raw });
  if (!lengths.includes(value.length)) {
    const expected = lengths.join('/');
    return fail(`${name} "${raw}" must have ${expected} digits; it has ${value.length}.`, 'id.length', {
      name,
      value: raw,
      expected,
      count: value.length,
    });
  }
  return null;
}

/** ЄДРПОУ (Ukraine, legal entities): 8 digits, check digit by the two-pass weighted mod-11 rule. */
export function edrpouCheckDigit(first7: string): number {
  const d = digitsOf(first7);
  const code = Number(first7 + '0');
  const base = code < 30_000_000 || code >= 60_000_000 ? [1, 2, 3, 4, 5, 6, 7] : [7, 1, 2, 3, 4, 5, 6];
  let control = weighted(d, base) % 11;
  if (control >= 10)
    control =
      weighted(
        d,
        base.map((w) => w + 2),
      ) % 11;
  return control >= 10 ? 0 : control;
}

/** ІПН / РНОКПП (Ukraine, individuals): 10 digits, weights −1 5 7 9 4 6 10 5 7, mod 11 mod 10. */
export function ipnCheckDigit(first9: string): number {
  const sum = weighted(digitsOf(first9), [-1, 5, 7, 9, 4, 6, 10, 5, 7]);
  return (((sum % 11) + 11) % 11) % 10;
}

const INN10 = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN11 = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12 = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

/** ИНН (Russia): 10 digits for organisations, 12 for individuals, each with mod-11 check digits. */
export function innIsValid(value: string): boolean {
  const d = digitsOf(value);
  if (value.length === 10) return (weighted(d, INN10) % 11) % 10 === d[9];
  if (value.length === 12) {
    return (weighted(d, INN11) % 11) % 10 === d[10] && (weighted(d, INN12) % 11) % 10 === d[11];
  }
  return false;
}

/** Remainder of a long decimal string, without BigInt or precision loss. */
export function modString(digits: string, m: number): number {
  let r = 0;
  for (const ch of digits) r = (r * 10 + Number(ch)) % m;
  return r;
}

/** ОГРН (13 digits, mod 11) and ОГРНИП (15 digits, mod 13): the last digit is the remainder's last digit. */
function ogrnIsValid(value: string): boolean {
  const body = value.slice(0, -1);
  const m = value.length === 13 ? 11 : 13;
  return modString(body, m) % 10 === Number(value.slice(-1));
}

/** Validates a registration id of the given kind; returns the compact form or a reason. */
export function validateRegistrationId(kind: RegistrationIdKind, value: string): IdResult {
  const raw = value.trim();
  const v = compact(raw).toUpperCase();
  if (v === '') return fail('The registration id is empty.', 'id.empty');
  switch (kind) {
    case 'edrpou': {
      const bad = requireDigits(v, [8], 'ЄДРПОУ', raw);
      if (bad) return bad;
      return edrpouCheckDigit(v.slice(0, 7)) === Number(v[7])
        ? ok(v)
        : fail(
            `ЄДРПОУ "${raw}" has a wrong check digit; check it against the extract from the register.`,
            'id.checkEdrpou',
            {
              value: raw,
            },
          );
    }
    case 'ipn': {
      const bad = requireDigits(v, [10], 'ІПН/РНОКПП', raw);
      if (bad) return bad;
      return ipnCheckDigit(v.slice(0, 9)) === Number(v[9])
        ? ok(v)
        : fail(
            `ІПН/РНОКПП "${raw}" has a wrong check digit; check it against the taxpayer card.`,
            'id.checkIpn',
            {
              value: raw,
            },
          );
    }
    case 'inn': {
      const bad = requireDigits(v, [10, 12], 'ИНН', raw);
      if (bad) return bad;
      return innIsValid(v)
        ? ok(v)
        : fail(
            `ИНН "${raw}" has a wrong check digit; check it against the registration certificate.`,
            'id.checkInn',
            {
              value: raw,
            },
          );
    }
    case 'ogrn':
    case 'ogrnip': {
      const name = kind === 'ogrn' ? 'ОГРН' : 'ОГРНИП';
      const bad = requireDigits(v, [kind === 'ogrn' ? 13 : 15], name, raw);
      if (bad) return bad;
      return ogrnIsValid(v)
        ? ok(v)
        : fail(
            `${name} "${raw}" has a wrong check digit; check it against the ЕГРЮЛ/ЕГРИП extract.`,
            'id.checkOgrn',
            {
              name,
              value: raw,
            },
          );
    }
    case 'kpp':
      return /^\d{4}[\dA-Z]{2}\d{3}$/u.test(v)
        ? ok(v)
        : fail(`КПП "${raw}" must be 9 characters: 4 digits, 2 digits or letters, 3 digits.`, 'id.kpp', {
            value: raw,
          });
    case 'vat':
      return validateVat(v, raw);
    case 'other':
      return raw.length <= 64
        ? ok(raw)
        : fail(
            'A registration id longer than 64 characters is not plausible; check what was pasted.',
            'id.tooLong',
          );
  }
}

/** IBAN lengths per country (SWIFT IBAN registry). */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

/** Validates an IBAN: known country, its exact length, and the ISO 13616 mod-97 check. */
export function validateIban(value: string): IdResult {
  const raw = value.trim();
  const v = compact(raw).toUpperCase();
  if (v === '') return fail('The IBAN is empty.', 'iban.empty');
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/u.test(v)) {
    return fail(
      `IBAN "${raw}" must start with a country code and two check digits, e.g. UA21 3223 1300 …`,
      'iban.start',
      {
        value: raw,
      },
    );
  }
  const country = v.slice(0, 2);
  const length = IBAN_LENGTHS[country];
  if (length === undefined)
    return fail(
      `IBAN "${raw}" starts with ${country}, which is not a country that uses IBANs.`,
      'iban.country',
      {
        value: raw,
        country,
      },
    );
  if (v.length !== length) {
    return fail(
      `IBAN "${raw}" must have ${length} characters for ${country}; it has ${v.length}.`,
      'iban.length',
      {
        value: raw,
        expected: length,
        country,
        count: v.length,
      },
    );
  }
  const rearranged = v.slice(4) + v.slice(0, 4);
  const numeric = [...rearranged].map((ch) => (/\d/u.test(ch) ? ch : String(ch.charCodeAt(0) - 55))).join('');
  return modString(numeric, 97) === 1
    ? ok(v)
    : fail(`IBAN "${raw}" has wrong check digits; a character was probably mistyped.`, 'iban.check', {
        value: raw,
      });
}

/** Groups an IBAN in fours for display: UA21 3223 1300 0002 6007 2335 6600 1. */
export function formatIban(iban: string): string {
  return compact(iban)
    .toUpperCase()
    .replace(/(.{4})(?=.)/gu, '$1 ');
}

// VAT numbers: EU formats by country prefix (VIES), plus Ukraine's 12-digit ІПН платника ПДВ.
const VAT_FORMATS: Record<string, RegExp> = {
  AT: /^U\d{8}$/u,
  BE: /^[01]\d{9}$/u,
  BG: /^\d{9,10}$/u,
  CY: /^\d{8}[A-Z]$/u,
  CZ: /^\d{8,10}$/u,
  DE: /^\d{9}$/u,
  DK: /^\d{8}$/u,
  EE: /^\d{9}$/u,
  EL: /^\d{9}$/u,
  ES: /^[A-Z0-9]\d{7}[A-Z0-9]$/u,
  FI: /^\d{8}$/u,
  FR: /^[A-HJ-NP-Z0-9]{2}\d{9}$/u,
  HR: /^\d{11}$/u,
  HU: /^\d{8}$/u,
  IE: /^\d[A-Z0-9+*]\d{5}[A-Z]{1,2}$/u,
  IT: /^\d{11}$/u,
  LT: /^(\d{9}|\d{12})$/u,
  LU: /^\d{8}$/u,
  LV: /^\d{11}$/u,
  MT: /^\d{8}$/u,
  NL: /^\d{9}B\d{2}$/u,
  PL: /^\d{10}$/u,
  PT: /^\d{9}$/u,
  RO: /^\d{2,10}$/u,
  SE: /^\d{12}$/u,
  SI: /^\d{8}$/u,
  SK: /^\d{10}$/u,
  XI: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/u,
  GB: /^(\d{9}|\d{12}|GD\d{3}|HA\d{3})$/u,
  UA: /^\d{12}$/u,
};

/** Validates the format of a compact, upper-cased VAT number; `raw` is quoted in the reason. */
export function validateVat(v: string, raw: string): IdResult {
  if (/^\d{12}$/u.test(v)) return { ok: true, value: `UA${v}` };
  const prefix = v.slice(0, 2);
  const body = v.slice(2);
  if (!/^[A-Z]{2}$/u.test(prefix)) {
    return fail(`VAT number "${raw}" must start with the country code, e.g. DE123456789.`, 'vat.start', {
      value: raw,
    });
  }
  const format = VAT_FORMATS[prefix];
  if (format === undefined) {
    return /^[A-Z0-9]{4,14}$/u.test(body)
      ? { ok: true, value: v }
      : fail(`VAT number "${raw}" must be 4-14 letters or digits after the country code.`, 'vat.length', {
          value: raw,
        });
  }
  return format.test(body)
    ? { ok: true, value: v }
    : fail(`VAT number "${raw}" does not have the format used in ${prefix}.`, 'vat.format', {
        value: raw,
        country: prefix,
      });
}
