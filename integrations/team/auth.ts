// Basic authentication for the firm's CouchDB, the same in the extension and in the provisioning tool (both run
// where `btoa` and `TextEncoder` exist: browsers and Node 20). UTF-8 first: a Cyrillic password must not break it.
// Random passwords for invitations come from Web Crypto, so the tool's library runs in the extension too.
import type { Credentials } from '../../core/team/admin';

export type { Credentials } from '../../core/team/admin';

/** The `Authorization` header of basic auth for these credentials. */
export function basicAuth({ user, password }: Credentials): string {
  return `Basic ${base64(new TextEncoder().encode(`${user}:${password}`))}`;
}

/** Standard base64 of bytes. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** A password for an invitation from 18 random bytes, URL-safe base64 without padding (24 characters). */
export function passwordFrom(bytes: Uint8Array): string {
  return base64(bytes).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}
