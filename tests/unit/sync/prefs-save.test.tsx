// @vitest-environment happy-dom
// Two sync preferences changed in a row, before the page has re-rendered with the first: both are stored. The
// page used to merge each change into the settings it last rendered, so the second save wrote the first
// preference back to its old value (found by tests/e2e/sync.e2e.ts: the cost model fell back to the default and
// the full sync ran at the default model's quota, too slowly to finish).
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { SyncPrefsForm } from '../../../components/app/settings/SyncPrefsForm';
import { translator } from '../../../core/i18n';
import { defaultSettings } from '../../../core/settings';
import { syncPrefsOf } from '../../../core/sync/prefs';
import { settingsEditor } from '../../../entrypoints/app/use-settings-editor';
import { db } from '../../../storage/db';
import { loadSettings, saveSettings, SETTINGS_KEY, SettingsRefused } from '../../../storage/settings';
import { saveSyncPrefs } from '../../../storage/sync/prefs';
import { render } from '../render';

const choose = (select: HTMLSelectElement | null | undefined, value: string) =>
  act(() => {
    if (!select) throw new Error('no such select');
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

describe('saving sync preferences', () => {
  beforeEach(async () => {
    await db.meta.put({ key: SETTINGS_KEY, value: defaultSettings() });
  });

  it('keeps both of two changes made from one render of Settings → Accounts', async () => {
    const stale = syncPrefsOf(await loadSettings());
    expect(stale.gmailCostModel).not.toBe('before-2026-05');
    // Rendered once and never again: the page has not yet seen either save come back.
    const page = render(
      <SyncPrefsForm
        prefs={stale}
        redirectUri="https://x.chromiumapp.org/"
        save={settingsEditor.saveSync}
        t={translator('en')}
      />,
    );
    const [cost, backfill, poll] = [...page.querySelectorAll('select')];
    await choose(cost, 'before-2026-05');
    await choose(backfill, 'all');
    await choose(poll, '4');
    await vi.waitFor(async () =>
      expect(syncPrefsOf(await loadSettings())).toMatchObject({
        gmailCostModel: 'before-2026-05',
        backfillMonths: null,
        pollMinutes: 4,
      }),
    );
  });

  it('merges each change into the stored preferences, whatever order the saves commit in', async () => {
    await Promise.all([
      saveSyncPrefs({ gmailCostModel: 'before-2026-05' }),
      saveSyncPrefs({ backfillMonths: 36 }),
      saveSyncPrefs({ googleClientId: '123456789012-kartkatest.apps.googleusercontent.com' }),
    ]);
    expect(syncPrefsOf(await loadSettings())).toEqual({
      ...syncPrefsOf(defaultSettings()),
      gmailCostModel: 'before-2026-05',
      backfillMonths: 36,
      googleClientId: '123456789012-kartkatest.apps.googleusercontent.com',
    });
  });

  it('refuses a value that fails its check, and stores nothing of that change', async () => {
    await expect(saveSyncPrefs({ pollMinutes: 0 })).rejects.toBeInstanceOf(SettingsRefused);
    expect(syncPrefsOf(await loadSettings())).toEqual(syncPrefsOf(defaultSettings()));
    // A plain patch still works as before.
    await saveSettings({ language: 'uk' });
    expect((await loadSettings()).language).toBe('uk');
  });
});
