// A Microsoft account over the in-process fake cloud for the contacts suites (contacts-sync, contact-folders):
// signed in through PKCE, the real store over fake-indexeddb, a virtual clock.
import { expect } from 'vitest';
import { syncAccountId } from '../../../core/sync/account';
import { signIn } from '../../../integrations/microsoft/auth';
import { MICROSOFT_BINDINGS, microsoftStreams } from '../../../integrations/microsoft/provider';
import { connectAccount } from '../../../storage/sync/accounts';
import { DexieSyncStore } from '../../../storage/sync/store';
import { createMicrosoftFake } from '../../fakes/microsoft';
import { inProcessAuth, routeFetch } from '../../fakes/microsoft/route-fetch';
import { freshDb, testSettings } from '../storage/helpers';
import { VirtualClock } from '../sync/world';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000c0de';
const REDIRECT = 'https://kartkaextensionid.chromiumapp.org/';
export const ME = 'olena@contoso.example';

/** A work account over the fake Microsoft cloud (contacts pages of `pageCap` at most), signed in, not connected. */
export function microsoftWorld(pageCap?: number) {
  const clock = new VirtualClock(Date.parse('2026-06-01T00:00:00Z'));
  const fake = createMicrosoftFake({ clock: clock.now, ...(pageCap ? { contactPageCap: pageCap } : {}) });
  fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
  const box = fake.addWorkUser(ME, 'Olena Kovalenko');
  const wire = routeFetch(fake.routes);
  const auth = inProcessAuth(wire, REDIRECT, clock.now);
  const config = { clientId: CLIENT_ID, tenant: 'organizations', teams: false };
  const db = freshDb();
  const settings = testSettings({ ownAddresses: [ME], internalDomains: ['contoso.example'] });
  const store = new DexieSyncStore(db, () => Promise.resolve(settings), MICROSOFT_BINDINGS);
  const id = syncAccountId('microsoft', ME);
  /** Signs in and connects the account (its streams as its consent allows). */
  const connect = async () => {
    const signed = await signIn(config, auth, true);
    if (!signed.ok) throw new Error(signed.description);
    auth.vault.tokens.set(id, signed.tokens);
    expect(signed.tokens.scopes).toContain('contacts.read');
    const streams = microsoftStreams(signed.tokens.scopes, clock.now());
    await connectAccount(db, 'microsoft', ME, signed.tokens.scopes, streams, clock.now());
  };
  return { clock, fake, box, wire, auth, config, db, settings, store, id, connect };
}
