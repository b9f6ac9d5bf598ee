// Wires the reading-health panel: live counts from storage.local, diagnostics and reset through the background.
import type { Locale, Translate } from '../../../core/i18n';
import { formats } from '../../../components/app/format';
import { ReadingHealthPanel } from '../../../components/app/settings/ReadingHealth';
import { send } from '../../../integrations/messaging/client';
import { useReadingHealth } from '../../../integrations/ui/use-reading-health';

export function ReadingHealthSection({ locale, t }: { locale: Locale; t: Translate }) {
  const health = useReadingHealth();
  return (
    <ReadingHealthPanel
      health={health}
      diagnose={() => send('health.diagnose', {})}
      copy={(text) => navigator.clipboard.writeText(text)}
      reset={() => send('health.reset', {}).then(() => undefined)}
      f={formats(locale)}
      t={t}
    />
  );
}
