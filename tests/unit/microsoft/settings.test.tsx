// The Microsoft settings panel: the client id is checked (a GUID) with the reason in the reader's language, the
// tenant is saved, and the redirect URI to register is shown (Teams is per account: Settings → Accounts).
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { MicrosoftSettingsPanel } from '../../../components/app/settings/MicrosoftSettings';
import { translator } from '../../../core/i18n';
import { defaultSettings } from '../../../core/settings';
import { isClientId } from '../../../core/sync/microsoft/settings';

describe('Microsoft settings', () => {
  it('accepts only an application (client) id and shows the redirect URI in the reader’s language', () => {
    expect(isClientId('6f1c5a3e-0000-4000-8000-00000000c0de')).toBe(true);
    expect(isClientId('my-app')).toBe(false);
    const html = renderToStaticMarkup(
      <MicrosoftSettingsPanel
        settings={defaultSettings()}
        save={() => undefined}
        redirectUri="https://abc.chromiumapp.org/"
        builtInClientId=""
        t={translator('uk')}
      />,
    );
    expect(html).toContain('Обліковий запис Microsoft');
    expect(html).toContain('https://abc.chromiumapp.org/');
    expect(html).toContain('Лише особисті облікові записи');
  });
});
