// The UI language for extension pages: the user's choice in settings, else the browser's.
import { useEffect, useMemo } from 'react';
import { pickLocale, translator, type Locale, type Translate } from '../../core/i18n';
import type { Settings } from '../../core/model';

/** The locale a language setting names ('auto': the browser's). */
export function resolveLocale(language: Settings['language'] | undefined): Locale {
  return language && language !== 'auto' ? pickLocale(language) : pickLocale(navigator.language);
}

/**
 * The locale for a language setting and a bound translator; sets the document's language. The sidebar passes the
 * language the background sent it; pages that open the base use `useLocale` (use-page-locale.ts).
 */
export function useLocaleOf(language: Settings['language'] | undefined): { locale: Locale; t: Translate } {
  const locale = resolveLocale(language);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return useMemo(() => ({ locale, t: translator(locale) }), [locale]);
}
