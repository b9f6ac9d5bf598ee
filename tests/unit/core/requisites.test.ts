import { describe, expect, test } from 'vitest';
import type { RegistrationIdKind } from '../../../core/model';
import {
  edrpouCheckDigit,
  formatIban,
  ipnCheckDigit,
  validateIban,
  validateRegistrationId,
} from '../../../core/requisites';

describe('validateRegistrationId', () => {
  test.each<[RegistrationIdKind, string, string]>([
    ['edrpou', '14360570', '14360570'], // АТ КБ «ПриватБанк»
    ['edrpou', '21560045', '21560045'], // АТ «Укрпошта»
    ['edrpou', '00032129', '00032129'], // АТ «Ощадбанк»
    ['edrpou', '32855961', '32855961'], // 30–60 million range: the second weight table
    ['edrpou', '30000005', '30000005'], // second pass of the mod-11 rule
    ['edrpou', ' 1436 0570 ', '14360570'],
    ['ipn', '3184710691', '3184710691'],
    ['ipn', '2945612370', '2945612370'],
    ['inn', '7707083893', '7707083893'], // ПАО Сбербанк
    ['inn', '500100732259', '500100732259'],
    ['ogrn', '1027700132195', '1027700132195'],
    ['ogrnip', '304500116000157', '304500116000157'],
    ['kpp', '773601001', '773601001'],
    ['kpp', '7736AB001', '7736AB001'],
    ['vat', 'DE136695976', 'DE136695976'],
    ['vat', 'pl 526-025-09-95', 'PL5260250995'],
    ['vat', '123456789012', 'UA123456789012'],
    ['other', 'CHE-123.456.789', 'CHE-123.456.789'],
  ])('%s %s is valid as %s', (kind, value, normalized) => {
    expect(validateRegistrationId(kind, value)).toEqual({ ok: true, value: normalized });
  });

  test.each<[RegistrationIdKind, string, string]>([
    ['edrpou', '14360571', 'wrong check digit'],
    ['edrpou', '1436057', 'must have 8 digits'],
    ['edrpou', '1436057O', 'digits only'],
    ['ipn', '3184710692', 'wrong check digit'],
    ['inn', '7707083894', 'wrong check digit'],
    ['inn', '500100732258', 'wrong check digit'],
    ['inn', '77070838931', 'must have 10/12 digits'],
    ['ogrn', '1027700132196', 'wrong check digit'],
    ['ogrnip', '304500116000158', 'wrong check digit'],
    ['kpp', '77360100', '9 characters'],
    ['vat', 'DE12345678', 'format used in DE'],
    ['vat', '136695976', 'country code'],
    ['edrpou', '', 'empty'],
  ])('%s %s is rejected: %s', (kind, value, why) => {
    const r = validateRegistrationId(kind, value);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });

  test('check digit helpers agree with the validator', () => {
    expect(edrpouCheckDigit('1436057')).toBe(0);
    expect(ipnCheckDigit('318471069')).toBe(1);
  });
});

describe('validateIban', () => {
  test.each([
    ['UA213223130000026007233566001', 'UA213223130000026007233566001'],
    ['UA21 3223 1300 0002 6007 2335 6600 1', 'UA213223130000026007233566001'],
    ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ['gb29 nwbk 6016 1331 9268 19', 'GB29NWBK60161331926819'],
    ['PL61109010140000071219812874', 'PL61109010140000071219812874'],
  ])('%s is valid', (raw, value) => {
    expect(validateIban(raw)).toEqual({ ok: true, value });
  });

  test.each([
    ['UA213223130000026007233566002', 'wrong check digits'],
    ['UA21322313000002600723356600', 'must have 29 characters'],
    ['DE89370400440532013001', 'wrong check digits'],
    ['GB29NWBK6016133192681', 'must have 22 characters'],
    ['XX89370400440532013000', 'not a country'],
    ['89370400440532013000', 'must start with a country code'],
    ['', 'empty'],
  ])('%s is rejected: %s', (raw, why) => {
    const r = validateIban(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(why);
  });

  test('formats in groups of four', () => {
    expect(formatIban('UA213223130000026007233566001')).toBe('UA21 3223 1300 0002 6007 2335 6600 1');
  });
});
