// Saving sync preferences: one preference at a time, merged into the stored `settings.sync` inside the settings
// transaction. Merging into the copy the page last rendered lost changes: Settings → Accounts changed the cost
// model and then the backfill window before the first save came back to the page, and the second save wrote the
// old cost model back (the sync then ran at a quarter of the project's quota; tests/e2e/sync.e2e.ts caught it).
import { syncPrefsOf, type SyncPrefs } from '../../core/sync/prefs';
import type { Settings } from '../../core/model';
import { db as defaultDb, type KartkaDB } from '../db';
import { saveSettings } from '../settings';

/** Changes the given sync preferences, keeping every other one as stored. */
export function saveSyncPrefs(patch: Partial<SyncPrefs>, database: KartkaDB = defaultDb): Promise<Settings> {
  return saveSettings((current) => ({ sync: { ...syncPrefsOf(current), ...patch } }), database);
}
