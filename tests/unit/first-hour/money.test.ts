// One money format everywhere: the sidebar's deal list and the base page (cards, funnel) print an amount alike,
// through Intl with the currency's code; an amount without a currency is in the base's currency.
import { describe, expect, test } from 'vitest';
import { formats } from '../../../components/app/format';
import { dealMoney } from '../../../components/card/format';
import { formatMoney } from '../../../core/i18n/money';

describe('one money format', () => {
  test.each([
    ['en', 'UAH', 'UAH 12,500.50'],
    ['uk', 'UAH', '12 500,50 ₴'],
    ['ru', 'RUB', '12 500,50 ₽'],
    ['en', 'EUR', '€12,500.50'],
  ] as const)('%s %s: the sidebar and the base page both write %s', (locale, currency, shown) => {
    const normal = (s: string) => s.replace(/\s/gu, ' ');
    expect(normal(formatMoney(12_500.5, currency, locale))).toBe(shown);
    expect(dealMoney(12_500.5, currency, locale, 'UAH')).toBe(formats(locale).money(12_500.5, currency));
  });

  test('an amount without a currency is in the base’s currency, as the card shows it', () => {
    expect(dealMoney(900, null, 'uk', 'UAH')).toBe(formats('uk').money(900, 'UAH'));
  });

  test('a code Intl does not know is kept as typed after the number', () => {
    expect(formatMoney(1250, 'грн', 'uk').replace(/\s/gu, ' ')).toBe('1 250 грн');
  });
});
