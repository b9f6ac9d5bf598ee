// A refused value's reason reads the same in English as the validator's own text, and in the reader's language.
import { describe, expect, test } from 'vitest';
import { translator } from '../../../core/i18n';
import { refusalText } from '../../../core/i18n/refusal-text';
import { normalizeEmail } from '../../../core/email';
import { normalizePhone } from '../../../core/phones';
import type { Refusal } from '../../../core/reason';
import { validateIban, validateRegistrationId } from '../../../core/requisites';
import { validateCompanyDraft, validatePersonDraft } from '../../../core/validate';

const refusals: [string, Refusal | undefined][] = [];
const add = (name: string, r: { ok: boolean } & Partial<Refusal>) =>
  refusals.push([name, r.ok ? undefined : (r as Refusal)]);

add('empty email', normalizeEmail(''));
add('no @', normalizeEmail('ivan.kartka.ua'));
add('around @', normalizeEmail('ivan@'));
add('two dots', normalizeEmail('ivan@kartka..ua'));
add('bad email', normalizeEmail('iv an@kartka.ua'));
add('empty phone', normalizePhone('', 'UA'));
add('letters in phone', normalizePhone('067 abc', 'UA'));
add('short phone', normalizePhone('12', 'UA'));
add('invalid phone', normalizePhone('0001234567', 'UA'));
add('edrpou letters', validateRegistrationId('edrpou', '1234567A'));
add('edrpou length', validateRegistrationId('edrpou', '123'));
add('inn length', validateRegistrationId('inn', '77070838931'));
add('edrpou check', validateRegistrationId('edrpou', '32855960'));
add('ipn check', validateRegistrationId('ipn', '1234567890'));
add('inn check', validateRegistrationId('inn', '7707083894'));
add('ogrn check', validateRegistrationId('ogrn', '1027700132190'));
add('kpp', validateRegistrationId('kpp', '12'));
add('vat start', validateRegistrationId('vat', '123456789'));
add('iban start', validateIban('1234'));
add('iban country', validateIban('ZZ21 3223 1300 0002 6007 2335 6600 1'));
add('iban length', validateIban('UA21 3223 1300'));
add('iban check', validateIban('UA22 3223 1300 0002 6007 2335 6600 1'));
for (const p of [
  ...(() => {
    const v = validatePersonDraft(
      { emails: ['x@'], birthday: { day: 30, month: 2 } },
      { defaultPhoneRegion: 'UA' },
    );
    return v.ok ? [] : v.problems;
  })(),
  ...(() => {
    const v = validateCompanyDraft({ name: '', domains: ['gmail.com', 'not a domain'] });
    return v.ok ? [] : v.problems;
  })(),
])
  refusals.push([`field ${p.field}`, p]);

describe('refusals in three languages', () => {
  test('every case above was refused with a code', () => {
    expect(refusals.length).toBeGreaterThan(25);
    for (const [name, r] of refusals) expect(r?.because, name).toBeDefined();
  });

  test.each(refusals)('%s: English reads as the validator wrote it; uk and ru are translated', (_name, r) => {
    if (!r) throw new Error('not refused');
    expect(refusalText(r, translator('en'))).toBe(r.reason);
    for (const locale of ['uk', 'ru'] as const) {
      const text = refusalText(r, translator(locale));
      expect(text).not.toMatch(/[{}]/u);
      expect(text).not.toBe(r.reason);
      expect(text).toMatch(/[а-яіїєґё]/u);
    }
  });

  test('a reason without a code is shown as it is', () => {
    expect(refusalText({ reason: 'Something new.' }, translator('uk'))).toBe('Something new.');
  });
});
