// Real-looking selections for the capture tests.

/** A Ukrainian signature as selected in a mail: a closing, a name, a title, a company, phones, mail, site, ЄДРПОУ. */
export const IRYNA_SIGNATURE = `З повагою,
Ірина Савченко
Головна бухгалтерка
ТОВ «Світанок Трейд»
моб. +38 (050) 311-22-33
тел. 044 123 45 6
iryna.savchenko@svitanok-trade.com.ua
www.svitanok-trade.com.ua
ЄДРПОУ 32855961`;

/** Olena Koval's signature: her address is in the demo base, her second phone is not. */
export const OLENA_SIGNATURE = `Олена Коваль
Менеджерка з закупівель
ТОВ «Зоря Агро»
+380 67 555 12 34
olena.koval@zoria-agro.com.ua`;
