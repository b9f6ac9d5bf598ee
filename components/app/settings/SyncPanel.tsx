// One connected account, live: its state in words, progress against the estimate, rate, ETA, quota used, last
// success, why it is stuck when it is, and pause/resume, "sync now", reconnect and disconnect.
import { useState, type ReactNode } from 'react';
import type { Locale, Translate } from '../../../core/i18n';
import {
  contactsProgressText,
  failureText,
  progressText,
  stateText,
  stuckText,
} from '../../../core/i18n/sync-text';
import type { SyncView } from '../../../core/sync/status';

export interface SyncPanelProps {
  view: SyncView;
  /** Restarts within the last hour (for the resync-loop sentence). */
  restarts: number;
  busy: boolean;
  now: number;
  locale: Locale;
  t: Translate;
  onPause: (paused: boolean) => void;
  onSyncNow: () => void;
  onReconnect: () => void;
  onDisconnect: (remove: boolean) => void;
  /** What only this provider's accounts have (a Microsoft account's folders), below the figures. */
  children?: ReactNode;
}

function relative(at: number, now: number, locale: Locale): string {
  const minutes = Math.round((at - now) / 60_000);
  const f = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  if (Math.abs(minutes) < 60) return f.format(minutes, 'minute');
  if (Math.abs(minutes) < 48 * 60) return f.format(Math.round(minutes / 60), 'hour');
  return f.format(Math.round(minutes / 1440), 'day');
}

export function SyncPanel({ view: v, restarts, busy, now, locale, t, children, ...on }: SyncPanelProps) {
  const [confirming, setConfirming] = useState(false);
  const stuck = stuckText(v, t, locale, restarts);
  const percent = Math.round(v.quota.share * 100);
  const contacts = contactsProgressText(v, t);
  return (
    <article className="sync-account" aria-label={v.address} data-state={v.state}>
      <header>
        <strong>{v.address}</strong>
        <span className={`sync-state sync-${v.state}`} role="status">
          {stateText(v, t, locale)}
        </span>
      </header>
      {stuck && (
        <p className="sync-stuck" role="alert">
          {stuck}
        </p>
      )}
      {v.state === 'needs-reconnect' && <p className="sync-stuck">{t('sync.reconnectHint')}</p>}
      {v.failure && !stuck && v.state !== 'up-to-date' && v.state !== 'needs-reconnect' && (
        <p className="muted">{failureText(v.failure, t, v.provider)}</p>
      )}
      <p className="sync-progress">{progressText(v, t)}</p>
      {contacts && <p className="sync-progress sync-contacts">{contacts}</p>}
      {v.contactsOff && v.state !== 'needs-reconnect' && (
        <p className="sync-contacts-off" role="note">
          {t('contactsSync.off')}{' '}
          <button type="button" disabled={busy} onClick={on.onReconnect}>
            {t('contactsSync.reconnect')}
          </button>
        </p>
      )}
      {v.resync && (
        <p className="muted">{t(v.provider === 'microsoft' ? 'microsoft.resync' : 'sync.resync')}</p>
      )}
      <p className="muted">
        {t(v.provider === 'microsoft' ? 'microsoft.quota' : 'sync.quota', {
          used: v.quota.used,
          limit: v.quota.limit,
          percent,
        })}
        {' · '}
        {v.lastSuccessAt === null
          ? t('sync.lastSuccessNever')
          : t('sync.lastSuccess', { when: relative(v.lastSuccessAt, now, locale) })}
      </p>
      {children}
      {confirming ? (
        <div className="sync-actions" role="group" aria-label={t('sync.disconnect')}>
          <p>{t('sync.disconnect.ask', { address: v.address })}</p>
          <button type="button" disabled={busy} onClick={() => on.onDisconnect(false)}>
            {t('sync.disconnect.keep')}
          </button>
          <button type="button" className="danger" disabled={busy} onClick={() => on.onDisconnect(true)}>
            {t('sync.disconnect.remove')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('sync.cancel')}
          </button>
        </div>
      ) : (
        <div className="sync-actions">
          {v.state === 'needs-reconnect' ? (
            <button type="button" className="primary" disabled={busy} onClick={on.onReconnect}>
              {t('sync.reconnect')}
            </button>
          ) : (
            <>
              <button type="button" disabled={busy} onClick={() => on.onPause(!v.paused)}>
                {v.paused ? t('sync.resume') : t('sync.pause')}
              </button>
              <button type="button" disabled={busy || v.paused} onClick={on.onSyncNow}>
                {t('sync.now')}
              </button>
            </>
          )}
          <button type="button" disabled={busy} onClick={() => setConfirming(true)}>
            {t('sync.disconnect')}
          </button>
        </div>
      )}
    </article>
  );
}
