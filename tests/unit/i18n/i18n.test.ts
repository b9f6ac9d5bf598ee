import { describe, expect, it, test } from 'vitest';
import { catalogKeys, t } from '../../../core/i18n';
import { formatMessage, pickLocale } from '../../../core/i18n/plural';

describe('plural forms', () => {
  test.each([
    ['uk', 1, 'Записано 1 повідомлення'],
    ['uk', 2, 'Записано 2 повідомлення'],
    ['uk', 5, 'Записано 5 повідомлень'],
    ['uk', 11, 'Записано 11 повідомлень'],
    ['uk', 21, 'Записано 21 повідомлення'],
    ['uk', 22, 'Записано 22 повідомлення'],
    ['ru', 1, 'Записано 1 сообщение'],
    ['ru', 3, 'Записано 3 сообщения'],
    ['ru', 25, 'Записано 25 сообщений'],
    ['ru', 101, 'Записано 101 сообщение'],
    ['en', 1, '1 message logged'],
    ['en', 0, '0 messages logged'],
    ['en', 2, '2 messages logged'],
  ] as const)('%s %i', (locale, count, expected) => {
    expect(t(locale, 'messagesLogged', { count })).toBe(expected);
  });

  it('formats numbers per locale', () => {
    expect(t('uk', 'clientsInBase', { count: 100000 })).toBe('У базі 100\u00a0000 клієнтів');
    expect(t('en', 'clientsInBase', { count: 100000 })).toBe('100,000 clients in the base');
  });

  it('uses the fractional form for non-integers', () => {
    expect(formatMessage('uk', { one: 'a', few: 'b', many: 'c', other: 'd' }, { count: 1.5 })).toBe('d');
  });
});

describe('catalogs', () => {
  it('translate every English key into Ukrainian and Russian', () => {
    const en = catalogKeys('en').sort();
    expect(catalogKeys('uk').sort()).toEqual(en);
    expect(catalogKeys('ru').sort()).toEqual(en);
  });

  test.each([
    ['uk-UA', 'uk'],
    ['ru', 'ru'],
    ['en-GB', 'en'],
    ['de-DE', 'en'],
    [undefined, 'en'],
  ] as const)('picks %s -> %s', (tag, locale) => {
    expect(pickLocale(tag)).toBe(locale);
  });
});
