// The user's sync settings (Settings → Accounts): which OAuth client, which Gmail cost model, how far back the
// first sync reaches, how often to look for new mail. Self-contained under `settings.sync`.
import { z } from '../zod';
import type { GroupSpec } from '../settings-schema';
import { SYNC_LIMITS, type GmailCostModelId } from './limits';

export type BackfillMonths = 3 | 12 | 36 | null;
export const BACKFILL_CHOICES: readonly BackfillMonths[] = [3, 12, 36, null];

export interface SyncPrefs {
  /** The firm's own Google OAuth client id; '' uses the one the extension was built with. */
  googleClientId: string;
  gmailCostModel: GmailCostModelId;
  /** Months of mail the first sync fetches; null: everything. */
  backfillMonths: BackfillMonths;
  /** Minutes between checks for new mail while the browser runs (1–5). */
  pollMinutes: number;
}

export function defaultSyncPrefs(): SyncPrefs {
  return {
    googleClientId: '',
    gmailCostModel: SYNC_LIMITS.gmail.defaultCostModel,
    backfillMonths: 12,
    pollMinutes: SYNC_LIMITS.poll.defaultMinutes,
  };
}

/** A Google OAuth client id as Google issues them (`<digits>-<letters>.apps.googleusercontent.com`). */
export function isGoogleClientId(value: string): boolean {
  return /^\d{6,}-[a-z0-9]{8,}\.apps\.googleusercontent\.com$/u.test(value.trim());
}

/** How a stored copy is checked, field by field (core/settings.ts). */
export const SYNC_PREFS_SPEC: GroupSpec<SyncPrefs> = {
  googleClientId: z
    .string()
    .max(200)
    .refine((v) => v === '' || isGoogleClientId(v), 'not a Google OAuth client id'),
  gmailCostModel: z.enum(
    Object.keys(SYNC_LIMITS.gmail.costModels) as [GmailCostModelId, ...GmailCostModelId[]],
  ),
  backfillMonths: z.union([z.literal(3), z.literal(12), z.literal(36), z.null()]),
  pollMinutes: z.number().int().min(SYNC_LIMITS.poll.minMinutes).max(SYNC_LIMITS.poll.maxMinutes),
};

/** The sync settings in force: stored values where valid, defaults for anything missing or out of range. */
export function syncPrefsOf(settings: { sync?: Partial<SyncPrefs> | undefined }): SyncPrefs {
  const d = defaultSyncPrefs();
  const s: Partial<SyncPrefs> = settings.sync ?? {};
  const { minMinutes, maxMinutes } = SYNC_LIMITS.poll;
  const poll = Number(s.pollMinutes);
  return {
    googleClientId: typeof s.googleClientId === 'string' ? s.googleClientId.trim() : d.googleClientId,
    gmailCostModel:
      s.gmailCostModel && s.gmailCostModel in SYNC_LIMITS.gmail.costModels
        ? s.gmailCostModel
        : d.gmailCostModel,
    backfillMonths: BACKFILL_CHOICES.includes(s.backfillMonths as BackfillMonths)
      ? (s.backfillMonths as BackfillMonths)
      : d.backfillMonths,
    pollMinutes: Number.isInteger(poll) && poll >= minMinutes && poll <= maxMinutes ? poll : d.pollMinutes,
  };
}
