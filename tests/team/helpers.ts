// Simulated browsers for the team tests: each has its own base (Dexie on fake-indexeddb) and its own PouchDB
// replicas (the memory adapter; the indexeddb adapter needs a browser's transaction timing), talking to the
// test's CouchDB over loopback HTTP like the extension does.
import PouchDB from 'pouchdb-core';
import { afterAll, beforeAll } from 'vitest';
import http from 'pouchdb-adapter-http';
import memory from 'pouchdb-adapter-memory';
import replication from 'pouchdb-replication';
import type { PouchStatic } from '../../integrations/team/pouch-types';
import type { TeamEnv } from '../../integrations/team/replicas';
import { openKartkaDB } from '../../storage/db';
import type { Couch } from '../../tools/team/couch';
import { createFirm, invite, type Invitation, type MemberInput } from '../../tools/team/firm';
import { joinFirm } from '../../integrations/team/join';
import type { PersonDraft } from '../../core/validate';
import { createPerson } from '../../storage/people';
import { defaultSettings } from '../../core/settings';
import { startCouch, type TestCouch } from '../fakes/couch/server';

/** Starts the test's CouchDB before the file's tests and stops it after them; the getter reads it in a test. */
export function couchForFile(): () => TestCouch {
  let server: TestCouch | undefined;
  beforeAll(async () => {
    server = await startCouch();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error('The test CouchDB did not start (see beforeAll).');
    return server;
  };
}

export const NodePouch: PouchStatic = PouchDB.plugin(memory).plugin(http).plugin(replication);

let counter = 0;

export interface Browser extends TeamEnv {
  name: string;
  /** While true, every request fails as a dropped network does. */
  offline: boolean;
  /** When set, this many more requests succeed, then every request fails: the network dropped mid-replication. */
  killAfter: number | null;
  /**
   * When set, this many more requests succeed, then the extension's worker stops: every request fails and the
   * base's Dexie is closed under the running sync (its transactions end, nothing more is written); `restart`
   * opens it again from the same IndexedDB, as a new worker does. PouchDB's replicas are closed by the sync and
   * opened again from their storage by the next one.
   */
  stopAfter: number | null;
  /** When set, a request it matches fails as a dropped network does (the others go through). */
  failWhen: ((url: string, init: RequestInit | undefined) => boolean) | null;
  /** True between a stop and `restart`. */
  stopped: boolean;
  /** The name of the base's IndexedDB database. */
  dbName: string;
  /** Requests made (all of this browser's traffic to the server). */
  requests: number;
}

/** A fresh simulated browser: an empty base and no replicas yet. */
export function newBrowser(name: string, clock: () => number = Date.now): Browser {
  counter += 1;
  const id = `${name}-${counter}-${Math.random().toString(36).slice(2, 8)}`;
  const browser: Browser = {
    name,
    offline: false,
    killAfter: null,
    stopAfter: null,
    failWhen: null,
    stopped: false,
    dbName: `kartka-${id}`,
    requests: 0,
    db: openKartkaDB(`kartka-${id}`),
    PouchDB: NodePouch,
    adapter: 'memory',
    fetch: (url, init) => {
      if (browser.stopAfter !== null && browser.stopAfter-- <= 0 && !browser.stopped) {
        browser.stopped = true;
        browser.db.close();
      }
      if (browser.stopped) return Promise.reject(new TypeError('fetch failed (the worker stopped)'));
      if (browser.killAfter !== null && browser.killAfter-- <= 0)
        return Promise.reject(new TypeError('fetch failed (the network dropped)'));
      if (browser.offline) return Promise.reject(new TypeError('fetch failed (offline)'));
      if (browser.failWhen?.(typeof url === 'string' ? url : url.url, init))
        return Promise.reject(new TypeError('fetch failed (cut)'));
      browser.requests++;
      return fetch(url, init);
    },
    now: clock,
    prefix: `${id}/`,
  };
  return browser;
}

/** After a sync: a stop that did not come is called off; after a stop, a new worker opens the base again. */
export function restart(browser: Browser): void {
  browser.stopAfter = null;
  browser.killAfter = null;
  if (!browser.stopped) return;
  browser.db = openKartkaDB(browser.dbName);
  browser.stopped = false;
}

/** Joins a firm the way the page does (without the backup download, which is the page's part). */
export async function join(browser: Browser, inv: Invitation) {
  const result = await joinFirm(browser, {
    url: inv.url,
    firm: inv.firm,
    user: inv.name,
    password: inv.password,
  });
  if (!result.preview.ok) throw new Error(`join failed: ${JSON.stringify(result.preview.problem)}`);
  return result;
}

export const settings = { ...defaultSettings(), defaultPhoneRegion: 'UA' };

/** Adds a person through the product's repository. */
export async function addPerson(browser: Browser, draft: PersonDraft, now = Date.now()) {
  const res = await createPerson(browser.db, draft, settings, now);
  if (!res.ok) throw new Error(JSON.stringify(res.problems));
  return res.person;
}

let firms = 0;

/** A firm of its own for a test: its admin and members invited, with their invitations by name. */
export async function newFirm(
  server: { couch: Couch; firmId: (base: string) => string },
  admin: MemberInput,
  others: readonly MemberInput[] = [],
  now = Date.now(),
): Promise<{ firm: string; invitations: Record<string, Invitation> }> {
  firms += 1;
  const firm = server.firmId(`acme${firms}`);
  const invitations: Record<string, Invitation> = {
    [admin.name]: await createFirm(server.couch, { firm, title: 'Acme', admin }, now),
  };
  for (const m of others) invitations[m.name] = await invite(server.couch, firm, m, admin.name, now);
  return { firm, invitations };
}
