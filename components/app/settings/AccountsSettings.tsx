// Settings → Accounts: the connected mailboxes, each with its live sync panel, and "Connect Google account".
import type { Locale, Translate } from '../../../core/i18n';
import type { SyncView } from '../../../core/sync/status';
import { SyncPanel } from './SyncPanel';

export interface AccountsSettingsProps {
  accounts: { view: SyncView; restarts: number }[];
  /** The account being acted on, or 'connect' while the sign-in window is open. */
  busy: string | null;
  /** The outcome of the last action, already in the reader's language. */
  notice: { text: string; error: boolean } | null;
  now: number;
  locale: Locale;
  t: Translate;
  onConnect: () => void;
  onReconnect: (id: string) => void;
  onDisconnect: (id: string, remove: boolean) => void;
  onPause: (id: string, paused: boolean) => void;
  onSyncNow: (id: string) => void;
}

export function AccountsSettings({ accounts, busy, notice, now, locale, t, ...on }: AccountsSettingsProps) {
  return (
    <section className="panel sync-accounts" aria-labelledby="accounts-title" id="accounts">
      <h2 id="accounts-title">{t('sync.title')}</h2>
      <p className="muted">{t('sync.intro')}</p>
      {accounts.length === 0 && <p>{t('sync.none')}</p>}
      {accounts.map(({ view, restarts }) => (
        <SyncPanel
          key={view.id}
          view={view}
          restarts={restarts}
          busy={busy === view.id}
          now={now}
          locale={locale}
          t={t}
          onPause={(paused) => on.onPause(view.id, paused)}
          onSyncNow={() => on.onSyncNow(view.id)}
          onReconnect={() => on.onReconnect(view.id)}
          onDisconnect={(remove) => on.onDisconnect(view.id, remove)}
        />
      ))}
      <button type="button" className="primary" disabled={busy === 'connect'} onClick={on.onConnect}>
        {busy === 'connect' ? t('sync.waiting') : t('sync.connectGoogle')}
      </button>
      {notice && (
        <p className={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
