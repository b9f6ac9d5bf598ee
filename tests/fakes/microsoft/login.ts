// The fake login.microsoftonline.com: the v2.0 authorize and token endpoints for a public client (no secret)
// with a SPA redirect URI, as https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow
// describes them: code + PKCE (S256 checked), single-use codes that expire, SPA refresh tokens with a fixed
// 24-hour life that rotation does not extend, CORS-only redemption for SPA URIs (AADSTS9002327), and the three
// tenant aliases (common / organizations / consumers).
import { createHash, randomBytes } from 'node:crypto';
import type { FakeRequest, FakeResponse } from '../server';
import { CONSUMER_TENANT, type FakeUser } from './mailbox';

export interface AppRegistration {
  clientId: string;
  redirects: { uri: string; type: 'spa' | 'web' }[];
}

export interface LoginLimits {
  codeLifetimeMs: number;
  accessTokenLifetimeMs: number;
  /** SPA refresh tokens: fixed from the first sign-in, not sliding. */
  spaRefreshLifetimeMs: number;
}

/** Microsoft's numbers: codes ~10 min, access tokens 60-90 min (we use 1 h), SPA refresh tokens 24 h. */
export const LOGIN_LIMITS: LoginLimits = {
  codeLifetimeMs: 10 * 60_000,
  accessTokenLifetimeMs: 60 * 60_000,
  spaRefreshLifetimeMs: 24 * 60 * 60_000,
};

interface Grant {
  user: FakeUser;
  clientId: string;
  scopes: string[];
  redirectUri: string;
  challenge: string | null;
  method: string | null;
  expiresAt: number;
  used: boolean;
}

export interface AccessGrant {
  user: FakeUser;
  clientId: string;
  scopes: string[];
  expiresAt: number;
  issuedAt: number;
}

interface RefreshGrant {
  user: FakeUser;
  clientId: string;
  scopes: string[];
  /** Fixed at the first sign-in for SPA redirects. */
  expiresAt: number;
  revoked: boolean;
}

const GRAPH_SCOPES = new Set([
  'mail.readbasic',
  'mail.read',
  'contacts.read',
  'user.read',
  'chat.readbasic',
  'chat.read',
]);
const OIDC_SCOPES = new Set(['openid', 'profile', 'email', 'offline_access']);
/** Teams scopes exist for work/school accounts only. */
const WORK_ONLY = new Set(['chat.readbasic', 'chat.read']);

const token = (prefix: string) => `${prefix}${randomBytes(24).toString('base64url')}`;

/** The scope string as Microsoft answers it: Graph scopes with their resource, OIDC ones bare. */
function normalizeScopes(raw: string): string[] {
  return raw
    .split(/\s+/)
    .filter(Boolean)
    .map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, '').toLowerCase());
}

function aadError(status: number, error: string, code: number, description: string): FakeResponse {
  return {
    status,
    type: 'application/json',
    headers: { 'access-control-allow-origin': '*' },
    body: JSON.stringify({
      error,
      error_description: `AADSTS${code}: ${description} Trace ID: fake Correlation ID: fake`,
      error_codes: [code],
      timestamp: new Date().toISOString(),
    }),
  };
}

export class FakeLogin {
  readonly apps = new Map<string, AppRegistration>();
  readonly users = new Map<string, FakeUser>();
  /** Who is signed in at login.microsoftonline.com (the browser session); null: nobody. */
  sessionUser: string | null = null;
  /** When false, `prompt=none` fails with interaction_required (the session needs the user). */
  silentAllowed = true;
  readonly access = new Map<string, AccessGrant>();
  private readonly codes = new Map<string, Grant>();
  private readonly refresh = new Map<string, RefreshGrant>();
  readonly stats = { authorize: 0, silentAuthorize: 0, codeRedeemed: 0, refreshed: 0, refused: 0 };

  constructor(
    private readonly now: () => number,
    readonly limits: LoginLimits = LOGIN_LIMITS,
  ) {}

  register(app: AppRegistration): void {
    this.apps.set(app.clientId, app);
  }

  addUser(user: FakeUser, email = user.mail): void {
    this.users.set(email.toLowerCase(), user);
  }

  /** Every refresh token of a user stops working (password change, admin revoke). */
  revokeRefreshTokens(userId: string): void {
    for (const g of this.refresh.values()) if (g.user.id === userId) g.revoked = true;
  }

  /** Every access token of a user expires now (as if an hour had passed for them). */
  expireAccessTokens(userId: string): void {
    for (const g of this.access.values()) if (g.user.id === userId) g.expiresAt = this.now() - 1;
  }

  /** Every refresh token of a user reaches its fixed 24 h end. */
  expireRefreshTokens(userId: string): void {
    for (const g of this.refresh.values()) if (g.user.id === userId) g.expiresAt = this.now() - 1;
  }

  route(req: FakeRequest): FakeResponse | null {
    if (req.host !== 'login.microsoftonline.com') return null;
    const m = /^\/([^/]+)\/oauth2\/v2\.0\/(authorize|token)$/.exec(req.path);
    if (!m?.[1] || !m[2]) return { status: 404, type: 'text/plain', body: 'Not found' };
    const tenant = m[1].toLowerCase();
    if (m[2] === 'authorize' && req.method === 'GET') return this.authorize(tenant, req.query);
    if (m[2] === 'token' && req.method === 'OPTIONS') return this.preflight(req);
    if (m[2] === 'token' && req.method === 'POST') return this.tokenEndpoint(tenant, req);
    return { status: 405, type: 'text/plain', body: 'Method not allowed' };
  }

  private tenantRefuses(tenant: string, user: FakeUser): FakeResponse | null {
    if (tenant === 'consumers' && user.kind === 'work')
      return this.errorPage(
        400,
        9002331,
        'Application is configured for use by Microsoft Account users only. Please use the /consumers endpoint.',
      );
    if (tenant === 'organizations' && user.kind === 'personal')
      return this.errorPage(
        400,
        50020,
        `User account '${user.mail}' from identity provider 'live.com' does not exist in tenant and cannot access the application.`,
      );
    if (
      tenant !== 'common' &&
      tenant !== 'consumers' &&
      tenant !== 'organizations' &&
      tenant !== user.tenantId
    )
      return this.errorPage(400, 90002, `Tenant '${tenant}' not found.`);
    return null;
  }

  private errorPage(status: number, code: number, description: string): FakeResponse {
    this.stats.refused++;
    return {
      status,
      body: `<!doctype html><title>Sign in to your account</title><p>AADSTS${code}: ${description.replace(/</g, '&lt;')}</p>`,
    };
  }

  private authorize(tenant: string, q: URLSearchParams): FakeResponse {
    this.stats.authorize++;
    const clientId = q.get('client_id') ?? '';
    const app = this.apps.get(clientId);
    if (!app)
      return this.errorPage(
        400,
        700016,
        `Application with identifier '${clientId}' was not found in the directory.`,
      );
    const redirectUri = q.get('redirect_uri') ?? '';
    if (!app.redirects.some((r) => r.uri === redirectUri))
      return this.errorPage(
        400,
        50011,
        `The redirect URI '${redirectUri}' specified in the request does not match the redirect URIs configured for the application '${clientId}'.`,
      );
    const state = q.get('state');
    const fragment = q.get('response_mode') === 'fragment';
    const back = (params: Record<string, string>): FakeResponse => {
      const url = new URL(redirectUri);
      const all = new URLSearchParams({ ...params, ...(state === null ? {} : { state }) });
      if (fragment) url.hash = all.toString();
      else for (const [k, v] of all) url.searchParams.set(k, v);
      return { status: 302, headers: { location: url.toString() }, body: '' };
    };
    if (q.get('response_type') !== 'code')
      return back({
        error: 'unsupported_response_type',
        error_description: 'AADSTS700054: response_type is not enabled for the application.',
      });
    const method = q.get('code_challenge_method');
    const challenge = q.get('code_challenge');
    const spa = app.redirects.find((r) => r.uri === redirectUri)?.type === 'spa';
    if (spa && (!challenge || method !== 'S256'))
      return back({
        error: 'invalid_request',
        error_description:
          'AADSTS9002325: Proof Key for Code Exchange is required for cross-origin authorization code redemption.',
      });
    const scopes = normalizeScopes(q.get('scope') ?? '');
    const unknown = scopes.find((s) => !GRAPH_SCOPES.has(s) && !OIDC_SCOPES.has(s));
    if (unknown)
      return back({
        error: 'invalid_scope',
        error_description: `AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope ${unknown} is not valid.`,
      });
    const silent = q.get('prompt') === 'none';
    if (silent) this.stats.silentAuthorize++;
    const user = this.sessionUser ? this.users.get(this.sessionUser) : undefined;
    if (!user || (silent && !this.silentAllowed))
      return back({
        error: silent ? 'interaction_required' : 'login_required',
        error_description: 'AADSTS50058: A silent sign-in request was sent but no user is signed in.',
      });
    const refused = this.tenantRefuses(tenant, user);
    if (refused) return refused;
    if (user.kind === 'personal' && scopes.some((s) => WORK_ONLY.has(s)))
      return back({
        error: 'invalid_scope',
        error_description:
          'AADSTS70000: The requested scopes are not supported for Microsoft personal accounts.',
      });
    const code = token('M.C5_fake.');
    this.codes.set(code, {
      user,
      clientId,
      scopes,
      redirectUri,
      challenge,
      method,
      expiresAt: this.now() + this.limits.codeLifetimeMs,
      used: false,
    });
    return back({ code });
  }

  private preflight(req: FakeRequest): FakeResponse {
    return {
      status: 204,
      headers: {
        'access-control-allow-origin': String(req.headers.origin ?? '*'),
        'access-control-allow-methods': 'POST, OPTIONS',
        'access-control-allow-headers': 'content-type',
      },
      body: '',
    };
  }

  private tokenEndpoint(tenant: string, req: FakeRequest): FakeResponse {
    const form = new URLSearchParams(req.body);
    const clientId = form.get('client_id') ?? '';
    const app = this.apps.get(clientId);
    if (!app) return aadError(400, 'unauthorized_client', 700016, `Application '${clientId}' was not found.`);
    const grantType = form.get('grant_type');
    if (grantType === 'authorization_code') return this.redeemCode(tenant, app, form, req);
    if (grantType === 'refresh_token') return this.redeemRefresh(app, form, req);
    return aadError(
      400,
      'unsupported_grant_type',
      70003,
      `The app requested an unsupported grant type '${grantType}'.`,
    );
  }

  /** SPA redirects may only be redeemed cross-origin (an Origin header), web ones never. */
  private originRule(spa: boolean, req: FakeRequest): FakeResponse | null {
    const origin = req.headers.origin;
    if (spa && !origin)
      return aadError(
        400,
        'invalid_request',
        9002327,
        "Tokens issued for the 'Single-Page Application' client-type may only be redeemed via cross-origin requests.",
      );
    if (!spa && origin)
      return aadError(
        400,
        'invalid_request',
        9002326,
        "Cross-origin token redemption is permitted only for the 'Single-Page Application' client-type.",
      );
    return null;
  }

  private redeemCode(
    tenant: string,
    app: AppRegistration,
    form: URLSearchParams,
    req: FakeRequest,
  ): FakeResponse {
    const code = form.get('code') ?? '';
    const grant = this.codes.get(code);
    if (!grant || grant.clientId !== app.clientId)
      return aadError(400, 'invalid_grant', 9002313, 'Invalid request. Request is malformed or invalid.');
    if (grant.used)
      return aadError(
        400,
        'invalid_grant',
        54005,
        'OAuth2 Authorization code was already redeemed, please retry with a new valid code or use an existing refresh token.',
      );
    if (this.now() > grant.expiresAt)
      return aadError(
        400,
        'invalid_grant',
        70008,
        'The provided authorization code or refresh token has expired due to inactivity. Send a new interactive authorization request for this user and resource.',
      );
    if (form.get('redirect_uri') !== grant.redirectUri)
      return aadError(
        400,
        'invalid_grant',
        50148,
        'The redirect_uri does not match the one used in the authorization request.',
      );
    const spa = app.redirects.find((r) => r.uri === grant.redirectUri)?.type === 'spa';
    const origin = this.originRule(spa, req);
    if (origin) return origin;
    if (form.has('client_secret') && spa)
      return aadError(400, 'invalid_request', 90023, "Public clients can't send a client secret.");
    if (grant.challenge) {
      const verifier = form.get('code_verifier') ?? '';
      const hashed = createHash('sha256').update(verifier).digest('base64url');
      if (!verifier || hashed !== grant.challenge)
        return aadError(
          400,
          'invalid_grant',
          501481,
          'The Code_Verifier does not match the code_challenge supplied in the authorization request.',
        );
    }
    grant.used = true;
    this.stats.codeRedeemed++;
    const refreshLife = spa ? this.limits.spaRefreshLifetimeMs : 90 * 24 * 60 * 60_000;
    return this.issue(grant.user, app.clientId, grant.scopes, this.now() + refreshLife, tenant, req);
  }

  private redeemRefresh(app: AppRegistration, form: URLSearchParams, req: FakeRequest): FakeResponse {
    const grant = this.refresh.get(form.get('refresh_token') ?? '');
    if (!grant || grant.clientId !== app.clientId || grant.revoked)
      return aadError(
        400,
        'invalid_grant',
        50173,
        'The provided grant has expired due to it being revoked, a fresh auth token is needed.',
      );
    const origin = this.originRule(true, req);
    if (origin) return origin;
    if (this.now() > grant.expiresAt)
      return aadError(
        400,
        'invalid_grant',
        700084,
        'The refresh token was issued to a single page app (SPA), and therefore has a fixed, limited lifetime of 1.00:00:00, which cannot be extended. It is now expired and a new sign in request must be sent by the SPA to the sign in page.',
      );
    const asked = normalizeScopes(form.get('scope') ?? '');
    const beyond = asked.find((s) => GRAPH_SCOPES.has(s) && !grant.scopes.includes(s));
    if (beyond)
      return aadError(
        400,
        'invalid_grant',
        65001,
        `The user or administrator has not consented to use the application with scope '${beyond}'.`,
      );
    this.stats.refreshed++;
    // Rotation: a new refresh token carrying the same fixed end; the old one keeps working until then.
    return this.issue(grant.user, app.clientId, grant.scopes, grant.expiresAt, null, req);
  }

  private issue(
    user: FakeUser,
    clientId: string,
    scopes: string[],
    refreshExpiresAt: number,
    _tenant: string | null,
    req: FakeRequest,
  ): FakeResponse {
    const access = token('EwB_fake.');
    const expiresIn = Math.floor(this.limits.accessTokenLifetimeMs / 1000);
    this.access.set(access, {
      user,
      clientId,
      scopes,
      expiresAt: this.now() + this.limits.accessTokenLifetimeMs,
      issuedAt: this.now(),
    });
    const body: Record<string, unknown> = {
      token_type: 'Bearer',
      scope: scopes
        .filter((s) => GRAPH_SCOPES.has(s))
        .map((s) => `https://graph.microsoft.com/${s}`)
        .join(' '),
      expires_in: expiresIn,
      ext_expires_in: expiresIn,
      access_token: access,
    };
    if (scopes.includes('offline_access')) {
      const refresh = token('M.C5_fake_rt.');
      this.refresh.set(refresh, { user, clientId, scopes, expiresAt: refreshExpiresAt, revoked: false });
      body.refresh_token = refresh;
      body.refresh_token_expires_in = Math.max(0, Math.floor((refreshExpiresAt - this.now()) / 1000));
    }
    if (scopes.includes('openid')) body.id_token = idToken(user, clientId, this.now());
    return {
      status: 200,
      type: 'application/json; charset=utf-8',
      headers: { 'access-control-allow-origin': String(req.headers.origin ?? '*') },
      body: JSON.stringify(body),
    };
  }
}

/** An unsigned-for-tests id_token with the claims a client reads (tid tells a personal account). */
function idToken(user: FakeUser, clientId: string, now: number): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const tid = user.kind === 'personal' ? CONSUMER_TENANT : user.tenantId;
  return [
    part({ typ: 'JWT', alg: 'RS256', kid: 'fake' }),
    part({
      aud: clientId,
      iss: `https://login.microsoftonline.com/${tid}/v2.0`,
      iat: Math.floor(now / 1000),
      exp: Math.floor(now / 1000) + 3600,
      name: user.displayName,
      preferred_username: user.mail,
      oid: user.id,
      tid,
      ver: '2.0',
    }),
    'ZmFrZS1zaWduYXR1cmU',
  ].join('.');
}
