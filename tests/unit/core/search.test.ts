import { describe, expect, test } from 'vitest';
import {
  foldWord,
  matchesAll,
  nameTokenPairs,
  personSearchTokens,
  queryPairPrefix,
  queryTokens,
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

describe('name pair tokens', () => {
  test('both orders of every two name words, so two-word queries seek one rare token', () => {
    expect(nameTokenPairs(['olena', 'koval', 'petrivna'])).toEqual([
      'olena_koval',
      'olena_petrivna',
      'koval_olena',
      'koval_petrivna',
      'petrivna_olena',
      'petrivna_koval',
    ]);
  });

  test.each([
    ['Олена Шевч', 'olena_shevch'],
    ['shevchenko olena', 'shevchenko_olena'],
    ['olena', undefined],
    ['olena 067', undefined],
    ['olena@acme.ua koval', undefined],
  ])('%j seeks %s', (q, prefix) => {
    expect(queryPairPrefix(queryTokens(q))).toBe(prefix);
  });
});
