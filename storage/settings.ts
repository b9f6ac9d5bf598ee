// The user's settings live in the base (the `meta` row `settings`), not in storage.local: content scripts can write
// storage.local (Chrome: https://developer.chrome.com/docs/extensions/reference/api/storage#storage_areas — "local and
// sync storage allow access from both trusted and untrusted contexts"; `setAccessLevel` restricts storage.session
// only, and Firefox implements it for session only: https://developer.mozilla.org/docs/Mozilla/Add-ons/WebExtensions/
// API/storage/StorageArea/setAccessLevel), while the extension's IndexedDB is out of a content script's reach (it
// would open the mail site's own database). Every read is checked field by field (core/settings.ts).
import { browser } from '#imports';
import { liveQuery } from 'dexie';
import type { Settings } from '../core/model';
import { checkSettings, type DroppedSetting, type SettingsCheck } from '../core/settings';
import { db as defaultDb, type KartkaDB } from './db';

/** The `meta` key of the settings row; backups carry the settings in their own envelope field instead. */
export const SETTINGS_KEY = 'settings';
/** Where versions before the move kept them (storage.local, through WXT's `local:settings` item). */
const LEGACY_KEY = 'settings';

export type { SettingsCheck } from '../core/settings';

/**
 * Settings kept in storage.local by an earlier version move into the base once, checked like any other copy
 * (a content script could have written them), and leave storage.local.
 */
async function moveLegacySettings(database: KartkaDB): Promise<unknown> {
  const legacy = (await browser.storage.local.get(LEGACY_KEY))[LEGACY_KEY];
  if (legacy === undefined) return undefined;
  const { settings } = checkSettings(legacy);
  await database.transaction('rw', database.meta, async () => {
    if (!(await database.meta.get(SETTINGS_KEY)))
      await database.meta.put({ key: SETTINGS_KEY, value: settings });
  });
  await browser.storage.local.remove(LEGACY_KEY);
  return (await database.meta.get(SETTINGS_KEY))?.value;
}

/** The settings with a report of every stored field that was not valid (and now reads as its default). */
export async function loadSettingsChecked(database: KartkaDB = defaultDb): Promise<SettingsCheck> {
  const row = await database.meta.get(SETTINGS_KEY);
  return checkSettings(row ? row.value : await moveLegacySettings(database));
}

/** The settings, every field valid (a damaged one reads as its default). */
export async function loadSettings(database: KartkaDB = defaultDb): Promise<Settings> {
  return (await loadSettingsChecked(database)).settings;
}

/** Why a patch was not saved: a field the caller changed did not pass its check. */
export class SettingsRefused extends Error {
  constructor(readonly dropped: DroppedSetting[]) {
    super(`Settings not saved: ${dropped.map((d) => `${d.field} (${d.problem})`).join('; ')}`);
    this.name = 'SettingsRefused';
  }
}

const topField = (path: string) => path.split(/[.[]/u)[0] ?? path;

/**
 * Top-level fields to change, or a function of the stored settings that returns them: a change inside a nested
 * field (one sync preference) must start from what is stored, not from what a page last rendered, or two quick
 * changes in a row lose the first.
 */
export type SettingsPatch = Partial<Settings> | ((current: Settings) => Partial<Settings>);

/**
 * Changes some fields (in one transaction, so two pages saving at once both land). A changed field that is not
 * valid refuses the whole patch (SettingsRefused); other fields that were damaged in storage are stored repaired.
 */
export async function saveSettings(change: SettingsPatch, database: KartkaDB = defaultDb): Promise<Settings> {
  if ((await database.meta.get(SETTINGS_KEY)) === undefined) await loadSettingsChecked(database);
  return database.transaction('rw', database.meta, async () => {
    const current = checkSettings((await database.meta.get(SETTINGS_KEY))?.value).settings;
    const patch = typeof change === 'function' ? change(current) : change;
    const next = checkSettings({ ...current, ...patch });
    const changed = new Set(Object.keys(patch));
    const refused = next.dropped.filter((d) => changed.has(topField(d.field)));
    if (refused.length > 0) throw new SettingsRefused(refused);
    await database.meta.put({ key: SETTINGS_KEY, value: next.settings });
    return next.settings;
  });
}

/**
 * Replaces the settings with `raw` checked field by field (a restored backup's, or none for the defaults); call it
 * inside a transaction over `meta` to make it part of a larger write. Returns what was dropped.
 */
export async function replaceSettings(
  raw: unknown,
  database: KartkaDB = defaultDb,
): Promise<DroppedSetting[]> {
  const { settings, dropped } = checkSettings(raw);
  await database.meta.put({ key: SETTINGS_KEY, value: settings });
  return dropped;
}

/** Puts every setting back to its default (the app's error screen offers it when nothing else helps). */
export async function resetSettings(database: KartkaDB = defaultDb): Promise<void> {
  await replaceSettings(undefined, database);
  await browser.storage.local.remove(LEGACY_KEY);
}

/** Calls `onChange` with the checked settings now and after every change, from any page or the background. */
export function watchSettings(
  onChange: (check: SettingsCheck) => void,
  database: KartkaDB = defaultDb,
): () => void {
  let first = true;
  // Only Dexie may be awaited inside liveQuery; the legacy move (browser storage) runs once, outside it.
  const subscription = liveQuery(() => database.meta.get(SETTINGS_KEY)).subscribe({
    next: (row) => {
      if (row === undefined && first) {
        first = false;
        void loadSettingsChecked(database).then(onChange);
        return;
      }
      first = false;
      onChange(checkSettings(row?.value));
    },
    error: (error: unknown) => console.error('[Kartka] settings', error),
  });
  return () => subscription.unsubscribe();
}
