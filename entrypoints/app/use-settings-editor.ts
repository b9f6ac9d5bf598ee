// Saving settings from the app: lists are checked and normalised entry by entry, with the reason for a refusal.
import { browser } from 'wxt/browser';
import { normalizeListEntry, type ListSetting } from '../../core/settings';
import { deleteEverything, setLastReminderScan } from '../../storage/app-queries';
import { db } from '../../storage/db';
import { saveSettings, type SettingsPatch } from '../../storage/settings';
import { saveSyncPrefs } from '../../storage/sync/prefs';
import type { SyncPrefs } from '../../core/sync/prefs';

export const settingsEditor = {
  save: (patch: SettingsPatch) => {
    void saveSettings(patch).catch((error: unknown) => console.error('[Kartka] settings', error));
    // Stage or reminder changes take effect at the next reminder check.
    if (typeof patch !== 'function' && patch.pipeline) void setLastReminderScan(db, 0);
  },
  /** One sync preference, merged into the stored ones (two quick changes in a row both land). */
  saveSync: (patch: Partial<SyncPrefs>) => {
    void saveSyncPrefs(patch).catch((error: unknown) => console.error('[Kartka] settings', error));
  },
  saveList: async (which: ListSetting, values: string[]): Promise<string | null> => {
    const out: string[] = [];
    for (const v of values) {
      const r = normalizeListEntry(which, v);
      if (!r.ok) return r.reason;
      if (!out.includes(r.value)) out.push(r.value);
    }
    // The role list lives inside the logging policy: merged into the stored one in the same transaction.
    await saveSettings((current) =>
      which === 'roleLocalParts'
        ? { logging: { ...current.logging, roleLocalParts: out } }
        : { [which]: out },
    );
    return null;
  },
  /** The whole base, and the threads and cards the background keeps per tab in session storage. */
  deleteAll: async () => {
    await deleteEverything(db);
    await browser.storage.session.clear();
  },
};
