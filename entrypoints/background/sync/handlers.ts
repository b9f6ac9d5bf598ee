// Settings → Accounts asks, the background does: connect and reconnect (the sign-in window), disconnect
// (revoke, then keep or remove), pause and resume, sync now.
import { browser } from '#imports';
import { ActionError } from '../../../core/action-error';
import { syncAccountId, type SyncProviderId } from '../../../core/sync/account';
import { getProfile } from '../../../integrations/google/gmail-api';
import { GOOGLE_REVOKE_URL, type AuthAnswer } from '../../../integrations/google/oauth';
import { googleOptions, googleStreams } from '../../../integrations/google/provider';
import { GOOGLE_SCOPES } from '../../../integrations/google/scopes';
import type { Handlers } from '../../../integrations/messaging/router';
import { db } from '../../../storage/db';
import { clearBackoff, connectAccount, setPaused } from '../../../storage/sync/accounts';
import { setTeamsAccount } from '../../../storage/sync/microsoft-prefs';
import { disconnectAccount } from '../../../storage/sync/remove';
import { updateBadge } from './badge';
import { runAccount, stopAccount, syncSettings } from './engine';
import { microsoftSignIn, msTokens } from './microsoft';
import { googleTokens } from './tokens';

type SyncHandlers = Pick<
  Handlers,
  'sync.connect' | 'sync.reconnect' | 'sync.disconnect' | 'sync.pause' | 'sync.now'
>;

const api = { fetch: (url: string, init: RequestInit) => fetch(url, init), now: () => Date.now() };

function refused(answer: Extract<AuthAnswer, { ok: false }>): ActionError {
  if (answer.error === 'no_client_id')
    return new ActionError('No Google OAuth client id is set.', { code: 'sync.noClientId' });
  if (answer.error === 'access_denied')
    return new ActionError('Google sign-in was closed or refused.', { code: 'sync.denied' });
  const uri = browser.identity.getRedirectURL();
  return new ActionError(`Google sign-in failed: ${answer.error}`, {
    code: 'sync.authPage',
    params: { error: answer.error, uri },
  });
}

interface Granted {
  address: string;
  scopes: readonly string[];
  streams: Parameters<typeof connectAccount>[4];
}

/** Google's sign-in window; learns the mailbox address from Gmail's profile and keeps the tokens. */
async function googleSignIn(loginHint?: string): Promise<Granted> {
  const answer = await googleTokens.authorize(false, loginHint);
  if (!answer.ok) throw refused(answer);
  if (!answer.scopes.includes(GOOGLE_SCOPES.gmail))
    throw new ActionError('Google did not grant the gmail.metadata scope.', { code: 'sync.noMail' });
  const profile = await getProfile(api, answer.token, new AbortController().signal);
  if (!profile.ok) {
    const error =
      profile.failure.message ?? `${profile.failure.status} ${profile.failure.reason ?? ''}`.trim();
    throw new ActionError(`Gmail's profile could not be read: ${error}`, {
      code: 'sync.google',
      params: { error },
    });
  }
  const address = profile.value.emailAddress;
  await googleTokens.keep(syncAccountId('google', address), answer);
  const now = Date.now();
  const options = googleOptions(await syncSettings(), now);
  return { address, scopes: answer.scopes, streams: googleStreams(answer.scopes, options, now) };
}

/** Signs in (a window) with the provider, and connects or reconnects the mailbox; its sync starts at once. */
async function signIn(
  provider: SyncProviderId,
  loginHint?: string,
): Promise<{ accountId: string; address: string }> {
  const granted = provider === 'microsoft' ? await microsoftSignIn(loginHint) : await googleSignIn(loginHint);
  const accountId = syncAccountId(provider, granted.address);
  await connectAccount(db, provider, granted.address, granted.scopes, granted.streams, Date.now());
  runAccount(accountId);
  await updateBadge();
  return { accountId, address: granted.address };
}

/** Tells Google to drop Kartka's access (the grant, not only this token); false when Google could not be told. */
async function revoke(token: string | null): Promise<boolean> {
  if (!token) return false;
  try {
    const res = await fetch(GOOGLE_REVOKE_URL, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ token }).toString(),
    });
    // 400 invalid_token: already revoked or expired beyond renewal; the grant is gone either way.
    return res.ok || res.status === 400;
  } catch {
    return false;
  }
}

async function existing(accountId: string) {
  const account = await db.syncAccounts.get(accountId);
  if (!account) throw new ActionError(`No connected account ${accountId}.`, { code: 'sync.gone' });
  return account;
}

export const syncHandlers: SyncHandlers = {
  'sync.connect': ({ provider }) => signIn(provider),

  async 'sync.reconnect'({ accountId }) {
    const account = await existing(accountId);
    return signIn(account.provider, account.address);
  },

  async 'sync.disconnect'({ accountId, remove }) {
    const account = await existing(accountId);
    stopAccount(accountId);
    let revoked = false;
    if (account.provider === 'microsoft') {
      // Microsoft has no RFC 7009 revocation endpoint; revokeSignInSessions would sign the user out of every app.
      // The tokens are forgotten here and the panel says where to remove Kartka's consent.
      await msTokens.forget(accountId);
      // Teams on the card ends with the account: connected again, it is off until turned on (and consented) again.
      await setTeamsAccount(accountId, false);
    } else {
      // A token about to expire is renewed silently first, so the revocation reaches Google.
      const token = await googleTokens.get(accountId).catch(() => null);
      revoked = await revoke(token);
      await googleTokens.forget(accountId);
    }
    const report = await disconnectAccount(db, accountId, remove);
    await updateBadge();
    return { ...report, revoked };
  },

  async 'sync.pause'({ accountId, paused }) {
    await existing(accountId);
    await setPaused(db, accountId, paused);
    if (paused) stopAccount(accountId);
    else runAccount(accountId);
    await updateBadge();
    return null;
  },

  async 'sync.now'({ accountId }) {
    await existing(accountId);
    await clearBackoff(db, accountId);
    runAccount(accountId);
    return null;
  },
};
