// The UI language of an extension page that opens the base (app, popup, capture window), following settings live.
import type { Locale, Translate } from '../../core/i18n';
import { useLocaleOf } from './use-locale';
import { useSettings } from './use-settings';

/** The current locale and a bound translator; follows settings changes live. */
export function useLocale(): { locale: Locale; t: Translate } {
  return useLocaleOf(useSettings().language);
}
