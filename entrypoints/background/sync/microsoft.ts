// Microsoft in the background: the runner's Tokens over the PKCE sign-in (integrations/microsoft/auth.ts), the
// interactive sign-in behind "Connect Microsoft account" and "Reconnect", and what Disconnect can do at Microsoft.
// Settings are read when asked (client id, tenant, Teams), so a change in Settings applies at the next renewal.
import { ActionError } from '../../../core/action-error';
import { syncAccountId, type SyncAccountId } from '../../../core/sync/account';
import { renewSilently, signIn, type AuthDeps } from '../../../integrations/microsoft/auth';
import { needsRenewal } from '../../../integrations/microsoft/auth-protocol';
import { authConfig, browserAuthDeps } from '../../../integrations/microsoft/browser-auth';
import { microsoftStreams } from '../../../integrations/microsoft/provider';
import type { Tokens } from '../../../integrations/sync/types';
import { db } from '../../../storage/db';
import { loadSettings } from '../../../storage/settings';
import { saveMicrosoftKind } from '../../../storage/teams-state';

/** The sign-in settings for an account (its Teams scopes only when Teams is on for it). */
export const config = async (accountId?: string) => authConfig((await loadSettings()).microsoft, accountId);

/**
 * One renewal per account at a time: the runner has up to 4 requests out, and a refresh token is rotated on use,
 * so two renewals racing would spend the same refresh token twice. A 401 for a token another request's renewal
 * has already replaced is answered with the newer token, not with a second renewal.
 */
export function microsoftTokens(deps: () => AuthDeps = browserAuthDeps): Tokens & {
  forget(id: SyncAccountId): Promise<void>;
} {
  const renewing = new Map<SyncAccountId, Promise<string | null>>();
  const renewOnce = (id: SyncAccountId): Promise<string | null> => {
    const inFlight = renewing.get(id);
    if (inFlight) return inFlight;
    const p = config(id)
      .then((c) => renewSilently(id, c, deps()))
      .finally(() => renewing.delete(id));
    renewing.set(id, p);
    return p;
  };
  /** The stored token when it is good for a while yet (and is not the one refused); else a renewal. */
  const current = async (id: SyncAccountId, refused: string | null): Promise<string | null> => {
    const inFlight = renewing.get(id);
    if (inFlight) return inFlight;
    const d = deps();
    const stored = await d.vault.get(id);
    if (stored && stored.accessToken !== refused && !needsRenewal(stored, d.now())) return stored.accessToken;
    return renewOnce(id);
  };
  return {
    get: (id) => current(id, null),
    renew: (id, refused) => current(id, refused ?? null),
    forget: (id) => deps().vault.remove(id),
  };
}

export const msTokens = microsoftTokens();

/** Why a sign-in did not end in a connected account, in the user's language (actionError.microsoft.*). */
export function refused(error: string, description: string): ActionError {
  if (error === 'no_client_id')
    return new ActionError('No Microsoft application (client) id is set.', { code: 'microsoft.noClientId' });
  if (error === 'cancelled' || error === 'access_denied' || error === 'consent_required')
    return new ActionError('Microsoft sign-in was closed or refused.', { code: 'microsoft.denied' });
  const uri = browserAuthDeps().redirectUri;
  const detail = `${error}${description ? `: ${description.split(/\r?\n/u)[0]}` : ''}`.slice(0, 300);
  return new ActionError(`Microsoft sign-in failed: ${detail}`, {
    code: 'microsoft.authPage',
    params: { error: detail, uri },
  });
}

/**
 * The sign-in window (Connect, Reconnect with the account's address as the hint). Keeps the tokens and returns
 * the address and what Microsoft granted; the handler connects the account.
 */
export async function microsoftSignIn(
  loginHint?: string,
): Promise<{ address: string; scopes: string[]; streams: ReturnType<typeof microsoftStreams> }> {
  const deps = browserAuthDeps();
  const hinted = loginHint ? syncAccountId('microsoft', loginHint.trim().toLowerCase()) : undefined;
  const answer = await signIn(await config(hinted), deps, true, loginHint);
  if (!answer.ok) throw refused(answer.error, answer.description);
  const { address } = answer.identity;
  if (loginHint && address !== loginHint.trim().toLowerCase())
    throw new ActionError(`Signed in as ${address}, not ${loginHint}.`, {
      code: 'microsoft.otherAccount',
      params: { address, expected: loginHint },
    });
  const scopes = answer.tokens.scopes;
  if (!scopes.includes('mail.readbasic') && !scopes.includes('mail.read'))
    throw new ActionError('Microsoft did not grant Mail.ReadBasic.', { code: 'microsoft.noMail' });
  await deps.vault.set(syncAccountId('microsoft', address), answer.tokens);
  // Personal accounts have no Teams chats in Graph: Settings → Accounts says so beside the Teams option.
  await saveMicrosoftKind(
    db,
    syncAccountId('microsoft', address),
    answer.identity.personal ? 'personal' : 'work',
  );
  return { address, scopes, streams: microsoftStreams(scopes, Date.now()) };
}
