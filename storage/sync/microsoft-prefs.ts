// Saving the Microsoft settings one field at a time, merged into the stored `settings.microsoft` inside the
// settings transaction (the same reason as storage/sync/prefs.ts: two quick changes must both land).
import type { Settings } from '../../core/model';
import { defaultMicrosoftSettings, type MicrosoftSettings } from '../../core/sync/microsoft/settings';
import { db as defaultDb, type KartkaDB } from '../db';
import { saveSettings } from '../settings';

/** Changes the given Microsoft settings, keeping every other one as stored. */
export function saveMicrosoftSettings(
  patch: Partial<MicrosoftSettings>,
  database: KartkaDB = defaultDb,
): Promise<Settings> {
  return saveSettings(
    (current) => ({ microsoft: { ...defaultMicrosoftSettings(), ...current.microsoft, ...patch } }),
    database,
  );
}
