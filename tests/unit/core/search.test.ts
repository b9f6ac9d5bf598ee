import { describe, expect, test } from 'vitest';
import {
  emailTokens,
  foldWord,
  matchesAll,
  personSearchTokens,
  phoneTokens,
  queryTokens,
  textTokens,
} from '../../../core/search';

describe('foldWord: Cyrillic and Latin spellings meet', () => {
  test.each([
    ['Олена', 'olena'],
    ['Шевченко', 'Shevchenko'],
    ['Юлія', 'Yulia'],
    ['Юлия', 'Julia'],
    ['Наталья', 'Natalia'],
    ['Ольга', 'Olha'],
    ['Хмельницький', 'Khmelnytskyi'],
    ['Щербаков', 'Shcherbakov'],
    ['Алексей', 'Alexey'],
    ['Артём', 'Artem'],
    ['Фёдор', 'Федор'],
    ["В'ячеслав", 'Vyacheslav'],
    ['В’ячеслав', 'Вячеслав'],
    ['Ганна', 'Hanna'],
    ['Григорій', 'Hryhorii'],
    ['Євген', 'Yevhen'],
    ['Юрій', 'Yuriy'],
    ['Коваль', 'KOVAL'],
    ['Їжак', 'Yizhak'],
  ])('%s ~ %s', (a, b) => {
    expect(foldWord(a)).toBe(foldWord(b));
  });
});

describe('foldWord: exact skeletons', () => {
  test.each([
    ['Щербаков', 'scherbakov'],
    ['Shcherbakov', 'scherbakov'],
    ['Хмельницький', 'khmelnitski'],
    ['Ганна', 'gana'],
    ['Hanna', 'gana'],
    ['Алексей', 'aleksei'],
    ['Alexey', 'aleksei'],
    ["В'ячеслав", 'viacheslav'],
    ['ПОДʼЯЧИЙ', 'podiachi'],
    ['Ёжик', 'ezhik'],
    ['ҐАНОК', 'ganok'],
    ['Їжак', 'izhak'],
    ['Євген', 'ievgen'],
    ['WASYL', 'vasil'],
    ['Kshch', 'ksch'],
    ['xhch', 'ksch'],
    ['shchsh', 'schsh'],
    ['SCHULZ', 'schulz'],
    ['Chkhartishvili', 'chkhartishvili'],
    ['ОоОоО', 'o'],
    ['Ъ', ''],
    ['007', '07'],
    ['koval123', 'koval123'],
    // Other scripts go through Unicode case mapping and normalisation.
    ['Müller', 'muler'],
    ['Łódź', 'łodz'],
    ['Straße', 'straße'],
    ['İlkay', 'ilkai'],
    ['Wołodymyr', 'vołodimir'],
    ['Ελλάδα', 'ελαδα'],
    ['中国', '中国'],
    ['Ａｃｍｅ', 'ａｃｍｅ'],
    ['a\n\nb', 'a\n\nb'],
    // At most 40 characters, counted after doubles are collapsed.
    ['a'.repeat(51), 'a'],
    ['abcdefghijklmnopqrstuvwxyz'.repeat(2), 'abcdefgiklmnopqrstuvksizabcdefgiklmnopqr'],
    ['Щ'.repeat(30), 'sch'.repeat(13) + 's'],
  ])('%j → %j', (word, folded) => {
    expect(foldWord(word)).toBe(folded);
    expect(foldWord(word)).toBe(folded); // the second answer comes from the cache
  });
});

describe('textTokens', () => {
  test.each([
    ["ТОВ «Акме» d'Artagnan", ['tov', 'akme', 'dartagnan']],
    ['Олена\u00a0Коваль-Шевченко', ['olena', 'koval', 'shevchenko']],
    ['O’Connor & Sons, Ltd.', ['oconor', 'sons', 'ltd']],
    ['Emoji 😀 Olena', ['emoi', 'olena']],
    ['e\u0301cole', ['e', 'cole']],
    ['Ірина/Iryna', ['irina', 'irina']],
    ['  ', []],
  ])('%j → %j', (text, tokens) => {
    expect(textTokens(text)).toEqual(tokens);
  });
});

describe('phoneTokens: international digits, national number, with trunk prefix', () => {
  test.each([
    // One-digit calling codes: NANPA, and Russia/Kazakhstan with the 8 trunk prefix.
    ['+14155552671', ['14155552671', '4155552671', '04155552671']],
    ['+79161234567', ['79161234567', '9161234567', '89161234567']],
    ['+77012345678', ['77012345678', '7012345678', '87012345678']],
    // Two digits.
    ['+442079460958', ['442079460958', '2079460958', '02079460958']],
    ['+48512345678', ['48512345678', '512345678', '0512345678']],
    ['+4930123456', ['4930123456', '30123456', '030123456']],
    // Three digits.
    ['+380671234567', ['380671234567', '671234567', '0671234567']],
    // A national number that starts like a national prefix (Italy keeps its 0), a non-geographic code.
    ['+390612345678', ['390612345678', '0612345678', '00612345678']],
    ['+80012345678', ['80012345678', '12345678', '012345678']],
    // Not an E.164 number that parses: digits only.
    ['+0123456', ['0123456']],
    ['+12', ['12']],
    ['+380 67 123 45 67', ['380671234567', '671234567', '0671234567']],
  ])('%s → %j', (e164, tokens) => {
    expect(phoneTokens(e164)).toEqual(tokens);
  });
});

test('emailTokens: the address, its domain, the words of the local part and the first label', () => {
  expect(emailTokens('  Olena.Koval+crm@Acme.COM.UA ')).toEqual([
    'olena.koval+crm@acme.com.ua',
    'acme.com.ua',
    'olena',
    'koval',
    'crm',
    'acme',
  ]);
});

describe('queryTokens', () => {
  test.each([
    ['067 123 45 67', ['0671234567']],
    ['+380 (67) 123-45-67', ['380671234567']],
    ['Олена  Kov', ['olena', 'kov']],
    ['Olena.Koval@Acme.ua', ['olena.koval@acme.ua']],
    ['acme.com.ua', ['acme.com.ua']],
    ['   ', []],
  ])('%j → %j', (q, tokens) => {
    expect(queryTokens(q)).toEqual(tokens);
  });
});

describe('person tokens answer the queries people type', () => {
  const tokens = personSearchTokens(
    {
      displayName: 'Олена Коваль',
      givenName: 'Олена',
      familyName: 'Коваль',
      patronymic: 'Петрівна',
      emails: ['olena.koval@acme.com.ua'],
      phones: ['+380671234567'],
      tags: ['VIP', 'опт'],
      city: 'Львів',
    },
    ['ТОВ «Акме»'],
  );

  test.each([
    ['olena', true],
    ['Оле', true],
    ['olena koval', true],
    ['koval olena', true],
    ['Коваль Львів', true],
    ['Lviv', true],
    ['Petrivna', true],
    ['067 123 45 67', true],
    ['+380671234567', true],
    ['67 123', true],
    ['olena.koval@', true],
    ['acme', true],
    ['акме', true],
    ['vip', true],
    ['olena shevchenko', false],
    ['Київ', false],
    ['068 123', false],
  ])('%j matches? %s', (q, hit) => {
    expect(matchesAll(queryTokens(q), tokens)).toBe(hit);
  });
});

test('person tokens: names, city, tags and companies, then emails, phones and name pairs, without repeats', () => {
  const tokens = personSearchTokens(
    {
      displayName: 'Олена Коваль',
      givenName: 'Олена',
      familyName: 'Коваль',
      emails: ['olena.koval@acme.ua', 'OLENA.KOVAL@acme.ua'],
      phones: ['+380671234567', '+79161234567'],
      tags: ['VIP', 'опт', 'vip'],
      city: 'Львів',
    },
    ['ТОВ «Акме»', 'Acme'],
  );
  expect(tokens).toEqual([
    'olena',
    'koval',
    'lviv',
    'vip',
    'opt',
    'tov',
    'akme',
    'acme',
    'olena.koval@acme.ua',
    'acme.ua',
    '380671234567',
    '671234567',
    '0671234567',
    '79161234567',
    '9161234567',
    '89161234567',
  ]);
});
