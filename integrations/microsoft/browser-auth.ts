// The browser's side of Microsoft sign-in: identity.launchWebAuthFlow, its redirect URL
// (https://<id>.chromiumapp.org/ in Chrome and Edge, https://<hash>.extensions.allizom.org/ in Firefox: the SPA
// redirect URIs to register), tokens in storage.session, and the client id from settings or the build.
import { browser } from '#imports';
import type { MicrosoftSettings } from '../../core/sync/microsoft/settings';
import type { AuthDeps, MicrosoftAuthConfig, StoredTokens, TokenVault } from './auth';

declare const __KARTKA_MICROSOFT_CLIENT_ID__: string | undefined;

/** The client id built in (KARTKA_MICROSOFT_CLIENT_ID at build time), used when the setting is empty. */
export const BUILT_IN_CLIENT_ID: string =
  typeof __KARTKA_MICROSOFT_CLIENT_ID__ === 'string' ? __KARTKA_MICROSOFT_CLIENT_ID__ : '';

/** The sign-in of `accountId` (none: a new account) asks for the Teams scopes only when Teams is on for it. */
export function authConfig(settings: MicrosoftSettings | undefined, accountId?: string): MicrosoftAuthConfig {
  return {
    clientId: settings?.clientId.trim() || BUILT_IN_CLIENT_ID,
    tenant: settings?.tenant ?? 'common',
    teams: accountId !== undefined && (settings?.teamsAccounts ?? []).includes(accountId),
  };
}

const tokenKey = (accountId: string) => `microsoft-tokens:${accountId}`;

/** Session storage: cleared when the browser closes, never written to disk by the extension. */
export const sessionVault: TokenVault = {
  async get(accountId) {
    const key = tokenKey(accountId);
    const found = (await browser.storage.session.get(key))[key];
    return found && typeof found === 'object' ? (found as StoredTokens) : null;
  },
  async set(accountId, tokens) {
    await browser.storage.session.set({ [tokenKey(accountId)]: tokens });
  },
  async remove(accountId) {
    await browser.storage.session.remove(tokenKey(accountId));
  },
};

export function browserAuthDeps(): AuthDeps {
  return {
    launch: (url, interactive) => browser.identity.launchWebAuthFlow({ url, interactive }),
    fetch: (input, init) => fetch(input, init),
    redirectUri: browser.identity.getRedirectURL(),
    now: () => Date.now(),
    vault: sessionVault,
  };
}
