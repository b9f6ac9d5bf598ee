// Settings → Accounts in the app page: the connected accounts read live from the base (the background is the
// only writer), turned into panel views every few seconds, and the actions sent to the background.
import { browser } from '#imports';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Translate } from '../../core/i18n';
import { actionErrorText } from '../../core/i18n/action-error-text';
import type { SyncProviderId } from '../../core/sync/account';
import { recentRestarts } from '../../core/sync/failure';
import { syncPrefsOf, type SyncPrefs } from '../../core/sync/prefs';
import { viewOf } from '../../core/sync/registry';
import type { Settings } from '../../core/model';
import type { ActionBecause } from '../../core/action-error';
import { send } from '../../integrations/messaging/client';
import { useNow } from '../../integrations/ui/use-now';
import { db } from '../../storage/db';
import { listAccounts } from '../../storage/sync/accounts';
import { microsoftKinds, type MicrosoftKind } from '../../storage/teams-state';

export function useSyncAccounts(settings: Settings, t: Translate) {
  const now = useNow(5_000);
  const prefs: SyncPrefs = syncPrefsOf(settings);
  const rows = useLiveQuery(() => listAccounts(db), [], []);
  const kinds = useLiveQuery(() => microsoftKinds(db), [], {} as Record<string, MicrosoftKind>);
  const teamsOn = settings.microsoft?.teamsAccounts ?? [];
  const teams = Object.fromEntries(
    rows
      .filter((a) => a.provider === 'microsoft')
      .map((a) => [a.id, { on: teamsOn.includes(a.id), personal: kinds[a.id] === 'personal' }]),
  );
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const accounts = rows.flatMap((a) => {
    const view = viewOf(a, prefs, now);
    const restarts = Math.max(
      0,
      ...Object.values(a.streams).map((s) => recentRestarts(s.restarts ?? [], now).length),
    );
    return view ? [{ view, restarts }] : [];
  });

  const act = async (key: string, run: () => Promise<string | null>) => {
    setBusy(key);
    setNotice(null);
    try {
      const text = await run();
      if (text) setNotice({ text, error: false });
    } catch (error) {
      const e = error as Error & { because?: ActionBecause };
      setNotice({ text: actionErrorText({ message: e.message, because: e.because }, t), error: true });
    } finally {
      setBusy(null);
    }
  };

  return {
    accounts,
    busy,
    notice,
    now,
    redirectUri: browser.identity.getRedirectURL(),
    teams,
    onTeams: (id: string, on: boolean) =>
      void act(id, async () => {
        const r = await send('microsoft.teams', { accountId: id, on });
        const address = id.slice(id.indexOf(':') + 1);
        return t(r.on ? 'msteams.on' : 'msteams.off', { address });
      }),
    onConnect: (provider: SyncProviderId) =>
      void act(`connect:${provider}`, async () => (await send('sync.connect', { provider }), null)),
    onReconnect: (id: string) =>
      void act(id, async () => (await send('sync.reconnect', { accountId: id }), null)),
    onPause: (id: string, paused: boolean) =>
      void act(id, async () => (await send('sync.pause', { accountId: id, paused }), null)),
    onSyncNow: (id: string) => void act(id, async () => (await send('sync.now', { accountId: id }), null)),
    onDisconnect: (id: string, remove: boolean) =>
      void act(id, async () => {
        const address = id.slice(id.indexOf(':') + 1);
        const r = await send('sync.disconnect', { accountId: id, remove });
        const done = remove
          ? t('sync.disconnect.removed', {
              address,
              interactions: r.interactions,
              people: r.people,
              shared: r.shared,
            })
          : t('sync.disconnect.kept', { address });
        if (r.revoked) return done;
        // Microsoft has no way for an app to give its access back: say where the user removes it.
        const where = id.startsWith('microsoft:')
          ? 'microsoft.disconnect.consent'
          : 'sync.disconnect.notRevoked';
        return `${done} ${t(where)}`;
      }),
  };
}
