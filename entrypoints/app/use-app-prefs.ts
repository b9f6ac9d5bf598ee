// The app's own preferences (list columns, reminder rules), kept in the base's meta table.
import { useLiveQuery } from 'dexie-react-hooks';
import type { StageDef } from '../../core/model';
import { defaultReminderPrefs } from '../../core/reminders';
import { DEFAULT_COLUMNS } from '../../core/segments';
import { loadAppPrefs, saveAppPrefs, type AppPrefs } from '../../storage/app-queries';
import { db } from '../../storage/db';

export function useAppPrefs(pipeline: readonly StageDef[]): {
  prefs: AppPrefs;
  save: (prefs: AppPrefs) => Promise<void>;
} {
  const stored = useLiveQuery(() => loadAppPrefs(db, pipeline), [pipeline]);
  const prefs = stored ?? { columns: [...DEFAULT_COLUMNS], reminders: defaultReminderPrefs(pipeline) };
  return { prefs, save: (next) => saveAppPrefs(db, next) };
}
