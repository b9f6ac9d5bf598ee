// The Microsoft identity platform's v2.0 code + PKCE flow for a public client with a SPA redirect, as pure
// functions: the scopes, the authorize URL, the token form, and what a token answer means. The extension runs
// the flow (integrations/microsoft/auth.ts); MSAL.js is not used because it does not run in an MV3 service
// worker (MSAL issue #3923). https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow
import { GRAPH_LIMITS } from '../../core/sync/microsoft/limits';

export type MicrosoftTenant = 'common' | 'organizations' | 'consumers';

const GRAPH_SCOPE = (s: string) => `https://graph.microsoft.com/${s}`;

/**
 * Least first: mail metadata, contacts, the profile, a refresh token; `openid` only so the answer carries an
 * id_token whose `tid` tells a personal account from a work one. Teams adds Chat.ReadBasic + Chat.Read, and only
 * when the user turned Teams on.
 */
export function microsoftScopes(teams: boolean): string[] {
  const base = ['Mail.ReadBasic', 'Contacts.Read', 'User.Read'];
  const chat = teams ? ['Chat.ReadBasic', 'Chat.Read'] : [];
  return ['openid', 'offline_access', ...[...base, ...chat].map(GRAPH_SCOPE)];
}

export function isTenant(value: string): value is MicrosoftTenant {
  return value === 'common' || value === 'organizations' || value === 'consumers';
}

export interface AuthorizeRequest {
  tenant: string;
  clientId: string;
  redirectUri: string;
  scopes: readonly string[];
  challenge: string;
  state: string;
  /** `none`: silent renewal (fails with interaction_required instead of showing a page). */
  prompt?: 'none' | 'select_account';
  loginHint?: string;
}

const LOGIN = 'https://login.microsoftonline.com';

/** A tenant id or domain, or one of the three aliases; anything else falls back to `common`. */
export function tenantSegment(tenant: string): string {
  const t = tenant.trim().toLowerCase();
  return /^[a-z0-9.-]{1,200}$/u.test(t) ? t : 'common';
}

export function authorizeUrl(r: AuthorizeRequest): string {
  const q = new URLSearchParams({
    client_id: r.clientId,
    response_type: 'code',
    redirect_uri: r.redirectUri,
    response_mode: 'query',
    scope: r.scopes.join(' '),
    state: r.state,
    code_challenge: r.challenge,
    code_challenge_method: 'S256',
  });
  if (r.prompt) q.set('prompt', r.prompt);
  if (r.loginHint) q.set('login_hint', r.loginHint);
  return `${LOGIN}/${tenantSegment(r.tenant)}/oauth2/v2.0/authorize?${q.toString()}`;
}

export function tokenUrl(tenant: string): string {
  return `${LOGIN}/${tenantSegment(tenant)}/oauth2/v2.0/token`;
}

/** The form that redeems a code (no secret: a public client proves itself with the PKCE verifier). */
export function codeForm(
  clientId: string,
  code: string,
  redirectUri: string,
  verifier: string,
  scopes: readonly string[],
): string {
  return new URLSearchParams({
    client_id: clientId,
    grant_type: 'authorization_code',
    code,
    redirect_uri: redirectUri,
    code_verifier: verifier,
    scope: scopes.join(' '),
  }).toString();
}

export function refreshForm(clientId: string, refreshToken: string, scopes: readonly string[]): string {
  return new URLSearchParams({
    client_id: clientId,
    grant_type: 'refresh_token',
    refresh_token: refreshToken,
    scope: scopes.join(' '),
  }).toString();
}

/** What comes back to the redirect URI: a code (with the state we sent), or an error to show. */
export type RedirectResult =
  | { ok: true; code: string }
  | { ok: false; error: string; description: string; interactionRequired: boolean };

export function readRedirect(url: string, expectedState: string): RedirectResult {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return {
      ok: false,
      error: 'bad_redirect',
      description: 'The sign-in window returned no address.',
      interactionRequired: false,
    };
  }
  const q = parsed.search.length > 1 ? parsed.searchParams : new URLSearchParams(parsed.hash.slice(1));
  const error = q.get('error');
  if (error) {
    const interaction = [
      'interaction_required',
      'login_required',
      'consent_required',
      'account_selection_required',
    ];
    return {
      ok: false,
      error: error.slice(0, 100),
      description: (q.get('error_description') ?? '').slice(0, 500),
      interactionRequired: interaction.includes(error),
    };
  }
  if (q.get('state') !== expectedState)
    return {
      ok: false,
      error: 'state_mismatch',
      description: 'The sign-in answer was not for this request.',
      interactionRequired: false,
    };
  const code = q.get('code');
  return code
    ? { ok: true, code }
    : {
        ok: false,
        error: 'no_code',
        description: 'The sign-in answer had no code.',
        interactionRequired: false,
      };
}

export interface MicrosoftTokens {
  accessToken: string;
  /** Epoch ms. */
  expiresAt: number;
  refreshToken: string | null;
  /** SPA refresh tokens end 24 h after sign-in, whatever rotation returns. */
  refreshExpiresAt: number | null;
  /** Granted Graph scopes, lower-cased short names (mail.readbasic, chat.read…). */
  scopes: string[];
  idToken: string | null;
}

export type TokenAnswer =
  { ok: true; tokens: MicrosoftTokens } | { ok: false; error: string; codes: number[]; description: string };

/** A token endpoint answer, checked. `signedInAt`: when the interactive sign-in behind it happened. */
export function readTokenAnswer(status: number, body: unknown, now: number, signedInAt: number): TokenAnswer {
  const o = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  if (status !== 200 || typeof o.access_token !== 'string' || !o.access_token) {
    const codes = Array.isArray(o.error_codes)
      ? o.error_codes.filter((c): c is number => typeof c === 'number')
      : [];
    return {
      ok: false,
      error: typeof o.error === 'string' ? o.error.slice(0, 100) : `http_${status}`,
      codes,
      description: typeof o.error_description === 'string' ? o.error_description.slice(0, 500) : '',
    };
  }
  const expiresIn = typeof o.expires_in === 'number' ? o.expires_in : Number(o.expires_in);
  const scopes =
    typeof o.scope === 'string'
      ? o.scope
          .split(/\s+/u)
          .filter(Boolean)
          .map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//iu, '').toLowerCase())
      : [];
  const refresh = typeof o.refresh_token === 'string' && o.refresh_token ? o.refresh_token : null;
  return {
    ok: true,
    tokens: {
      accessToken: o.access_token,
      expiresAt: now + (Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 3600) * 1000,
      refreshToken: refresh,
      refreshExpiresAt: refresh ? signedInAt + GRAPH_LIMITS.auth.spaRefreshLifetimeMs : null,
      scopes,
      idToken: typeof o.id_token === 'string' ? o.id_token : null,
    },
  };
}

export interface MicrosoftIdentity {
  address: string;
  name: string;
  tenantId: string;
  personal: boolean;
  /** The user's object id (`oid`): their Graph user id, who "from.user.id" is on their own chat messages. */
  userId: string;
}

/** Who signed in, from the id_token's claims (read, not verified: it only names the account; Graph checks tokens). */
export function identityFromIdToken(idToken: string): MicrosoftIdentity | null {
  const payload = idToken.split('.')[1];
  if (!payload) return null;
  let claims: Record<string, unknown>;
  try {
    const b64 = payload.replace(/-/gu, '+').replace(/_/gu, '/');
    const bytes = Uint8Array.from(atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4)), (c) => c.charCodeAt(0));
    claims = JSON.parse(new TextDecoder().decode(bytes)) as Record<string, unknown>;
  } catch {
    return null;
  }
  const address =
    typeof claims.preferred_username === 'string' ? claims.preferred_username.trim().toLowerCase() : '';
  const tenantId = typeof claims.tid === 'string' ? claims.tid : '';
  if (!address || !tenantId) return null;
  return {
    address,
    name: typeof claims.name === 'string' ? claims.name.slice(0, 200) : address,
    tenantId,
    personal: tenantId === GRAPH_LIMITS.auth.consumerTenant,
    userId: typeof claims.oid === 'string' ? claims.oid.slice(0, 100) : '',
  };
}

/** Whether the access token needs renewing before use. */
export function needsRenewal(tokens: Pick<MicrosoftTokens, 'expiresAt'>, now: number): boolean {
  return tokens.expiresAt - GRAPH_LIMITS.auth.renewBeforeMs <= now;
}

/** A refresh token still worth trying (SPA ones end 24 h after sign-in). */
export function canRefresh(
  tokens: Pick<MicrosoftTokens, 'refreshToken' | 'refreshExpiresAt'>,
  now: number,
): boolean {
  return tokens.refreshToken !== null && (tokens.refreshExpiresAt === null || tokens.refreshExpiresAt > now);
}
