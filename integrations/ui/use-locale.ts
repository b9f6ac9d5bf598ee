// The UI language for extension pages: the user's choice in settings, else the browser's.
import { useEffect, useState } from 'react';
import { pickLocale, translator, type Locale, type Translate } from '../../core/i18n';
import { settingsItem } from '../../storage/settings-item';

function resolve(language: string | undefined): Locale {
  return language && language !== 'auto' ? pickLocale(language) : pickLocale(navigator.language);
}

/** The current locale and a bound translator; follows settings changes live. */
export function useLocale(): { locale: Locale; t: Translate } {
  const [locale, setLocale] = useState<Locale>(() => resolve(undefined));
  useEffect(() => {
    void settingsItem.getValue().then((s) => setLocale(resolve(s.language)));
    return settingsItem.watch((s) => setLocale(resolve(s?.language)));
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return { locale, t: translator(locale) };
}
