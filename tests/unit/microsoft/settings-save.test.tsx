// @vitest-environment happy-dom
// The Microsoft settings saved field by field into what is stored: the tenant and the client id changed from one
// render both land (the panel used to merge each change into the copy it rendered, as the sync preferences did), and a
// client id that is not a GUID is refused by the stored settings' check too, not only by the field.
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MicrosoftSettingsPanel } from '../../../components/app/settings/MicrosoftSettings';
import { translator } from '../../../core/i18n';
import { defaultSettings } from '../../../core/settings';
import { settingsEditor } from '../../../entrypoints/app/use-settings-editor';
import { db } from '../../../storage/db';
import { loadSettings, SETTINGS_KEY, SettingsRefused } from '../../../storage/settings';
import { saveMicrosoftSettings } from '../../../storage/sync/microsoft-prefs';
import { render } from '../render';

describe('saving the Microsoft settings', () => {
  beforeEach(async () => {
    await db.meta.put({ key: SETTINGS_KEY, value: defaultSettings() });
  });

  it('keeps both of two changes made from one render of the panel', async () => {
    const page = render(
      <MicrosoftSettingsPanel
        settings={await loadSettings()}
        save={settingsEditor.saveMicrosoft}
        redirectUri="https://x.chromiumapp.org/"
        builtInClientId=""
        t={translator('en')}
      />,
    );
    const select = page.querySelector('select');
    const clientId = page.querySelector<HTMLInputElement>('input[type=text]');
    const id = '6f1c5a3e-0000-4000-8000-00000000c0de';
    await act(() => {
      if (!select || !clientId) throw new Error('panel without its fields');
      select.value = 'organizations';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      // React's controlled input: the value set through the prototype's setter, then the events React listens to.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(clientId, id);
      clientId.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(() => {
      clientId?.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    });
    await vi.waitFor(async () =>
      expect((await loadSettings()).microsoft).toMatchObject({ tenant: 'organizations', clientId: id }),
    );
  });

  it('refuses a stored client id that is not an application id, and keeps the rest', async () => {
    await saveMicrosoftSettings({ clientId: '6f1c5a3e-0000-4000-8000-00000000c0de' });
    await expect(saveMicrosoftSettings({ clientId: 'my-app' })).rejects.toBeInstanceOf(SettingsRefused);
    expect((await loadSettings()).microsoft?.clientId).toBe('6f1c5a3e-0000-4000-8000-00000000c0de');
  });
});
