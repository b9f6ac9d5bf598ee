// @vitest-environment happy-dom
// Two logging options changed in a row, before the page has re-rendered with the first: both are stored. The
// page used to merge each change into the policy it last rendered, so the second save wrote the first option
// back (the same lost update the sync preferences had; see tests/unit/sync/prefs-save.test.tsx).
import { act } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MailSettings } from '../../../components/app/settings/MailSettings';
import { translator } from '../../../core/i18n';
import { defaultSettings } from '../../../core/settings';
import { settingsEditor } from '../../../entrypoints/app/use-settings-editor';
import { db } from '../../../storage/db';
import { loadSettings, SETTINGS_KEY } from '../../../storage/settings';
import { render } from '../render';

const click = (input: Element | null | undefined) =>
  act(() => {
    if (!(input instanceof HTMLInputElement)) throw new Error('no such input');
    input.click();
  });

describe('saving the logging policy', () => {
  beforeEach(async () => {
    await db.meta.put({ key: SETTINGS_KEY, value: defaultSettings() });
  });

  it('keeps both of two changes made from one render of Settings', async () => {
    const stale = await loadSettings();
    expect(stale.logging.mode).not.toBe('create-all');
    // Rendered once and never again: the page has not yet seen either save come back.
    const page = render(
      <MailSettings
        settings={stale}
        saveList={settingsEditor.saveList}
        save={settingsEditor.save}
        t={translator('en')}
      />,
    );
    const modes = [...page.querySelectorAll<HTMLInputElement>('input[name="logging-mode"]')];
    expect(modes).toHaveLength(3);
    await click(modes[2]); // create-all
    const skipBulk = [...page.querySelectorAll<HTMLInputElement>('label.check input')].find((i) =>
      i.parentElement?.textContent?.includes(translator('en')('app.settings.skipBulk')),
    );
    await click(skipBulk);
    await vi.waitFor(async () =>
      expect((await loadSettings()).logging).toMatchObject({
        mode: 'create-all',
        skipBulk: !stale.logging.skipBulk,
      }),
    );
  });

  it('stores the role list inside the stored policy, keeping a change made meanwhile', async () => {
    const [reason] = await Promise.all([
      settingsEditor.saveList('roleLocalParts', ['sales', 'Info']),
      settingsEditor.save((stored) => ({ logging: { ...stored.logging, maxRecipients: 7 } })),
    ]);
    expect(reason).toBeNull();
    const logging = (await loadSettings()).logging;
    expect(logging.maxRecipients).toBe(7);
    expect(logging.roleLocalParts).toEqual(['sales', 'info']);
  });
});
