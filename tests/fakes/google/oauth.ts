// The fake Google sign-in: accounts.google.com's OAuth 2.0 endpoint for client-side apps (response_type=token,
// the flow a "Web application" client id uses from an extension via launchWebAuthFlow) and
// oauth2.googleapis.com/revoke. Registered client ids and redirect URIs are checked as Google checks them.
import { randomBytes } from 'node:crypto';
import type { FakeRequest, FakeResponse } from '../server';
import { ERRORS, googleError } from './errors';

interface TokenRecord {
  user: string;
  issuedAt: number;
  client: string;
  scopes: string[];
  expiresAt: number;
  revoked: boolean;
}

const html = (status: number, title: string, text: string): FakeResponse => ({
  status,
  body: `<!doctype html><title>${title}</title><h1>${title}</h1><p>${text}</p>`,
});

export class FakeOAuth {
  private readonly clients = new Map<string, Set<string>>();
  private readonly grants = new Map<string, Set<string>>();
  private readonly tokens = new Map<string, TokenRecord>();
  /** Google accounts signed in in the browser (the auth window's cookies). */
  readonly signedIn = new Set<string>();
  /** The account the user picks in the interactive chooser (null: the hinted one, else the only one). */
  picks: string | null = null;

  /** Signs an account in and makes it the one the user picks next. */
  signIn(address: string): void {
    this.signedIn.add(address.toLowerCase());
    this.picks = address.toLowerCase();
  }
  /** Scopes the user unticks on the consent screen. */
  declined = new Set<string>();
  issued = 0;
  silentRefusals = 0;
  /** Successful calls to /revoke. */
  revocations = 0;

  constructor(
    private readonly now: () => number,
    /** How long an access token lives (Google: 3599 s). */
    public tokenLifetimeMs = 3_599_000,
  ) {}

  registerClient(clientId: string, redirectUris: readonly string[]): void {
    this.clients.set(clientId, new Set(redirectUris));
  }

  /** Hands out a token directly (Node tests that do not go through the auth page). */
  issue(user: string, client: string, scopes: readonly string[]): string {
    const token = `ya29.fake-${randomBytes(12).toString('hex')}`;
    this.tokens.set(token, {
      user,
      client,
      scopes: [...scopes],
      issuedAt: this.now(),
      expiresAt: this.now() + this.tokenLifetimeMs,
      revoked: false,
    });
    const key = `${client}|${user}`;
    this.grants.set(key, new Set([...(this.grants.get(key) ?? []), ...scopes]));
    this.issued++;
    return token;
  }

  /** The user removed Kartka's access in their Google account: every token and the grant are gone. */
  revokeGrant(user: string): void {
    for (const [key] of this.grants) if (key.endsWith(`|${user}`)) this.grants.delete(key);
    for (const t of this.tokens.values()) if (t.user === user) t.revoked = true;
  }

  /** How long ago `user`'s newest token was issued (Infinity when none). */
  newestTokenAge(user: string): number {
    let newest = -Infinity;
    for (const t of this.tokens.values())
      if (t.user === user && !t.revoked) newest = Math.max(newest, t.issuedAt);
    return this.now() - newest;
  }

  /** Every token of `user` expires now (a fault: the next call answers 401). */
  expireTokens(user: string): void {
    for (const t of this.tokens.values())
      if (t.user === user) t.expiresAt = Math.min(t.expiresAt, this.now());
  }

  /** The user and scopes behind a Bearer header, or the 401 Google sends. */
  check(authorization: string | string[] | undefined): { user: string; scopes: string[] } | FakeResponse {
    const value = Array.isArray(authorization) ? authorization[0] : authorization;
    const token = /^Bearer\s+(\S+)$/iu.exec(value ?? '')?.[1] ?? '';
    const t = this.tokens.get(token);
    if (!t || t.revoked || t.expiresAt <= this.now()) return googleError(ERRORS.unauthenticated());
    return { user: t.user, scopes: t.scopes };
  }

  /** GET https://accounts.google.com/o/oauth2/v2/auth */
  authorize(req: FakeRequest): FakeResponse {
    const q = req.query;
    const client = q.get('client_id') ?? '';
    const redirect = q.get('redirect_uri') ?? '';
    const uris = this.clients.get(client);
    if (!uris) return html(401, 'Error 401: invalid_client', 'The OAuth client was not found.');
    if (!uris.has(redirect))
      return html(
        400,
        'Error 400: redirect_uri_mismatch',
        `redirect_uri=${redirect} is not registered for this client.`,
      );
    const back = (params: Record<string, string>): FakeResponse => {
      const state = q.get('state');
      const fragment = new URLSearchParams({ ...params, ...(state === null ? {} : { state }) });
      return { status: 302, body: '', headers: { location: `${redirect}#${fragment.toString()}` } };
    };
    if (q.get('response_type') !== 'token') return back({ error: 'unsupported_response_type' });
    const scopes = (q.get('scope') ?? '').split(/\s+/u).filter(Boolean);
    if (scopes.length === 0) return back({ error: 'invalid_scope' });
    const silent = q.get('prompt') === 'none';
    const hint = q.get('login_hint')?.toLowerCase() ?? null;
    const only = this.signedIn.size === 1 ? [...this.signedIn][0] : undefined;
    const user = silent
      ? hint && this.signedIn.has(hint)
        ? hint
        : !hint
          ? only
          : undefined
      : (this.picks ?? (hint && this.signedIn.has(hint) ? hint : only));
    if (!user) {
      if (silent) this.silentRefusals++;
      return silent
        ? back({ error: 'login_required' })
        : html(200, 'Sign in', 'Sign in to continue to Kartka.');
    }
    const granted = this.grants.get(`${client}|${user}`) ?? new Set<string>();
    const wanted = scopes.filter((s) => !this.declined.has(s));
    if (silent && !wanted.every((s) => granted.has(s))) {
      this.silentRefusals++;
      return back({ error: 'consent_required' });
    }
    const token = this.issue(user, client, wanted);
    return back({
      access_token: token,
      token_type: 'Bearer',
      expires_in: String(Math.round(this.tokenLifetimeMs / 1000)),
      scope: wanted.join(' '),
      authuser: '0',
      prompt: silent ? 'none' : 'consent',
    });
  }

  /** POST https://oauth2.googleapis.com/revoke (token in the query or the form body). */
  revoke(req: FakeRequest): FakeResponse {
    const token = req.query.get('token') ?? new URLSearchParams(req.body).get('token') ?? '';
    const t = this.tokens.get(token);
    if (!t || t.revoked)
      return {
        status: 400,
        type: 'application/json; charset=utf-8',
        body: JSON.stringify({ error: 'invalid_token', error_description: 'Token expired or revoked' }),
      };
    this.grants.delete(`${t.client}|${t.user}`);
    this.revocations++;
    for (const other of this.tokens.values())
      if (other.user === t.user && other.client === t.client) other.revoked = true;
    return { status: 200, type: 'application/json; charset=utf-8', body: '{}' };
  }
}
