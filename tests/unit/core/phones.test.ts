import {
  getCountries,
  getCountryCallingCode,
  getExampleNumber,
  parsePhoneNumberFromString,
} from 'libphonenumber-js';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, test } from 'vitest';
import { normalizePhone, phoneParts } from '../../../core/phones';

describe('normalizePhone', () => {
  test.each([
    ['+380 67 123 45 67', 'UA', '+380671234567', undefined],
    ['+380671234567', 'UA', '+380671234567', undefined],
    ['067 123 45 67', 'UA', '+380671234567', undefined],
    ['(067) 123-45-67', 'UA', '+380671234567', undefined],
    ['067-123-45-67', 'UA', '+380671234567', undefined],
    ['380671234567', 'UA', '+380671234567', undefined],
    ['00380 67 123 45 67', 'UA', '+380671234567', undefined],
    ['8 067 123 45 67', 'UA', '+380671234567', undefined],
    ['044 235 12 34', 'UA', '+380442351234', undefined],
    ['8 (916) 123-45-67', 'RU', '+79161234567', undefined],
    ['8 (916) 123-45-67', 'UA', '+79161234567', undefined],
    ['+7 (495) 123-45-67', 'UA', '+74951234567', undefined],
    ['+1 (415) 555-2671', 'UA', '+14155552671', undefined],
    ['(415) 555-2671', 'US', '+14155552671', undefined],
    ['+44 20 7946 0958', 'UA', '+442079460958', undefined],
    ['+380 44 235 12 34 доб. 123', 'UA', '+380442351234', '123'],
    ['044 235-12-34, вн. 12', 'UA', '+380442351234', '12'],
    ['+7 495 123 45 67 доб.5', 'RU', '+74951234567', '5'],
    ['+1 415 555 2671 ext. 7', 'US', '+14155552671', '7'],
    ['+49 30 123456 x 89', 'DE', '+4930123456', '89'],
  ])('%s (default %s) → %s ext %s', (raw, region, e164, ext) => {
    const r = normalizePhone(raw, region);
    expect(r).toEqual(ext === undefined ? { ok: true, e164 } : { ok: true, e164, ext });
  });

  test.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['12345', 'too short'],
    ['067 ABC 45 67', 'characters'],
    ['+380 12 345', 'not a valid phone number'],
    ['+380 00 000 00 00', 'not a valid phone number'],
    ['call me', 'characters'],
  ])('%j is rejected (%s)', (raw, why) => {
    const r = normalizePhone(raw, 'UA');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });
});

describe('phoneParts', () => {
  test.each([
    ['+14155552671', '1', '4155552671'],
    ['+79161234567', '7', '9161234567'],
    ['+442079460958', '44', '2079460958'],
    ['+48512345678', '48', '512345678'],
    ['+380671234567', '380', '671234567'],
    // Read by the full parse: a national number starting like a national prefix, a non-geographic code.
    ['+390612345678', '39', '0612345678'],
    ['+80012345678', '800', '12345678'],
  ])('%s → +%s %s', (e164, callingCode, nationalNumber) => {
    expect(phoneParts(e164)).toEqual({ callingCode, nationalNumber });
  });

  test.each(['+0123456', '+12', '+999123456', 'abc', ''])('%j has none', (e164) => {
    expect(phoneParts(e164)).toBeUndefined();
  });
});

// The quick paths in phones.ts must read numbers exactly as libphonenumber's parse does, for every
// country, with and without something that looks like a national prefix after the calling code.
describe('quick paths agree with libphonenumber', () => {
  const inputs: string[] = [];
  for (const country of getCountries()) {
    const example = getExampleNumber(country, examples);
    if (!example) continue;
    const cc = getCountryCallingCode(country);
    const nsn = example.nationalNumber;
    for (const digits of [
      `${cc}${nsn}`,
      `${cc}0${nsn}`,
      `${cc}8${nsn}`,
      `${cc}1${nsn}`,
      `${cc}${nsn.slice(1)}`,
    ]) {
      inputs.push(`+${digits}`);
    }
    inputs.push(example.formatInternational());
  }
  let seed = 7;
  for (let n = 0; n < 2000; n++) {
    let digits = '';
    const length = 2 + (n % 19);
    for (let d = 0; d < length; d++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      digits += String(seed % 10);
    }
    inputs.push(`+${digits}`);
  }

  test('phoneParts', () => {
    for (const e164 of inputs) {
      const parsed = parsePhoneNumberFromString(e164);
      const expected = parsed && {
        callingCode: parsed.countryCallingCode,
        nationalNumber: parsed.nationalNumber,
      };
      expect([e164, phoneParts(e164)]).toEqual([e164, expected]);
    }
  });

  test('normalizePhone on international numbers', () => {
    for (const text of inputs) {
      if (text.replace(/\D/gu, '').length < 6) continue;
      const parsed = parsePhoneNumberFromString(text, 'UA');
      const r = normalizePhone(text, 'UA');
      expect([text, r.ok && r.e164]).toEqual([text, parsed?.isValid() ? parsed.number : false]);
    }
  });
});
