// One money format for every page (issue 15, "one money format"): the locale's own, through Intl with the
// currency's code — "12 500,50 ₴" in uk, "UAH 12,500.50" in en. An amount without its own currency is in the base's
// currency (settings: stage rules' amountCurrency), as the card shows it.

const cache = new Map<string, Intl.NumberFormat>();

/** An amount in the locale's format with its currency; a code Intl does not know is shown after the number. */
export function formatMoney(amount: number, currency: string, locale: string): string {
  const code = currency.trim().toUpperCase();
  const key = `${locale}|${code}`;
  let fmt = cache.get(key);
  if (!fmt) {
    try {
      fmt = new Intl.NumberFormat(locale, { style: 'currency', currency: code, maximumFractionDigits: 2 });
    } catch {
      // Not an ISO 4217 code (a typo, "грн"): the number as the locale writes it, the code as typed.
      fmt = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    }
    cache.set(key, fmt);
  }
  const text = fmt.format(amount);
  if (fmt.resolvedOptions().style === 'currency') return text;
  return code === '' ? text : `${text} ${currency.trim()}`;
}
