// The team sync's environment in the extension: PouchDB 9 built from its parts (core, the indexeddb adapter — the
// only one with `purge` — the http adapter and replication; TEAM.md), the browser's fetch and clock.
import PouchDB from 'pouchdb-core';
import http from 'pouchdb-adapter-http';
import indexeddb from 'pouchdb-adapter-indexeddb';
import replication from 'pouchdb-replication';
import type { KartkaDB } from '../../storage/db';
import type { PouchStatic } from './pouch-types';
import type { TeamEnv } from './replicas';

let built: PouchStatic | null = null;

/** PouchDB with the browser's adapters (built once: `plugin` changes the shared constructor). */
export function browserPouch(): PouchStatic {
  const pouch = built ?? PouchDB.plugin(indexeddb).plugin(http).plugin(replication);
  built = pouch;
  return pouch;
}

/** What the background syncs with: the base, the browser's PouchDB and network, and the real clock. */
export function browserTeamEnv(db: KartkaDB): TeamEnv {
  return {
    db,
    PouchDB: browserPouch(),
    adapter: 'indexeddb',
    fetch: (url, init) => fetch(url, init),
    now: () => Date.now(),
    prefix: '',
  };
}
