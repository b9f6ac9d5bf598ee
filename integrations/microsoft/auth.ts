// Signing in to Microsoft and keeping a valid access token, without MSAL: code + PKCE through
// identity.launchWebAuthFlow (Chrome, Edge, Firefox), the code redeemed with a cross-origin fetch from the
// extension (a SPA redirect demands it: AADSTS9002327 otherwise), no secret. Renewal is silent first (the refresh
// token; when that is gone, launchWebAuthFlow with interactive:false and prompt=none) and only then asks the user
// to reconnect. Tokens live in session storage: never in the base, logs or pages.
import {
  authorizeUrl,
  canRefresh,
  codeForm,
  identityFromIdToken,
  microsoftScopes,
  needsRenewal,
  readRedirect,
  readTokenAnswer,
  refreshForm,
  tokenUrl,
  type MicrosoftIdentity,
  type MicrosoftTokens,
} from './auth-protocol';

export interface MicrosoftAuthConfig {
  clientId: string;
  tenant: string;
  teams: boolean;
}

export interface StoredTokens extends MicrosoftTokens {
  /** When the interactive sign-in behind these tokens happened (the SPA refresh token's 24 h start here). */
  signedInAt: number;
  address: string;
}

/** Where tokens are kept: session storage in the extension, a Map in tests. */
export interface TokenVault {
  get(accountId: string): Promise<StoredTokens | null>;
  set(accountId: string, tokens: StoredTokens): Promise<void>;
  remove(accountId: string): Promise<void>;
}

export interface AuthDeps {
  /** identity.launchWebAuthFlow: resolves with the URL the flow ended on, rejects when it could not. */
  launch(url: string, interactive: boolean): Promise<string | undefined>;
  fetch: typeof fetch;
  redirectUri: string;
  now(): number;
  vault: TokenVault;
}

export type SignIn =
  | { ok: true; identity: MicrosoftIdentity; tokens: StoredTokens }
  | { ok: false; error: string; description: string; interactionRequired: boolean };

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/gu, '-')
    .replace(/\//gu, '_')
    .replace(/=+$/u, '');

/** RFC 7636: a 43-character verifier and its S256 challenge. */
export async function pkcePair(): Promise<{ verifier: string; challenge: string }> {
  const verifier = b64url(crypto.getRandomValues(new Uint8Array(32)));
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return { verifier, challenge: b64url(new Uint8Array(digest)) };
}

async function postForm(
  deps: AuthDeps,
  url: string,
  form: string,
): Promise<{ status: number; body: unknown }> {
  try {
    const res = await deps.fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    const body: unknown = await res.json().catch(() => null);
    return { status: res.status, body };
  } catch (error) {
    return { status: 0, body: { error: 'network', error_description: String(error) } };
  }
}

/** One run of the code flow: interactive (the Connect button, Reconnect) or silent (prompt=none). */
export async function signIn(
  config: MicrosoftAuthConfig,
  deps: AuthDeps,
  interactive: boolean,
  loginHint?: string,
): Promise<SignIn> {
  if (!config.clientId)
    return {
      ok: false,
      error: 'no_client_id',
      description: 'No Microsoft client id is set.',
      interactionRequired: false,
    };
  const { verifier, challenge } = await pkcePair();
  const state = b64url(crypto.getRandomValues(new Uint8Array(16)));
  const scopes = microsoftScopes(config.teams);
  const url = authorizeUrl({
    tenant: config.tenant,
    clientId: config.clientId,
    redirectUri: deps.redirectUri,
    scopes,
    challenge,
    state,
    ...(interactive ? { prompt: 'select_account' as const } : { prompt: 'none' as const }),
    ...(loginHint ? { loginHint } : {}),
  });
  let landed: string | undefined;
  try {
    landed = await deps.launch(url, interactive);
  } catch (error) {
    return {
      ok: false,
      error: interactive ? 'cancelled' : 'interaction_required',
      description: error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300),
      interactionRequired: !interactive,
    };
  }
  const redirect = readRedirect(landed ?? '', state);
  if (!redirect.ok) return redirect;
  const startedAt = deps.now();
  const answer = await postForm(
    deps,
    tokenUrl(config.tenant),
    codeForm(config.clientId, redirect.code, deps.redirectUri, verifier, scopes),
  );
  const read = readTokenAnswer(answer.status, answer.body, deps.now(), startedAt);
  if (!read.ok)
    return { ok: false, error: read.error, description: read.description, interactionRequired: false };
  const identity = read.tokens.idToken ? identityFromIdToken(read.tokens.idToken) : null;
  if (!identity)
    return {
      ok: false,
      error: 'no_identity',
      description: 'Microsoft did not say which account signed in.',
      interactionRequired: false,
    };
  return { ok: true, identity, tokens: { ...read.tokens, signedInAt: startedAt, address: identity.address } };
}

/** Renews with the refresh token (rotated: the new one keeps the old 24 h end). */
async function refresh(
  accountId: string,
  stored: StoredTokens,
  config: MicrosoftAuthConfig,
  deps: AuthDeps,
): Promise<StoredTokens | null> {
  if (!canRefresh(stored, deps.now()) || !stored.refreshToken) return null;
  const answer = await postForm(
    deps,
    tokenUrl(config.tenant),
    refreshForm(config.clientId, stored.refreshToken, microsoftScopes(config.teams)),
  );
  const read = readTokenAnswer(answer.status, answer.body, deps.now(), stored.signedInAt);
  if (!read.ok) return null;
  const renewed: StoredTokens = {
    ...read.tokens,
    refreshToken: read.tokens.refreshToken ?? stored.refreshToken,
    refreshExpiresAt: stored.refreshExpiresAt,
    idToken: read.tokens.idToken ?? stored.idToken,
    signedInAt: stored.signedInAt,
    address: stored.address,
  };
  await deps.vault.set(accountId, renewed);
  return renewed;
}

/** Renews without the user: refresh token first, then a silent sign-in for the same account; null: reconnect. */
export async function renewSilently(
  accountId: string,
  config: MicrosoftAuthConfig,
  deps: AuthDeps,
): Promise<string | null> {
  const stored = await deps.vault.get(accountId);
  if (stored) {
    const refreshed = await refresh(accountId, stored, config, deps);
    if (refreshed) return refreshed.accessToken;
  }
  const hint = stored?.address ?? accountId.replace(/^microsoft:/u, '');
  const silent = await signIn(config, deps, false, hint);
  if (!silent.ok || silent.identity.address !== hint) return null;
  await deps.vault.set(accountId, silent.tokens);
  return silent.tokens.accessToken;
}

/** A valid access token for the account, renewing silently when it is about to expire; null: reconnect. */
export async function accessToken(
  accountId: string,
  config: MicrosoftAuthConfig,
  deps: AuthDeps,
): Promise<string | null> {
  const stored = await deps.vault.get(accountId);
  if (stored && !needsRenewal(stored, deps.now())) return stored.accessToken;
  return renewSilently(accountId, config, deps);
}
