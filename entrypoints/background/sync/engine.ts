// The sync in the background: one runner per account at a time, resumed by alarms (`kartka-sync:<account>`):
// the poll alarm (every 1–5 minutes), the alarm a backoff or an exhausted quota window set, and the watchdog
// a run keeps 60 s ahead while requests are out. A focused Gmail tab and "Sync now" run an account at once.
import { browser } from '#imports';
import type { SyncAccountId, SyncProviderId } from '../../../core/sync/account';
import { SYNC_LIMITS } from '../../../core/sync/limits';
import { syncPrefsOf } from '../../../core/sync/prefs';
import { isMailOrigin, providerOfOrigin } from '../../../core/mail-origins';
import { googleProvider, GOOGLE_BINDINGS } from '../../../integrations/google/provider';
import { microsoftProvider, MICROSOFT_BINDINGS } from '../../../integrations/microsoft/provider';
import { SyncRunner } from '../../../integrations/sync/runner';
import type { Clock, SyncProvider, SyncSettings, Tokens } from '../../../integrations/sync/types';
import { db } from '../../../storage/db';
import type { Settings } from '../../../core/model';
import { loadSettings, watchSettings } from '../../../storage/settings';
import { listAccounts } from '../../../storage/sync/accounts';
import { DexieSyncStore } from '../../../storage/sync/store';
import { updateBadge } from './badge';
import { msTokens } from './microsoft';
import { googleTokens } from './tokens';

export const SYNC_ALARM_PREFIX = 'kartka-sync:';
const alarmName = (id: SyncAccountId) => `${SYNC_ALARM_PREFIX}${id}`;

const clock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    }),
  random: () => Math.random(),
};

/** The runner's settings, from the user's (Settings → Accounts). */
export async function syncSettings(): Promise<SyncSettings> {
  const p = syncPrefsOf(await loadSettings());
  return { gmailCostModel: p.gmailCostModel, backfillMonths: p.backfillMonths, pollMinutes: p.pollMinutes };
}

const providers: Partial<Record<SyncProviderId, { provider: SyncProvider; tokens: Tokens }>> = {
  google: {
    provider: googleProvider({
      fetch: (url, init) => fetch(url, init),
      now: () => Date.now(),
      boundary: () => `batch_kartka_${crypto.randomUUID()}`,
    }),
    tokens: googleTokens,
  },
  microsoft: {
    provider: microsoftProvider({ fetch: (url, init) => fetch(url, init), now: () => Date.now() }),
    tokens: msTokens,
  },
};

/**
 * The settings the store logs each page by, kept current by a watch: reading and checking them for every page
 * cost ~17–26 ms a page in the Graph bench (a third of storing one), on the path between two pages of a folder.
 */
function currentSettings(): () => Promise<Settings> {
  let latest: Settings | null = null;
  let watching = false;
  return () => {
    if (!watching) {
      watching = true;
      watchSettings(({ settings }) => (latest = settings));
    }
    return latest ? Promise.resolve(latest) : loadSettings();
  };
}

export const syncStore = new DexieSyncStore(db, currentSettings(), {
  ...GOOGLE_BINDINGS,
  ...MICROSOFT_BINDINGS,
});

interface Running {
  runner: SyncRunner;
  again: boolean;
}
const running = new Map<SyncAccountId, Running>();

/** Runs an account now, or once more right after the run in progress ends. */
export function runAccount(id: SyncAccountId): void {
  const current = running.get(id);
  if (current) {
    current.again = true;
    return;
  }
  const providerId = id.slice(0, id.indexOf(':')) as SyncProviderId;
  const p = providers[providerId];
  if (!p) return;
  const runner = new SyncRunner({
    provider: p.provider,
    store: syncStore,
    tokens: p.tokens,
    clock,
    settings: syncSettings,
    wake: { at: (account, when) => browser.alarms.create(alarmName(account), { when }) },
  });
  const entry: Running = { runner, again: false };
  running.set(id, entry);
  void runner
    .run(id)
    .catch((error: unknown) => console.error('[Kartka] sync run failed', id, error))
    .finally(() => {
      running.delete(id);
      void updateBadge();
      if (entry.again) runAccount(id);
    });
}

/** Stops an account's run at its next step (disconnect, pause). */
export function stopAccount(id: SyncAccountId): void {
  running.get(id)?.runner.kill();
  running.delete(id);
  void browser.alarms.clear(alarmName(id));
}

async function runWhere(
  pick: (a: Awaited<ReturnType<typeof listAccounts>>[number]) => boolean,
): Promise<void> {
  for (const a of await listAccounts(db)) if (!a.paused && a.auth === 'ok' && pick(a)) runAccount(a.id);
}

let lastFocusRun = 0;
/** A focused mail tab asks for new mail (throttled): the user is looking, the card should be current. */
function onMailFocus(url: string | undefined): void {
  if (!isMailOrigin(url) || Date.now() - lastFocusRun < SYNC_LIMITS.poll.focusMinIntervalMs) return;
  lastFocusRun = Date.now();
  const provider = providerOfOrigin(url ?? '') === 'gmail' ? 'google' : 'microsoft';
  void runWhere((a) => a.provider === provider);
}

/** Wires alarms, focus and startup; call once from the background's main(). */
export function startSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name.startsWith(SYNC_ALARM_PREFIX)) runAccount(alarm.name.slice(SYNC_ALARM_PREFIX.length));
  });
  browser.tabs.onActivated.addListener(({ tabId }) => {
    void browser.tabs.get(tabId).then(
      (tab) => onMailFocus(tab.url),
      () => undefined,
    );
  });
  browser.windows.onFocusChanged.addListener((windowId) => {
    if (windowId === browser.windows.WINDOW_ID_NONE) return;
    void browser.tabs.query({ active: true, windowId }).then(
      ([tab]) => onMailFocus(tab?.url),
      () => undefined,
    );
  });
  // A worker that wakes finds each account's alarm; an account without one (a browser restart, an alarm lost)
  // runs now, which sets the next.
  void listAccounts(db).then(async (accounts) => {
    for (const a of accounts) {
      if (a.paused || a.auth !== 'ok') continue;
      if (!(await browser.alarms.get(alarmName(a.id)))) runAccount(a.id);
    }
    await updateBadge();
  });
}
