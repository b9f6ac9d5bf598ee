// Settings live in the base, where content scripts cannot write; every read and every restore checks them.
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '../../../core/settings';
import { deleteEverything } from '../../../storage/app-queries';
import { exportBackup, restoreBackup } from '../../../storage/backup';
import {
  loadSettings,
  loadSettingsChecked,
  resetSettings,
  saveSettings,
  SettingsRefused,
  SETTINGS_KEY,
  watchSettings,
} from '../../../storage/settings';
import { freshDb, NOW } from '../storage/helpers';

describe('stored settings', () => {
  it('are saved in the base and read back', async () => {
    const db = freshDb();
    await saveSettings({ ownAddresses: ['me@acme.ua'], language: 'ru' }, db);
    expect((await db.meta.get(SETTINGS_KEY))?.value).toMatchObject({ language: 'ru' });
    expect(await loadSettings(db)).toEqual({
      ...defaultSettings(),
      ownAddresses: ['me@acme.ua'],
      language: 'ru',
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('ignore what a content script writes to storage.local once they are in the base', async () => {
    const db = freshDb();
    await saveSettings({ language: 'uk' }, db);
    await fakeBrowser.storage.local.set({ settings: { ...defaultSettings(), blocklist: ['acme.ua'] } });
    expect((await loadSettings(db)).blocklist).toEqual([]);
  });

  it('move from storage.local once, checked, and leave it', async () => {
    const db = freshDb();
    await fakeBrowser.storage.local.set({
      settings: { ...defaultSettings(), ownAddresses: ['me@acme.ua'], pipeline: 'junk' },
    });
    const first = await loadSettingsChecked(db);
    expect(first.settings.ownAddresses).toEqual(['me@acme.ua']);
    expect(first.settings.pipeline).toEqual(defaultSettings().pipeline);
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    expect((await db.meta.get(SETTINGS_KEY))?.value).toEqual(first.settings);
  });

  it('report a damaged stored field and read it as its default', async () => {
    const db = freshDb();
    await db.meta.put({ key: SETTINGS_KEY, value: { ...defaultSettings(), pipeline: 42, language: 'en' } });
    const { settings, dropped } = await loadSettingsChecked(db);
    expect(settings.language).toBe('en');
    expect(settings.pipeline).toEqual(defaultSettings().pipeline);
    expect(dropped.map((d) => d.field)).toEqual(['pipeline']);
    // Any save stores them repaired.
    await saveSettings({}, db);
    expect((await loadSettingsChecked(db)).dropped).toEqual([]);
  });

  it('refuse a patch whose changed field is not valid, and change nothing', async () => {
    const db = freshDb();
    await saveSettings({ language: 'uk' }, db);
    await expect(
      saveSettings({ language: 'uk', logging: { ...defaultSettings().logging, maxRecipients: 0 } }, db),
    ).rejects.toThrow(SettingsRefused);
    expect((await loadSettings(db)).logging.maxRecipients).toBe(20);
  });

  it('reset to the defaults', async () => {
    const db = freshDb();
    await saveSettings({ language: 'uk', blocklist: ['spam.example'] }, db);
    await resetSettings(db);
    expect(await loadSettings(db)).toEqual(defaultSettings());
  });

  it('are watched live', async () => {
    const db = freshDb();
    const seen: string[] = [];
    const stop = watchSettings(({ settings }) => seen.push(settings.language), db);
    await expect.poll(() => seen.length).toBe(1);
    await saveSettings({ language: 'ru' }, db);
    await expect.poll(() => seen.at(-1)).toBe('ru');
    stop();
  });

  it('stay when the whole base is deleted', async () => {
    const db = freshDb();
    await saveSettings({ language: 'uk' }, db);
    await deleteEverything(db);
    expect((await loadSettings(db)).language).toBe('uk');
  });
});

describe('settings in backups', () => {
  it('travel in the envelope, not as a meta row', async () => {
    const db = freshDb();
    await saveSettings({ language: 'uk' }, db);
    const backup = await exportBackup(db, NOW, await loadSettings(db));
    expect(backup.settings).toMatchObject({ language: 'uk' });
    expect(backup.tables.meta.some((r) => r.key === SETTINGS_KEY)).toBe(false);
  });

  it('a restored {"pipeline": 42, "blocklist": "x"} restores the base, resets those two and says so', async () => {
    const db = freshDb();
    const r = await restoreBackup(db, {
      format: 'kartka-backup',
      schemaVersion: 5,
      exportedAt: NOW,
      tables: { meta: [{ key: SETTINGS_KEY, value: { language: 'de' } }] },
      settings: { pipeline: 42, blocklist: 'x', language: 'uk' },
    });
    expect(r).toMatchObject({ ok: true });
    if (!r.ok) return;
    expect(r.settingsDropped.map((d) => d.field)).toEqual(['blocklist', 'pipeline']);
    const settings = await loadSettings(db);
    expect(settings.language).toBe('uk');
    expect(settings.pipeline).toEqual(defaultSettings().pipeline);
  });

  it('a backup without settings keeps the current ones', async () => {
    const db = freshDb();
    await saveSettings({ language: 'ru' }, db);
    const r = await restoreBackup(db, {
      format: 'kartka-backup',
      schemaVersion: 5,
      exportedAt: NOW,
      tables: {},
    });
    expect(r.ok).toBe(true);
    expect((await loadSettings(db)).language).toBe('ru');
  });
});
