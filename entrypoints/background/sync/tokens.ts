// Google tokens in the extension: identity.launchWebAuthFlow for sign-in and silent renewal, session storage
// for the tokens (cleared when the browser closes; never written to IndexedDB, logs or pages).
import { browser } from '#imports';
import type { SyncAccountId } from '../../../core/sync/account';
import { syncPrefsOf } from '../../../core/sync/prefs';
import { BUILD_GOOGLE_CLIENT_ID } from '../../../integrations/google/client-id';
import { GoogleTokens, type StoredToken, type TokenVault } from '../../../integrations/google/tokens';
import { db } from '../../../storage/db';
import { loadSettings } from '../../../storage/settings';

const key = (id: SyncAccountId) => `sync.token:${id}`;

const sessionVault: TokenVault = {
  async get(id) {
    const stored = (await browser.storage.session.get(key(id)))[key(id)] as StoredToken | undefined;
    return stored && typeof stored.token === 'string' ? stored : undefined;
  },
  set: (id, token) => browser.storage.session.set({ [key(id)]: token }),
  remove: (id) => browser.storage.session.remove(key(id)),
};

/** The client id in force: the firm's own (Settings → Accounts), else the build's. */
export async function googleClientId(): Promise<string> {
  return syncPrefsOf(await loadSettings()).googleClientId || BUILD_GOOGLE_CLIENT_ID;
}

export const googleTokens = new GoogleTokens({
  clientId: googleClientId,
  // Asked when a sign-in starts, not when this module loads: importing the background must not touch identity.
  redirectUri: () => browser.identity.getRedirectURL(),
  launch: async (url, interactive) => {
    const redirected = await browser.identity.launchWebAuthFlow({ url, interactive });
    if (!redirected) throw new Error('The sign-in window returned no address.');
    return redirected;
  },
  vault: sessionVault,
  now: () => Date.now(),
  state: () => crypto.randomUUID(),
  grantedScopes: async (id) => (await db.syncAccounts.get(id))?.scopes,
});
