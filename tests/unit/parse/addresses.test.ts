import { describe, expect, it, test } from 'vitest';
import {
  isValidEmail,
  normalizeEmail,
  parseAddress,
  parseAddressList,
} from '../../../core/parse/addresses.ts';
import { b64, cp1251 } from './helpers.ts';

describe('parseAddressList', () => {
  test.each([
    ['"Коваль, Олена" <Olena.Koval@Firma.UA>', [['Коваль, Олена', 'olena.koval@firma.ua']]],
    [
      'Іван Петренко <ivan@x.ua>, bob@y.com',
      [
        ['Іван Петренко', 'ivan@x.ua'],
        ['', 'bob@y.com'],
      ],
    ],
    [
      'Петров Сергей <s.petrov@mail.ru>; Anna <anna@b.com>;',
      [
        ['Петров Сергей', 's.petrov@mail.ru'],
        ['Anna', 'anna@b.com'],
      ],
    ],
    ['Undisclosed recipients:;', []],
    ['undisclosed recipients: ;', []],
    [
      'team: a@b.com, "C D" <c@d.com>;, e@f.com',
      [
        ['', 'a@b.com'],
        ['C D', 'c@d.com'],
        ['', 'e@f.com'],
      ],
    ],
    ['ivan@x.ua (Иван Иванов)', [['Иван Иванов', 'ivan@x.ua']]],
    ['"Ivan" <ivan@x.ua> (work)', [['Ivan', 'ivan@x.ua']]],
    ['<only@angle.com>', [['', 'only@angle.com']]],
    ['  \r\n\t<only@angle.com>  ,\r\n ', [['', 'only@angle.com']]],
    ['"ivan@x.ua" <Ivan@X.ua>', [['', 'ivan@x.ua']]],
    ['"paypal@paypal.com" <evil@spam.ru>', [['paypal@paypal.com', 'evil@spam.ru']]],
    ['Ivan Petrov ivan@x.ua', [['Ivan Petrov', 'ivan@x.ua']]],
    [
      'tim@a.com concierge@a.com',
      [
        ['', 'tim@a.com'],
        ['', 'concierge@a.com'],
      ],
    ],
    ['=?UTF-8?B?0IbQstCw0L0=?= <ivan@x.ua>', [['Іван', 'ivan@x.ua']]],
    [
      `"=?windows-1251?B?${b64(cp1251('Олена Коваль'))}?=" <y@auracom.net>`,
      [['Олена Коваль', 'y@auracom.net']],
    ],
    ['"\'Olena K\'" <o@x.ua>', [['Olena K', 'o@x.ua']]],
    ['"John \\"JJ\\" Smith" <j@x.com>', [['John "JJ" Smith', 'j@x.com']]],
    ['<@relay.net:user@host.com>', [['', 'user@host.com']]],
    [', , ;', []],
    ['', []],
  ])('%j', (input, expected) => {
    expect(parseAddressList(input).map((a) => [a.name, a.address])).toEqual(expected);
    expect(parseAddressList(input).every((a) => a.valid)).toBe(true);
  });

  test.each([
    ['a@@b.com', 'more than one @'],
    ['ivan@', 'no domain'],
    ['@x.ua', 'nothing before the @'],
    ['Ivan Petrov', 'has no @'],
    ['"Klaus" <>', 'empty'],
    ['ivan@localhost', 'no dot'],
  ])('marks %j invalid without throwing', (input, problem) => {
    const [first] = parseAddressList(input);
    expect(first?.valid).toBe(false);
    expect(first?.problem).toContain(problem);
  });

  it('keeps a quoted local part', () => {
    expect(parseAddress('"john doe"@example.com')?.address).toBe('"john doe"@example.com');
  });

  it('survives an unterminated quote and angle bracket', () => {
    expect(parseAddressList('"Ivan <ivan@x.ua')).toHaveLength(1);
    expect(parseAddressList('Ivan <ivan@x.ua').map((a) => a.address)).toEqual(['ivan@x.ua']);
  });
});

describe('parseAddress', () => {
  it('returns null when there is no mailbox', () => {
    expect(parseAddress('Undisclosed recipients:;')).toBeNull();
  });
});

describe('isValidEmail / normalizeEmail', () => {
  test.each([
    ['ivan.petrenko+crm@gmail.com', true],
    ["o'brien@x.ie", true],
    ['user@пример.рф', true],
    ['user@[192.168.0.1]', true],
    ['ivan@', false],
    ['ivan', false],
    ['iv an@x.ua', false],
    ['a@b@c.com', false],
    ['a@-x.com', false],
  ])('%s -> %s', (input, valid) => {
    expect(isValidEmail(input)).toBe(valid);
  });

  test.each([
    ['  <Ivan@X.UA> ', 'ivan@x.ua'],
    ['mailto:Olena@Firma.ua', 'olena@firma.ua'],
  ])('%j -> %s', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected);
  });
});
