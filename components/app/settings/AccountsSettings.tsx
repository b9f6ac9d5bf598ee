// Settings → Accounts: the connected mailboxes, each with its live sync panel, and "Connect Google account" /
// "Connect Microsoft account".
import type { Locale, Translate } from '../../../core/i18n';
import type { SyncProviderId } from '../../../core/sync/account';
import type { SyncView } from '../../../core/sync/status';
import { SyncPanel } from './SyncPanel';
import { TeamsOption } from './TeamsOption';

export interface AccountsSettingsProps {
  accounts: { view: SyncView; restarts: number }[];
  /** The account being acted on, or `connect:<provider>` while that sign-in window is open. */
  busy: string | null;
  /** The outcome of the last action, already in the reader's language. */
  notice: { text: string; error: boolean } | null;
  now: number;
  locale: Locale;
  t: Translate;
  onConnect: (provider: SyncProviderId) => void;
  onReconnect: (id: string) => void;
  onDisconnect: (id: string, remove: boolean) => void;
  onPause: (id: string, paused: boolean) => void;
  onSyncNow: (id: string) => void;
  /** Microsoft accounts: Teams chats on the card, and whether the account is personal (then unavailable). */
  teams: Record<string, { on: boolean; personal: boolean }>;
  onTeams: (id: string, on: boolean) => void;
}

export function AccountsSettings({
  accounts,
  busy,
  notice,
  now,
  locale,
  t,
  teams,
  ...on
}: AccountsSettingsProps) {
  return (
    <section className="panel sync-accounts" aria-labelledby="accounts-title" id="accounts">
      <h2 id="accounts-title">{t('sync.title')}</h2>
      <p className="muted">{t('sync.intro')}</p>
      {accounts.length === 0 && <p>{t('sync.none')}</p>}
      {accounts.map(({ view, restarts }) => (
        <div key={view.id} className="sync-account">
          <SyncPanel
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
          {view.provider === 'microsoft' && (
            <TeamsOption
              accountId={view.id}
              address={view.address}
              on={teams[view.id]?.on ?? false}
              personal={teams[view.id]?.personal ?? false}
              busy={busy === view.id}
              t={t}
              onChange={(value) => on.onTeams(view.id, value)}
            />
          )}
        </div>
      ))}
      <div className="sync-connect">
        <button
          type="button"
          className="primary"
          disabled={busy?.startsWith('connect:')}
          onClick={() => on.onConnect('google')}
        >
          {busy === 'connect:google' ? t('sync.waiting') : t('sync.connectGoogle')}
        </button>{' '}
        <button
          type="button"
          className="primary"
          disabled={busy?.startsWith('connect:')}
          onClick={() => on.onConnect('microsoft')}
        >
          {busy === 'connect:microsoft' ? t('microsoft.waiting') : t('microsoft.connect')}
        </button>
      </div>
      {notice && (
        <p className={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
