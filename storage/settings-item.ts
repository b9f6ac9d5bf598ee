// The user's settings, kept as a WXT storage item in storage.local (synced to every extension page).
import { storage } from '#imports';
import type { Settings } from '../core/model';
import { defaultSettings } from '../core/settings';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: defaultSettings(),
});

/** Reads the settings, filling any field a newer version added with its default. */
export async function loadSettings(): Promise<Settings> {
  const stored = await settingsItem.getValue();
  return { ...defaultSettings(), ...stored, logging: { ...defaultSettings().logging, ...stored.logging } };
}
