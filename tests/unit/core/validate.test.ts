import { describe, expect, test } from 'vitest';
import { companyId, personId } from '../../../core/ids';
import { mergePersonRecords } from '../../../core/merge';
import type { Person } from '../../../core/model';
import { tidySpaces, validateCompanyDraft, validatePersonDraft } from '../../../core/validate';

const settings = { defaultPhoneRegion: 'UA' };

describe('tidySpaces', () => {
  test.each([
    ['Олена Коваль', 'Олена Коваль'],
    ['  Олена   Коваль ', 'Олена Коваль'],
    ['Олена\u00a0Коваль', 'Олена Коваль'],
    ['ТОВ\t«Альфа»\n', 'ТОВ «Альфа»'],
    ['Acme\u3000Inc', 'Acme Inc'],
    [' ', ''],
    ['', ''],
    ['a\u0001b', 'a\u0001b'],
  ])('%j → %j', (text, tidy) => {
    expect(tidySpaces(text)).toBe(tidy);
  });
});

describe('validatePersonDraft', () => {
  test('normalizes emails, phones and names', () => {
    const r = validatePersonDraft(
      {
        givenName: ' Олена ',
        familyName: 'Коваль',
        patronymic: 'Петрівна',
        emails: ['Olena@Acme.UA', 'olena@acme.ua'],
        phones: ['067 123 45 67'],
        tags: ['vip', ' vip ', ''],
      },
      settings,
    );
    expect(r).toMatchObject({
      ok: true,
      value: {
        displayName: 'Олена Петрівна Коваль',
        emails: ['olena@acme.ua'],
        phones: ['+380671234567'],
        tags: ['vip'],
      },
    });
  });

  test.each([
    [{ emails: ['ivan@'] }, 'emails[0]', 'missing around the @'],
    [{ displayName: 'Іван', phones: ['067 12'] }, 'phones[0]', 'too short'],
    [
      { displayName: 'Іван', birthday: { month: 2, day: 30 } },
      'birthday',
      'Day 30 does not exist in month 2',
    ],
    [{ displayName: 'Іван', birthday: { month: 2, day: 29, year: 1990 } }, 'birthday', 'not a leap year'],
    [{ displayName: 'Іван', birthday: { month: 13, day: 1 } }, 'birthday', 'Month 13'],
    [{}, 'displayName', 'Give the person a name'],
  ])('%j → %s: %s', (draft, field, reason) => {
    const r = validatePersonDraft(draft, settings);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems).toContainEqual(
        expect.objectContaining({ field, reason: expect.stringContaining(reason) as string }),
      );
  });

  test('a birthday without a year is fine, 29 February included', () => {
    expect(validatePersonDraft({ displayName: 'Іван', birthday: { month: 2, day: 29 } }, settings).ok).toBe(
      true,
    );
  });
});

describe('validateCompanyDraft', () => {
  test('accepts real requisites and normalizes domains', () => {
    const r = validateCompanyDraft({
      name: 'ПриватБанк',
      legalForm: 'АТ',
      registrationIds: [{ kind: 'edrpou', value: '14 36 05 70' }],
      bankAccounts: [{ iban: 'ua21 3223 1300 0002 6007 2335 6600 1' }],
      domains: ['https://www.PrivatBank.ua/about', 'privatbank.ua'],
    });
    expect(r).toMatchObject({
      ok: true,
      value: {
        registrationIds: [{ kind: 'edrpou', value: '14360570' }],
        bankAccounts: [{ iban: 'UA213223130000026007233566001' }],
        domains: ['privatbank.ua'],
      },
    });
  });

  test('reports every bad field with its reason', () => {
    const r = validateCompanyDraft({
      name: ' ',
      registrationIds: [{ kind: 'inn', value: '7707083894' }],
      bankAccounts: [{ iban: 'DE89370400440532013001' }],
      domains: ['gmail.com', 'not a domain'],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => p.field)).toEqual([
        'name',
        'registrationIds[0]',
        'bankAccounts[0]',
        'domains[0]',
        'domains[1]',
      ]);
  });
});

describe('mergePersonRecords', () => {
  const base: Omit<Person, 'id'> = {
    displayName: '',
    emails: [],
    phones: [],
    tags: [],
    companies: [],
    custom: {},
    createdAt: 0,
    updatedAt: 0,
  };
  test('unites addresses, keeps the kept values, fills gaps', () => {
    const keep: Person = {
      ...base,
      id: personId('k'),
      displayName: 'Олена Коваль',
      emails: ['olena@acme.ua'],
      tags: ['vip'],
      custom: { a: '1' },
      createdAt: 50,
      lastContactAt: 10,
    };
    const drop: Person = {
      ...base,
      id: personId('d'),
      displayName: 'Olena K.',
      position: 'CFO',
      emails: ['o.koval@gmail.com', 'olena@acme.ua'],
      phones: ['+380671234567'],
      tags: ['опт'],
      custom: { a: '2', b: '3' },
      companies: [{ companyId: companyId('c1'), decisionMaker: true, archived: false }],
      createdAt: 20,
      lastContactAt: 30,
      notes: 'любить дзвінки',
    };
    const m = mergePersonRecords(keep, drop, 99);
    expect(m).toMatchObject({
      id: 'k',
      displayName: 'Олена Коваль',
      position: 'CFO',
      emails: ['olena@acme.ua', 'o.koval@gmail.com'],
      phones: ['+380671234567'],
      tags: ['vip', 'опт'],
      custom: { a: '1', b: '3' },
      createdAt: 20,
      updatedAt: 99,
      lastContactAt: 30,
      notes: 'любить дзвінки',
    });
    expect(m.companies).toHaveLength(1);
  });
});
