// The background's PouchDB replicas: one local database per firm database the member may read, and the remote
// it replicates with. Local replicas use the indexeddb adapter in the browser (the only one with `purge`).
import type { TeamMembership } from '../../core/team/membership';
import type { KartkaDB } from '../../storage/db';
import type { Fetch, PouchDatabase, PouchStatic } from './pouch-types';
import { authFetch } from './server';

/** What the team sync runs on: the base, a PouchDB with its adapters, the network and the clock. */
export interface TeamEnv {
  db: KartkaDB;
  PouchDB: PouchStatic;
  /** 'indexeddb' in the browser; tests in Node use 'memory'. */
  adapter: string;
  /** The network (tests may route it); every request gets the member's credentials on top. */
  fetch: Fetch;
  now: () => number;
  /** Prefix of local replica names, so several simulated browsers can share one process in tests. */
  prefix: string;
}

const localName = (env: TeamEnv, database: string) => `${env.prefix}kartka-team-${database}`;

export class Replicas {
  private readonly locals = new Map<string, PouchDatabase>();
  private readonly remotes = new Map<string, PouchDatabase>();
  /** Authenticated requests to the firm's server. */
  readonly fetch: Fetch;

  constructor(
    readonly env: TeamEnv,
    readonly membership: TeamMembership,
  ) {
    this.fetch = authFetch(membership.auth, env.fetch);
  }

  local(database: string): PouchDatabase {
    let db = this.locals.get(database);
    if (!db) {
      db = new this.env.PouchDB(localName(this.env, database), { adapter: this.env.adapter });
      this.locals.set(database, db);
    }
    return db;
  }

  remote(database: string): PouchDatabase {
    let db = this.remotes.get(database);
    if (!db) {
      db = new this.env.PouchDB(`${this.membership.url}/${database}`, {
        skip_setup: true,
        fetch: (url, init) => this.fetch(url, init),
      });
      this.remotes.set(database, db);
    }
    return db;
  }

  /** The local replicas opened so far. */
  opened(): string[] {
    return [...this.locals.keys()];
  }

  async close(): Promise<void> {
    const all = [...this.locals.values(), ...this.remotes.values()];
    this.locals.clear();
    this.remotes.clear();
    await Promise.all(all.map((d) => d.close().catch(() => undefined)));
  }

  /** Deletes the local replicas of these databases (a member's copy of the firm's data). */
  async destroy(databases: readonly string[]): Promise<void> {
    await this.close();
    for (const database of databases)
      await new this.env.PouchDB(localName(this.env, database), {
        adapter: this.env.adapter,
      }).destroy();
  }
}
