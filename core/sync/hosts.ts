// The provider API hosts the extension may call (manifest host permissions): exactly these, nothing broader.
// Sign-in pages (accounts.google.com) need none: identity.launchWebAuthFlow opens them in its own window.

export const GOOGLE_API_MATCHES = [
  'https://gmail.googleapis.com/*',
  'https://people.googleapis.com/*',
  // Token revocation on disconnect (POST /revoke).
  'https://oauth2.googleapis.com/*',
] as const;

/** Every provider's API hosts; the Microsoft half appends Graph and login here. */
export const SYNC_API_MATCHES: readonly string[] = [...GOOGLE_API_MATCHES];
