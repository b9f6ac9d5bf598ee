// Saving settings from the app: lists are checked and normalised entry by entry, with the reason for a refusal.
import { normalizeEmail } from '../../core/email';
import type { Settings } from '../../core/model';
import { normalizeDomain } from '../../core/validate';
import type { ListSetting } from '../../components/app/settings/MailSettings';
import { deleteEverything, setLastReminderScan } from '../../storage/app-queries';
import { db } from '../../storage/db';
import { loadSettings, settingsItem } from '../../storage/settings-item';

const DOMAIN = /^(?:[a-z0-9\u00a1-\uffff-]+\.)+[a-z\u00a1-\uffff]{2,}$/u;

/** One list entry normalised, or the reason it cannot be. */
export function normalizeEntry(
  which: ListSetting,
  raw: string,
): { ok: true; value: string } | { ok: false; reason: string } {
  const text = raw.trim();
  if (which === 'ownAddresses' || (which === 'blocklist' && text.includes('@') && !text.startsWith('@'))) {
    const r = normalizeEmail(text);
    return r.ok ? { ok: true, value: r.email } : r;
  }
  if (which === 'roleLocalParts') {
    const part = text.toLowerCase();
    return /^[^\s@]+$/u.test(part)
      ? { ok: true, value: part }
      : { ok: false, reason: `"${text}" is not the part of an address before the @.` };
  }
  const d = normalizeDomain(text);
  return DOMAIN.test(d)
    ? { ok: true, value: d }
    : { ok: false, reason: `"${text}" is not a domain name such as acme.ua.` };
}

async function write(patch: Partial<Settings>): Promise<void> {
  await settingsItem.setValue({ ...(await loadSettings()), ...patch });
}

export const settingsEditor = {
  save: (patch: Partial<Settings>) => {
    void write(patch);
    // Stage or reminder changes take effect at the next reminder check.
    if (patch.pipeline) void setLastReminderScan(db, 0);
  },
  saveList: async (which: ListSetting, values: string[]): Promise<string | null> => {
    const out: string[] = [];
    for (const v of values) {
      const r = normalizeEntry(which, v);
      if (!r.ok) return r.reason;
      if (!out.includes(r.value)) out.push(r.value);
    }
    const current = await loadSettings();
    await write(
      which === 'roleLocalParts'
        ? { logging: { ...current.logging, roleLocalParts: out } }
        : { [which]: out },
    );
    return null;
  },
  deleteAll: () => deleteEverything(db),
};
