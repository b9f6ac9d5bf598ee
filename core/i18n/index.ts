// One i18n layer for every page: t(locale, key, params) with real plural forms for uk/ru.
import { formatMessage, type Locale, type Params } from './plural';
import { en, type MessageKey } from './messages/en';
import { ru } from './messages/ru';
import { uk } from './messages/uk';

export { LOCALES, pickLocale, type Locale } from './plural';
export type { MessageKey } from './messages/en';

const catalogs = { en, uk, ru } as const;

/** Translates a key into the locale, falling back to English. */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  const message = catalogs[locale][key] ?? en[key];
  return formatMessage(locale, message, params);
}

/** A translator bound to one locale, for components. */
export type Translate = (key: MessageKey, params?: Params) => string;
export const translator =
  (locale: Locale): Translate =>
  (key, params) =>
    t(locale, key, params);
