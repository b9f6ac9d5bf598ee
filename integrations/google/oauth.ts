// Google sign-in for an extension, as plain functions: the authorization URL and the answer read from the
// redirect. A "Web application" client id cannot redeem a code without its secret (even with PKCE), so Kartka
// takes the token response (response_type=token, ~1 h) and renews it with prompt=none (SYNC.md).

export const GOOGLE_AUTHORIZE_URL = 'https://accounts.google.com/o/oauth2/v2/auth';
export const GOOGLE_REVOKE_URL = 'https://oauth2.googleapis.com/revoke';

export interface AuthorizeRequest {
  clientId: string;
  /** `https://<extension id>.chromiumapp.org/` (Chrome, Edge) or the Firefox equivalent. */
  redirectUri: string;
  scopes: readonly string[];
  /** Random, checked on the way back. */
  state: string;
  /** Silent renewal: no window, no prompt; fails with `login_required`/`consent_required` instead. */
  silent: boolean;
  /** The account to use (renewal and reconnect): Google preselects it. */
  loginHint?: string;
}

export function authorizeUrl(r: AuthorizeRequest): string {
  const q = new URLSearchParams({
    client_id: r.clientId,
    redirect_uri: r.redirectUri,
    response_type: 'token',
    scope: r.scopes.join(' '),
    state: r.state,
    include_granted_scopes: 'true',
  });
  if (r.silent) q.set('prompt', 'none');
  if (r.loginHint) q.set('login_hint', r.loginHint);
  return `${GOOGLE_AUTHORIZE_URL}?${q.toString()}`;
}

export type AuthAnswer =
  | { ok: true; token: string; expiresAt: number; scopes: string[] }
  /** `error`: Google's code (`access_denied`, `consent_required`, `login_required`…) or `state_mismatch`/`no_token`. */
  | { ok: false; error: string };

/** Reads the redirect URL Google sent the browser to (`…#access_token=…&expires_in=…&scope=…&state=…`). */
export function readRedirect(url: string, state: string, now: number): AuthAnswer {
  let params: URLSearchParams;
  try {
    const u = new URL(url);
    params = new URLSearchParams(u.hash.replace(/^#/u, '') || u.search.replace(/^\?/u, ''));
  } catch {
    return { ok: false, error: 'no_token' };
  }
  const error = params.get('error');
  if (error) return { ok: false, error: error.slice(0, 100) };
  if (params.get('state') !== state) return { ok: false, error: 'state_mismatch' };
  const token = params.get('access_token');
  if (!token || !/^[\w.~+/=-]{10,4096}$/u.test(token)) return { ok: false, error: 'no_token' };
  const seconds = Number(params.get('expires_in') ?? '3599');
  return {
    ok: true,
    token,
    expiresAt: now + (Number.isFinite(seconds) && seconds > 0 ? seconds : 3599) * 1000,
    scopes: (params.get('scope') ?? '').split(/\s+/u).filter(Boolean),
  };
}
