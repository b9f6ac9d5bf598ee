import { describe, expect, test } from 'vitest';
import { companyId, personId } from '../../../core/ids';
import {
  buildMatchBase,
  domainLookupKeys,
  matchAddress,
  matchCompany,
  matchPhone,
  type KnownPerson,
} from '../../../core/matching';

const olena: KnownPerson = {
  id: personId('p-olena'),
  displayName: 'Олена Коваль',
  emails: ['olena.koval@acme.com.ua', 'o.koval@gmail.com'],
  phones: ['+380671234567'],
  isClient: true,
  companyIds: [],
};
const taras: KnownPerson = {
  id: personId('p-taras'),
  displayName: 'Тарас Шевченко',
  emails: ['taras@ukr.net'],
  phones: [],
  isClient: false,
  companyIds: [],
};
const base = buildMatchBase(
  [olena, taras],
  [
    { id: companyId('c-acme'), name: 'ТОВ «Акме»', domains: ['acme.com.ua'] },
    { id: companyId('c-gmail'), name: 'Wrong', domains: ['gmail.com'] },
  ],
);

describe('matchAddress', () => {
  test.each([
    ['olena.koval@acme.com.ua', false, 'p-olena'],
    ['Olena.Koval@ACME.com.ua', false, 'p-olena'],
    ['  TARAS@ukr.net ', false, 'p-taras'],
    ['okoval@gmail.com', false, undefined],
    ['okoval@gmail.com', true, 'p-olena'],
    ['O.Koval+orders@gmail.com', true, 'p-olena'],
    ['o.koval+orders@gmail.com', false, undefined],
    ['olenakoval@acme.com.ua', true, undefined],
    ['t.aras@ukr.net', true, undefined],
  ])('%s (folding %s) → %s', (address, fold, id) => {
    expect(matchAddress(address, base, fold)?.id).toBe(id);
  });

  test('phones match by E.164', () => {
    expect(matchPhone('+380671234567', base)?.id).toBe('p-olena');
    expect(matchPhone('+380671234568', base)).toBeUndefined();
  });
});

describe('matchCompany', () => {
  const settings = { internalDomains: ['kartka.ua'] };
  test.each([
    ['petro@acme.com.ua', 'c-acme'],
    ['petro@Sales.ACME.com.ua', 'c-acme'],
    ['petro@gmail.com', undefined], // free-mail never matches, even if a company lists it
    ['petro@kartka.ua', undefined],
    ['petro@other.ua', undefined],
  ])('%s → %s', (address, id) => {
    expect(matchCompany(address, base, settings)?.id).toBe(id);
  });

  test('lookup keys skip free-mail and include parent domains', () => {
    expect(domainLookupKeys(['a@sales.acme.com.ua', 'b@ukr.net', 'c@kartka.ua'], settings)).toEqual([
      'sales.acme.com.ua',
      'acme.com.ua',
      'com.ua',
    ]);
  });
});
