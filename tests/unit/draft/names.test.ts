import { describe, expect, test } from 'vitest';
import { parsePersonName } from '../../../core/draft/index.ts';

type Parts = { fullName: string; givenName?: string; familyName?: string; patronymic?: string };

describe('parsePersonName', () => {
  test.each<[string, Parts]>([
    [
      'Петренко Іван Іванович',
      {
        fullName: 'Петренко Іван Іванович',
        givenName: 'Іван',
        familyName: 'Петренко',
        patronymic: 'Іванович',
      },
    ],
    [
      'Іван Іванович Петренко',
      {
        fullName: 'Іван Іванович Петренко',
        givenName: 'Іван',
        familyName: 'Петренко',
        patronymic: 'Іванович',
      },
    ],
    ['Іван Петренко', { fullName: 'Іван Петренко', givenName: 'Іван', familyName: 'Петренко' }],
    ['Петренко Іван', { fullName: 'Петренко Іван', givenName: 'Іван', familyName: 'Петренко' }],
    ['Ковальчук Ярина', { fullName: 'Ковальчук Ярина', givenName: 'Ярина', familyName: 'Ковальчук' }],
    ['Ivan Petrenko', { fullName: 'Ivan Petrenko', givenName: 'Ivan', familyName: 'Petrenko' }],
    ['PETRENKO Ivan', { fullName: 'Petrenko Ivan', givenName: 'Ivan', familyName: 'Petrenko' }],
    ['Ivan PETRENKO', { fullName: 'Ivan Petrenko', givenName: 'Ivan', familyName: 'Petrenko' }],
    ['О. Коваль', { fullName: 'О. Коваль', givenName: 'О.', familyName: 'Коваль' }],
    ['О.В. Коваль', { fullName: 'О.В. Коваль', givenName: 'О.', familyName: 'Коваль', patronymic: 'В.' }],
    ['Коваль О.В.', { fullName: 'Коваль О.В.', givenName: 'О.', familyName: 'Коваль', patronymic: 'В.' }],
    ['Коваль О. В.', { fullName: 'Коваль О.В.', givenName: 'О.', familyName: 'Коваль', patronymic: 'В.' }],
    ["Мар'яна Литвин", { fullName: "Мар'яна Литвин", givenName: "Мар'яна", familyName: 'Литвин' }],
    ['Марʼяна Литвин', { fullName: 'Марʼяна Литвин', givenName: 'Марʼяна', familyName: 'Литвин' }],
    ['Олена Іванівна', { fullName: 'Олена Іванівна', givenName: 'Олена', patronymic: 'Іванівна' }],
    [
      'Кузьмин Лев Ильич',
      { fullName: 'Кузьмин Лев Ильич', givenName: 'Лев', familyName: 'Кузьмин', patronymic: 'Ильич' },
    ],
    ['Іван Бабич', { fullName: 'Іван Бабич', givenName: 'Іван', familyName: 'Бабич' }],
    [
      'Петренко-Коваль Олена',
      { fullName: 'Петренко-Коваль Олена', givenName: 'Олена', familyName: 'Петренко-Коваль' },
    ],
    ['Анна-Марія Гнатюк', { fullName: 'Анна-Марія Гнатюк', givenName: 'Анна-Марія', familyName: 'Гнатюк' }],
    ['Petrenko, Ivan', { fullName: 'Petrenko Ivan', givenName: 'Ivan', familyName: 'Petrenko' }],
    [
      'Ludwig van Beethoven',
      { fullName: 'Ludwig van Beethoven', givenName: 'Ludwig', familyName: 'van Beethoven' },
    ],
    ["Sean O'Brien", { fullName: "Sean O'Brien", givenName: 'Sean', familyName: "O'Brien" }],
    ['John F. Kennedy', { fullName: 'John F. Kennedy', givenName: 'John', familyName: 'Kennedy' }],
    [
      'Oleksandr Ivanovych Shevchenko',
      {
        fullName: 'Oleksandr Ivanovych Shevchenko',
        givenName: 'Oleksandr',
        familyName: 'Shevchenko',
        patronymic: 'Ivanovych',
      },
    ],
    ['ОЛЕНА КОВАЛЬ', { fullName: 'Олена Коваль', givenName: 'Олена', familyName: 'Коваль' }],
  ])('%s', (text, want) => {
    const { score: _score, ...parts } = parsePersonName(text) ?? { score: 0, fullName: '(none)' };
    expect(parts).toEqual(want);
  });

  test.each([
    'Менеджер з продажу',
    'Head of Sales',
    'Україна',
    'Іван Petrenko',
    'call me tomorrow',
    'Один Два Три Чотири П’ять',
    'О.В.',
    '067 123 45 67',
    '',
  ])('%s is not a name', (text) => {
    expect(parsePersonName(text)).toBeNull();
  });
});
