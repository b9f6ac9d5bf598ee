// Plural-aware message formatting over Intl.PluralRules (WXT's i18n lacks few/many).
import { isolateBidi } from '../bidi';

export type Locale = 'en' | 'uk' | 'ru';
export const LOCALES: readonly Locale[] = ['en', 'uk', 'ru'];

/** A message is plain text or one text per plural category; `{name}` placeholders are filled in. */
export type Message = string | PluralMessage;
export interface PluralMessage {
  one?: string;
  few?: string;
  many?: string;
  other: string;
}

const rulesCache = new Map<Locale, Intl.PluralRules>();

function rules(locale: Locale): Intl.PluralRules {
  let r = rulesCache.get(locale);
  if (!r) {
    r = new Intl.PluralRules(locale);
    rulesCache.set(locale, r);
  }
  return r;
}

export type Params = Record<string, string | number>;

/** Formats one message: picks the plural form by `params.count`, then fills placeholders. */
export function formatMessage(locale: Locale, message: Message, params: Params = {}): string {
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = typeof params.count === 'number' ? params.count : 0;
    const category = rules(locale).select(count) as keyof PluralMessage;
    text = message[category] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    // A filled-in name or address keeps its direction to itself (core/bidi.ts).
    return typeof value === 'number' ? value.toLocaleString(locale) : isolateBidi(value);
  });
}

/** Picks the best supported locale for a BCP 47 tag such as `uk-UA` or `ru`. */
export function pickLocale(tag: string | undefined): Locale {
  const base = (tag ?? '').toLowerCase().split(/[-_]/)[0];
  return (LOCALES as readonly string[]).includes(base ?? '') ? (base as Locale) : 'en';
}
