// Google access tokens per account: kept in session storage (never in IndexedDB, logs or pages), renewed
// silently (prompt=none, interactive: false) before they expire or after a 401, and asked of the user only
// when silent renewal fails. `launch` is identity.launchWebAuthFlow in the extension; the fault suite passes
// one that follows the fake's redirect.
import { authorizeUrl, readRedirect, type AuthAnswer } from './oauth';
import type { SyncAccountId } from '../../core/sync/account';
import type { Tokens } from '../sync/types';
import { GOOGLE_SCOPE_LIST } from './scopes';

export interface StoredToken {
  token: string;
  expiresAt: number;
  scopes: string[];
}

export interface TokenVault {
  get(id: SyncAccountId): Promise<StoredToken | undefined>;
  set(id: SyncAccountId, token: StoredToken): Promise<void>;
  remove(id: SyncAccountId): Promise<void>;
}

export interface GoogleAuthDeps {
  /** The OAuth client id in force (the user's setting, else the build's default); '' when there is none. */
  clientId: () => Promise<string>;
  /** The redirect URI registered for the client (identity.getRedirectURL), read when a sign-in starts. */
  redirectUri: () => string;
  /** Opens the authorization URL and resolves with the URL Google redirected to (rejects when closed or refused). */
  launch: (url: string, interactive: boolean) => Promise<string>;
  vault: TokenVault;
  now: () => number;
  /** A fresh random state per request. */
  state: () => string;
  /**
   * The scopes the account was granted when it connected (undefined: not known). Silent renewal asks for those
   * alone: Google answers prompt=none with consent_required for a scope never granted, so an account connected
   * before Kartka read contacts would lose its mail sync until the user reconnects.
   */
  grantedScopes?: (id: SyncAccountId) => Promise<readonly string[] | undefined>;
}

/** Renew this long before the token expires, so no request goes out with a token about to die. */
const RENEW_EARLY_MS = 5 * 60_000;

/** The mailbox address of an account id (`google:ivan@firm.ua`). */
const addressOf = (id: SyncAccountId) => id.slice(id.indexOf(':') + 1);

export class GoogleTokens implements Tokens {
  private readonly renewing = new Map<SyncAccountId, Promise<string | null>>();

  constructor(private readonly deps: GoogleAuthDeps) {}

  async get(id: SyncAccountId): Promise<string | null> {
    const stored = await this.deps.vault.get(id);
    if (stored && stored.expiresAt - this.deps.now() > RENEW_EARLY_MS) return stored.token;
    return this.renew(id);
  }

  /** One silent renewal at a time per account; null when Google wants the user (the caller asks to reconnect). */
  renew(id: SyncAccountId): Promise<string | null> {
    const running = this.renewing.get(id);
    if (running) return running;
    const attempt = this.silentScopes(id)
      .then((scopes) => this.authorize(true, addressOf(id), scopes))
      .then(async (answer) => {
        if (!answer.ok) return null;
        await this.deps.vault.set(id, {
          token: answer.token,
          expiresAt: answer.expiresAt,
          scopes: answer.scopes,
        });
        return answer.token;
      })
      .finally(() => this.renewing.delete(id));
    this.renewing.set(id, attempt);
    return attempt;
  }

  /** What a silent renewal asks for: the requested scopes the account holds (all of them when unknown). */
  private async silentScopes(id: SyncAccountId): Promise<readonly string[]> {
    const held = await this.deps.grantedScopes?.(id);
    const asked = GOOGLE_SCOPE_LIST.filter((s) => held?.includes(s) ?? true);
    return asked.length > 0 ? asked : GOOGLE_SCOPE_LIST;
  }

  /** The consent window (connect, reconnect); `loginHint` preselects the account on a reconnect. */
  authorize(
    silent: boolean,
    loginHint?: string,
    scopes: readonly string[] = GOOGLE_SCOPE_LIST,
  ): Promise<AuthAnswer> {
    return this.deps.clientId().then(async (clientId) => {
      if (!clientId) return { ok: false, error: 'no_client_id' };
      const state = this.deps.state();
      const url = authorizeUrl({
        clientId,
        redirectUri: this.deps.redirectUri(),
        scopes,
        state,
        silent,
        ...(loginHint ? { loginHint } : {}),
      });
      let redirected: string;
      try {
        redirected = await this.deps.launch(url, !silent);
      } catch (error) {
        // Chrome: "The user did not approve access." / "Authorization page could not be loaded."
        return { ok: false, error: silent ? 'interaction_required' : errorText(error) };
      }
      return readRedirect(redirected, state, this.deps.now());
    });
  }

  /** Keeps a token obtained by `authorize` for an account. */
  async keep(id: SyncAccountId, answer: Extract<AuthAnswer, { ok: true }>): Promise<void> {
    await this.deps.vault.set(id, {
      token: answer.token,
      expiresAt: answer.expiresAt,
      scopes: answer.scopes,
    });
  }

  async forget(id: SyncAccountId): Promise<StoredToken | undefined> {
    const stored = await this.deps.vault.get(id);
    await this.deps.vault.remove(id);
    return stored;
  }
}

function errorText(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return /did not approve|closed|cancel/iu.test(message) ? 'access_denied' : 'auth_window_failed';
}
