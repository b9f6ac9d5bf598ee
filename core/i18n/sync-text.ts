// The sync panel's words: an account's state, why it is stuck, the last failure, progress, in the reader's
// language. Times are the reader's clock (HH:MM); nothing here reads the clock itself.
import type { SyncProviderId } from '../sync/account';
import type { Failure } from '../sync/failure';
import type { SyncView } from '../sync/status';
import type { Locale } from './plural';
import type { Translate } from './index';

export function clockTime(at: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(at);
}

/** "Backing off until 14:05", "Up to date", … */
export function stateText(v: SyncView, t: Translate, locale: Locale): string {
  return t(`sync.state.${v.state}`, {
    time: v.backoffUntil === null ? '' : clockTime(v.backoffUntil, locale),
  });
}

/**
 * The last failure in words. A Microsoft account's provider failures name Microsoft and Outlook (the shared words
 * are Google's); Kartka's own (busy, the base) are the same for every provider.
 */
export function failureText(f: Failure, t: Translate, provider: SyncProviderId = 'google'): string {
  const params = { status: f.status, reason: f.reason ?? '', message: (f.message ?? '').slice(0, 200) };
  if (provider === 'microsoft' && f.kind !== 'busy' && f.kind !== 'local')
    return t(`microsoft.failure.${f.kind}`, params);
  return t(`sync.failure.${f.kind}`, params);
}

/** Why the account is stuck, with the time it stopped moving; null when it is not. */
export function stuckText(v: SyncView, t: Translate, locale: Locale, restarts = 3): string | null {
  if (!v.stuck) return null;
  const time = clockTime(v.stuck.since, locale);
  const microsoft = v.provider === 'microsoft';
  if (v.stuck.why === 'resync-loop')
    return t(microsoft ? 'microsoft.stuck.resync-loop' : 'sync.stuck.resync-loop', { count: restarts });
  const why = v.failure ? failureText(v.failure, t, v.provider) : '';
  if (microsoft && v.stuck.why === 'no-progress') return t('microsoft.stuck.no-progress', { time });
  return t(`sync.stuck.${v.stuck.why}`, { time, why }).trim();
}

/** "2 h 15 min" or "40 minutes". */
export function durationText(ms: number, t: Translate): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 90) return t('sync.minutes', { count: minutes });
  return t('sync.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/** "2,500 of about 10,000 messages · 250 per minute · about 30 minutes left". */
export function progressText(v: SyncView, t: Translate): string {
  const parts = [
    v.estimate === null || v.estimate <= 0
      ? t('sync.progressUnknown', { count: v.synced })
      : t('sync.progress', { synced: v.synced, count: Math.max(v.estimate, v.synced) }),
  ];
  if (v.ratePerMinute !== null && v.ratePerMinute > 0)
    parts.push(t('sync.rate', { rate: Math.round(v.ratePerMinute) }));
  if (v.etaMs !== null) parts.push(t('sync.eta', { eta: durationText(v.etaMs, t) }));
  return parts.join(' · ');
}

/**
 * "Contacts: 120 of about 300 contacts" (Outlook: "… · from every Outlook contact folder (3)"), or null when the
 * account syncs no contacts.
 */
export function contactsProgressText(v: SyncView, t: Translate): string | null {
  const c = v.contacts;
  if (!c) return null;
  const line =
    c.estimate === null || c.estimate <= 0
      ? t('contactsSync.progressUnknown', { count: c.synced })
      : t('contactsSync.progress', { synced: c.synced, count: Math.max(c.estimate, c.synced) });
  return v.provider === 'microsoft' ? `${line} · ${t('contactFolders.every', { count: c.streams })}` : line;
}
