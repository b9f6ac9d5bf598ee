// The app's own records in `meta`: preferences (columns, reminder rules), saved segments, stage snapshots.
import type { StageSnapshots } from '../../core/analytics';
import type { StageDef } from '../../core/model';
import { defaultReminderPrefs, type ReminderPrefs } from '../../core/reminders';
import { DEFAULT_COLUMNS, type ColumnId, type SavedSegment } from '../../core/segments';
import type { KartkaDB } from '../db';

export interface AppPrefs {
  columns: ColumnId[];
  reminders: ReminderPrefs;
}

const PREFS = 'app.prefs';
const SEGMENTS = 'app.segments';
const SNAPSHOTS = 'app.stageSnapshots';
const SCANNED = 'app.reminderScanAt';

async function metaValue<T>(db: KartkaDB, key: string): Promise<T | undefined> {
  return (await db.meta.get(key))?.value as T | undefined;
}

/** The app's preferences, with defaults for anything not yet saved (and for stages added since). */
export async function loadAppPrefs(db: KartkaDB, pipeline: readonly StageDef[]): Promise<AppPrefs> {
  const stored = await metaValue<Partial<AppPrefs>>(db, PREFS);
  const defaults = defaultReminderPrefs(pipeline);
  return {
    columns: stored?.columns?.length ? stored.columns : [...DEFAULT_COLUMNS],
    reminders: {
      ...defaults,
      ...stored?.reminders,
      quietDays: { ...defaults.quietDays, ...stored?.reminders?.quietDays },
    },
  };
}

export async function saveAppPrefs(db: KartkaDB, prefs: AppPrefs): Promise<void> {
  await db.meta.put({ key: PREFS, value: prefs });
}

export async function loadSegments(db: KartkaDB): Promise<SavedSegment[]> {
  return (await metaValue<SavedSegment[]>(db, SEGMENTS)) ?? [];
}

/** Saves a segment; one with the same name (any case) is replaced. */
export async function saveSegment(db: KartkaDB, segment: SavedSegment): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    const rest = (await loadSegments(db)).filter(
      (s) => s.id !== segment.id && s.name.toLowerCase() !== segment.name.toLowerCase(),
    );
    await db.meta.put({ key: SEGMENTS, value: [...rest, segment] });
  });
}

export async function deleteSegment(db: KartkaDB, id: string): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: SEGMENTS, value: (await loadSegments(db)).filter((s) => s.id !== id) });
  });
}

export async function loadStageSnapshots(db: KartkaDB): Promise<StageSnapshots> {
  return (await metaValue<StageSnapshots>(db, SNAPSHOTS)) ?? {};
}

/** Records this month's stage counts (overwritten until the month ends; then it stays as history). */
export async function recordStageSnapshot(
  db: KartkaDB,
  month: string,
  counts: Record<string, number>,
): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    await db.meta.put({ key: SNAPSHOTS, value: { ...(await loadStageSnapshots(db)), [month]: counts } });
  });
}

export async function lastReminderScan(db: KartkaDB): Promise<number> {
  return (await metaValue<number>(db, SCANNED)) ?? 0;
}

export async function setLastReminderScan(db: KartkaDB, at: number): Promise<void> {
  await db.meta.put({ key: SCANNED, value: at });
}
