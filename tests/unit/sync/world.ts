// A whole sync world in Node: the fake Google called in-process on a virtual clock, the extension's real
// runner, store, planners, executor and token renewal over fake-indexeddb, alarms as a list, and an observer
// on the wire that checks, per user, that no request leaves while a Retry-After the client has seen runs.
import { DexieSyncStore } from '../../../storage/sync/store';
import { connectAccount } from '../../../storage/sync/accounts';
import { syncAccountId, type SyncAccountId } from '../../../core/sync/account';
import { defaultSettings } from '../../../core/settings';
import type { Settings } from '../../../core/model';
import { GOOGLE_BINDINGS, googleProvider, googleStreams } from '../../../integrations/google/provider';
import { GoogleTokens, type StoredToken } from '../../../integrations/google/tokens';
import { SyncRunner } from '../../../integrations/sync/runner';
import type { Clock, SyncSettings } from '../../../integrations/sync/types';
import { FakeGoogle, type FakeGoogleOptions } from '../../fakes/google/fake-google';
import { seeded } from '../../fakes/prng';
import { freshDb } from '../storage/helpers';
import type { KartkaDB } from '../../../storage/db';

export const CLIENT_ID = '1234567890-kartka.apps.googleusercontent.com';
export const REDIRECT = 'https://kartkaextensionid.chromiumapp.org/';

/** Time that moves only when the code under test waits, or when the world jumps to the next alarm. */
export class VirtualClock implements Clock {
  constructor(public t: number) {}
  readonly now = () => this.t;
  sleep(ms: number): Promise<void> {
    this.t += ms;
    return Promise.resolve();
  }
  private readonly rnd = seeded(7);
  readonly random = () => this.rnd();
}

/** Watches requests as they leave and answers as they arrive: the client's manners, measured on the wire. */
export class WireObserver {
  requests = 0;
  /** Requests sent while a wait the client had been told of (Retry-After) was still running. */
  violations = 0;
  readonly waits = new Map<string, number>();
  readonly statuses: Record<number, number> = {};

  constructor(private readonly now: () => number) {}

  wrap(
    fetcher: (url: string, init?: RequestInit) => Promise<Response>,
    userOf: (init: RequestInit) => string | null,
  ) {
    return async (url: string, init: RequestInit = {}): Promise<Response> => {
      const user = userOf(init);
      this.requests++;
      if (user && this.now() < (this.waits.get(user) ?? 0)) this.violations++;
      const response = await fetcher(url, init);
      this.statuses[response.status] = (this.statuses[response.status] ?? 0) + 1;
      const retryAfter = Number(response.headers.get('retry-after'));
      if (user && retryAfter > 0)
        this.waits.set(user, Math.max(this.waits.get(user) ?? 0, this.now() + retryAfter * 1000));
      if (user && response.headers.get('content-type')?.startsWith('multipart/mixed')) {
        // Inner answers of a batch may carry their own Retry-After.
        for (const m of (await response.clone().text()).matchAll(/^retry-after:\s*(\d+)/gimu))
          this.waits.set(user, Math.max(this.waits.get(user) ?? 0, this.now() + Number(m[1]) * 1000));
      }
      return response;
    };
  }
}

export interface World {
  fake: FakeGoogle;
  db: KartkaDB;
  clock: VirtualClock;
  observer: WireObserver;
  settings: Settings;
  syncSettings: SyncSettings;
  alarms: Map<SyncAccountId, number>;
  tokens: GoogleTokens;
  store: DexieSyncStore;
  runner: () => SyncRunner;
  connect: (address: string) => Promise<SyncAccountId>;
  /** The wire between the extension and the fake (a test may wrap it to act while a request is out). */
  wire: { fetch: (url: string, init?: RequestInit) => Promise<Response> };
}

export function makeWorld(
  o: FakeGoogleOptions & { start: number; settings?: Partial<Settings>; sync?: Partial<SyncSettings> },
): World {
  const clock = new VirtualClock(o.start);
  const fake = new FakeGoogle({ ...o, now: clock.now });
  fake.oauth.registerClient(CLIENT_ID, [REDIRECT]);
  const db = freshDb();
  const settings: Settings = { ...defaultSettings(), ...o.settings };
  const syncSettings: SyncSettings = {
    gmailCostModel: o.costModel ?? 'since-2026-05',
    backfillMonths: null,
    pollMinutes: 2,
    ...o.sync,
  };
  const observer = new WireObserver(clock.now);
  const vault = new Map<SyncAccountId, StoredToken>();
  const bearerUser = new Map<string, string>();
  const tokens = new GoogleTokens({
    clientId: () => Promise.resolve(CLIENT_ID),
    redirectUri: () => REDIRECT,
    launch: async (url) => {
      const res = await fake.fetch(url);
      const location = res.headers.get('location');
      if (!location) throw new Error('Authorization page could not be loaded.');
      return location;
    },
    vault: {
      get: (id) => Promise.resolve(vault.get(id)),
      set: (id, t) => {
        vault.set(id, t);
        bearerUser.set(t.token, id.slice(id.indexOf(':') + 1));
        return Promise.resolve();
      },
      remove: (id) => Promise.resolve(void vault.delete(id)),
    },
    now: clock.now,
    grantedScopes: async (id) => (await db.syncAccounts.get(id))?.scopes,
    state: (() => {
      let n = 0;
      return () => `state-${++n}`;
    })(),
  });
  const userOf = (init: RequestInit) => {
    const auth = new Headers(init.headers).get('authorization') ?? '';
    return bearerUser.get(auth.replace(/^Bearer\s+/u, '')) ?? null;
  };
  const wire = { fetch: fake.fetch };
  const provider = googleProvider({
    fetch: observer.wrap((url, init) => wire.fetch(url, init), userOf),
    now: clock.now,
    boundary: (() => {
      let n = 0;
      return () => `batch_kartka_${++n}`;
    })(),
  });
  const store = new DexieSyncStore(db, () => Promise.resolve(settings), GOOGLE_BINDINGS);
  const alarms = new Map<SyncAccountId, number>();
  const runner = () =>
    new SyncRunner({
      provider,
      store,
      tokens,
      clock,
      wake: {
        at: (id, when) => {
          alarms.set(id, when);
          return Promise.resolve();
        },
      },
      settings: () => Promise.resolve(syncSettings),
    });
  const connect = async (address: string) => {
    fake.oauth.signIn(address);
    const answer = await tokens.authorize(false);
    if (!answer.ok) throw new Error(`connect failed: ${answer.error}`);
    const id = syncAccountId('google', address);
    await tokens.keep(id, answer);
    const options = provider.options(syncSettings, clock.now());
    // The streams the granted scopes allow, as the background connects (mail, and contacts when granted).
    await connectAccount(
      db,
      'google',
      address,
      answer.scopes,
      googleStreams(answer.scopes, options, clock.now()),
      clock.now(),
    );
    return id;
  };
  return { fake, db, clock, observer, settings, syncSettings, alarms, tokens, store, runner, connect, wire };
}
