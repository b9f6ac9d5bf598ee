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

/** Turns Teams chats on the card on or off for one account, inside the settings transaction. */
export function setTeamsAccount(
  accountId: string,
  on: boolean,
  database: KartkaDB = defaultDb,
): Promise<Settings> {
  return saveSettings((current) => {
    const ms = { ...defaultMicrosoftSettings(), ...current.microsoft };
    const others = ms.teamsAccounts.filter((id) => id !== accountId);
    return { microsoft: { ...ms, teamsAccounts: on ? [...others, accountId] : others } };
  }, database);
}
