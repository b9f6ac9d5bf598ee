// The one place a setting is declared: its type lives in `Settings` (core/model.ts), its default and its check
// here. A new field needs only those three; storage checks every stored copy (on load and on restore) with them.
import { isSupportedCountry } from 'libphonenumber-js';
import { z } from './zod';
import { DEFAULT_ROLE_LOCAL_PARTS, normalizeEmail } from './email';
import { defaultPipeline, defaultStageRules } from './lifecycle';
import type { ChatSettings, Settings, StageDef } from './model';
import { checkGroup, listOf, type DroppedSetting, type GroupSpec } from './settings-schema';
import { SYNC_PREFS_SPEC, defaultSyncPrefs } from './sync/prefs';
import { normalizeDomain } from './validate';

export type { DroppedSetting } from './settings-schema';

/** Chat logging defaults: group chats off (a group mixes many people's business; the user turns it on). */
export function defaultChatSettings(): ChatSettings {
  return { logGroups: false };
}

/** A fresh, complete Settings object: nothing shared between calls, safe to mutate. */
export function defaultSettings(): Settings {
  return {
    ownAddresses: [],
    internalDomains: [],
    blocklist: [],
    // Folding o.koval+crm@gmail.com into okoval@gmail.com is right for Gmail only, and surprising: opt-in.
    gmailDotPlusFolding: false,
    logging: {
      // People a salesperson wrote to are nearly always clients or prospects; people who wrote first often are not.
      mode: 'create-on-sent',
      skipRoleAddresses: true,
      roleLocalParts: [...DEFAULT_ROLE_LOCAL_PARTS],
      maxRecipients: 20,
      skipBulk: true,
    },
    pipeline: defaultPipeline(),
    defaultPhoneRegion: 'UA',
    language: 'auto',
    stageRules: defaultStageRules(),
    sync: defaultSyncPrefs(),
    chats: defaultChatSettings(),
  };
}

/** The settings lists the user edits entry by entry. */
export type ListSetting = 'ownAddresses' | 'internalDomains' | 'blocklist' | 'roleLocalParts';

const DOMAIN = /^(?:[a-z0-9\u00a1-\uffff-]+\.)+[a-z\u00a1-\uffff]{2,}$/u;
const LOCAL_PART = /^[^\s@]{1,64}$/u;

/** One list entry normalised, or the reason it cannot be (the settings page and the stored-settings check). */
export function normalizeListEntry(
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
    return LOCAL_PART.test(part)
      ? { ok: true, value: part }
      : { ok: false, reason: `"${text}" is not the part of an address before the @.` };
  }
  const d = normalizeDomain(text);
  return DOMAIN.test(d) && d.length <= 253
    ? { ok: true, value: d }
    : { ok: false, reason: `"${text}" is not a domain name such as acme.ua.` };
}

/** A stored list entry checked as the settings page checks what the user types. */
const entryOf = (which: ListSetting) =>
  listOf<string>((raw) => {
    if (typeof raw !== 'string' || raw.length > 320) return { ok: false, problem: 'not a short text' };
    const r = normalizeListEntry(which, raw);
    return r.ok ? r : { ok: false, problem: r.reason };
  }, 10_000);

const count = (max: number) => z.number().int().min(0).max(max);
const stage: z.ZodType<StageDef> = z.object({
  id: z.string().min(1).max(100),
  label: z.string().max(200),
  // The stage's colour reaches CSS: only a hex colour, never a url() or another declaration.
  color: z.string().regex(/^#[0-9a-f]{3,8}$/iu, 'not a #rrggbb colour'),
  kind: z.enum(['open', 'won', 'lost']),
});

/** How every field is checked; a field missing here does not compile. */
const SETTINGS_SPEC: GroupSpec<Settings> = {
  ownAddresses: entryOf('ownAddresses'),
  internalDomains: entryOf('internalDomains'),
  blocklist: entryOf('blocklist'),
  gmailDotPlusFolding: z.boolean(),
  logging: {
    mode: z.enum(['clients-only', 'create-on-sent', 'create-all']),
    skipRoleAddresses: z.boolean(),
    roleLocalParts: entryOf('roleLocalParts'),
    maxRecipients: count(100_000).min(1),
    skipBulk: z.boolean(),
  },
  pipeline: z
    .array(stage)
    .min(1, 'the pipeline has no stages')
    .max(100)
    .refine((list) => new Set(list.map((s) => s.id)).size === list.length, 'two stages share an id'),
  defaultPhoneRegion: z
    .string()
    .refine((r) => /^[A-Z]{2}$/u.test(r) && isSupportedCountry(r), 'not a region code'),
  language: z.enum(['auto', 'en', 'uk', 'ru']),
  stageRules: {
    regularOrders: count(1_000_000),
    partnerOrders: count(1_000_000),
    partnerDays: count(100_000),
    vipOrders: count(1_000_000),
    vipAmount: z.number().finite().min(0).nullable(),
    keyAmount: z.number().finite().min(0).nullable(),
    amountCurrency: z.string().regex(/^[A-Za-z]{3}$/u, 'not a 3-letter currency code'),
    lostAfterDays: count(100_000),
    lostFinalAfterDays: count(100_000).nullable(),
  },
  sync: SYNC_PREFS_SPEC,
  chats: { logGroups: z.boolean() },
};

export interface SettingsCheck {
  settings: Settings;
  /** What was not valid and was set back to its default; empty when everything held. */
  dropped: DroppedSetting[];
}

/**
 * Checks stored or restored settings field by field: each valid field is kept, each invalid one falls back to its
 * default and is reported, a missing one takes its default. Never throws, whatever `raw` is.
 */
export function checkSettings(raw: unknown): SettingsCheck {
  const dropped: DroppedSetting[] = [];
  const settings = checkGroup(raw, SETTINGS_SPEC, defaultSettings(), '', dropped);
  return { settings, dropped };
}
