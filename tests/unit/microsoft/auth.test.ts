// Sign-in and renewal against the fake login.microsoftonline.com: code + PKCE, a cross-origin redemption, the
// refresh token first, a silent sign-in when that has reached its 24 h end, and "reconnect" (null) after that.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessToken,
  renewSilently,
  signIn,
  type AuthDeps,
  type StoredTokens,
} from '../../../integrations/microsoft/auth';
import { microsoftScopes } from '../../../integrations/microsoft/auth-protocol';
import { defaultSettings } from '../../../core/settings';
import { defaultMicrosoftSettings } from '../../../core/sync/microsoft/settings';
import { microsoftTokens } from '../../../entrypoints/background/sync/microsoft';
import { db } from '../../../storage/db';
import { SETTINGS_KEY } from '../../../storage/settings';
import { createMicrosoftFake, type MicrosoftFake } from '../../fakes/microsoft';
import { fetchVia } from '../../fakes/microsoft/node-fetch';
import { startFakeServer, type FakeServer } from '../../fakes/server';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000c0de';
const EXT = 'abcdefghijklmnopabcdefghijklmnop';
const REDIRECT = `https://${EXT}.chromiumapp.org/`;

let fake: MicrosoftFake;
let server: FakeServer;
let deps: AuthDeps;
let clock = Date.now();
const vault = new Map<string, StoredTokens>();

beforeAll(async () => {
  fake = createMicrosoftFake({ clock: () => clock });
  fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
  fake.addWorkUser('olena@contoso.example', 'Olena Kovalenko');
  server = await startFakeServer(fake.routes, 60_000);
  const viaFake = fetchVia(server);
  deps = {
    // What launchWebAuthFlow does with a page that redirects at once: resolve with where it landed. A page that
    // needs the user (an error page here) makes a silent flow fail.
    launch: async (url) => {
      const res = await viaFake(url, { redirect: 'manual' });
      const location = res.headers.get('location');
      if (res.status !== 302 || !location) throw new Error('User interaction required.');
      return location;
    },
    // The extension's service worker sends its Origin on a cross-origin POST, as Microsoft requires for SPA.
    fetch: (input, init) =>
      viaFake(input, {
        ...init,
        headers: { ...(init?.headers as Record<string, string>), origin: `chrome-extension://${EXT}` },
      }),
    redirectUri: REDIRECT,
    now: () => clock,
    vault: {
      get: async (id) => vault.get(id) ?? null,
      set: async (id, t) => void vault.set(id, t),
      remove: async (id) => void vault.delete(id),
    },
  };
});

afterAll(() => server.close());

const config = { clientId: CLIENT_ID, tenant: 'common', teams: false };

describe('Microsoft sign-in', () => {
  it('asks for the least scopes, and Teams scopes only when Teams is on', () => {
    expect(microsoftScopes(false)).toEqual([
      'openid',
      'offline_access',
      'https://graph.microsoft.com/Mail.ReadBasic',
      'https://graph.microsoft.com/Contacts.Read',
      'https://graph.microsoft.com/User.Read',
    ]);
    expect(microsoftScopes(true).slice(-2)).toEqual([
      'https://graph.microsoft.com/Chat.ReadBasic',
      'https://graph.microsoft.com/Chat.Read',
    ]);
  });

  it('signs in, renews with the refresh token, then silently, then gives up', async () => {
    const first = await signIn(config, deps, true);
    if (!first.ok) throw new Error(first.description);
    expect(first.identity).toMatchObject({ address: 'olena@contoso.example', personal: false });
    expect(first.tokens.scopes).toEqual(['mail.readbasic', 'contacts.read', 'user.read']);
    const id = 'microsoft:olena@contoso.example';
    await deps.vault.set(id, first.tokens);
    expect(await accessToken(id, config, deps)).toBe(first.tokens.accessToken);

    // An hour later the access token is due: the refresh token renews it (rotated, same 24 h end).
    clock += 60 * 60_000;
    const renewed = await accessToken(id, config, deps);
    expect(renewed).not.toBe(first.tokens.accessToken);
    expect(fake.login.stats.refreshed).toBe(1);
    expect(vault.get(id)?.refreshExpiresAt).toBe(first.tokens.refreshExpiresAt);

    // A day later the SPA refresh token is over: a silent sign-in (prompt=none) takes its place.
    clock += 24 * 60 * 60_000;
    const silent = await accessToken(id, config, deps);
    expect(silent).toBeTruthy();
    expect(fake.login.stats.silentAuthorize).toBe(1);

    // The session at Microsoft needs the user now: nothing silent works, so the account must reconnect.
    clock += 25 * 60 * 60_000;
    fake.login.silentAllowed = false;
    expect(await renewSilently(id, config, deps)).toBeNull();
  });

  it('says why when the client id is missing or the account is refused', async () => {
    const none = await signIn({ ...config, clientId: '' }, deps, true);
    expect(none).toMatchObject({ ok: false, error: 'no_client_id' });
    fake.login.silentAllowed = true;
    const personalOnly = await signIn({ ...config, tenant: 'consumers' }, deps, true);
    expect(personalOnly).toMatchObject({ ok: false, error: 'cancelled' });
  });
});

describe('the background’s Microsoft tokens', () => {
  it('renews once for requests refused together, and not again for a token already replaced', async () => {
    fake.login.silentAllowed = true;
    await db.meta.put({
      key: SETTINGS_KEY,
      value: { ...defaultSettings(), microsoft: { ...defaultMicrosoftSettings(), clientId: CLIENT_ID } },
    });
    const tokens = microsoftTokens(() => deps);
    const first = await signIn(config, deps, true);
    if (!first.ok) throw new Error(first.description);
    const id = 'microsoft:olena@contoso.example';
    await deps.vault.set(id, first.tokens);
    expect(await tokens.get(id)).toBe(first.tokens.accessToken);

    // Four requests out, all refused (Graph no longer takes the token): one refresh, one new token for all.
    const refreshed = fake.login.stats.refreshed;
    const old = first.tokens.accessToken;
    const renewed = await Promise.all([1, 2, 3, 4].map(() => tokens.renew(id, old)));
    expect(new Set(renewed).size).toBe(1);
    expect(renewed[0]).not.toBe(old);
    expect(fake.login.stats.refreshed).toBe(refreshed + 1);
    // A fifth refused with the old token after that renewal ended: the new token, no second refresh (which would
    // spend the rotated refresh token again).
    expect(await tokens.renew(id, old)).toBe(renewed[0]);
    expect(fake.login.stats.refreshed).toBe(refreshed + 1);
    // Disconnect forgets them.
    await tokens.forget(id);
    expect(vault.has(id)).toBe(false);
  });
});
