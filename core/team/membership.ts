// What a browser knows about its firm: the membership it joined with, the members of the firm, how its sync is
// doing, and, after off-boarding, why its base was removed.
import type { Level } from './names';

/** How requests to the firm's server authenticate: CouchDB users with basic auth for now (JWT can follow). */
export type TeamAuth = { kind: 'basic'; user: string; password: string };

export interface TeamMembership {
  firm: string;
  /** The CouchDB server, e.g. `https://couch.acme.ua` (no trailing slash). */
  url: string;
  member: string;
  displayName: string;
  level: Level;
  auth: TeamAuth;
  joinedAt: number;
}

/** One member as the firm's directory lists them. */
export interface DirectoryMember {
  name: string;
  displayName: string;
  level: Level;
  /** False once off-boarded: kept so their past records still show a name. */
  active: boolean;
}

/** Why a sync could not finish, as a code with its figures (the page words it in the reader's language). */
export type TeamProblem =
  | { code: 'offline' }
  | { code: 'unauthorized' }
  | { code: 'forbidden'; database: string }
  | { code: 'server'; status: number; reason: string }
  | { code: 'refused'; count: number; reason: string };

/** The sync as the member's view shows it. */
export interface TeamSyncStatus {
  state: 'idle' | 'syncing' | 'live' | 'offline' | 'error';
  /** When this state began. */
  at: number;
  /** The last sync that pulled and pushed every database without an error. */
  lastSyncAt?: number;
  problem?: TeamProblem;
  /** Edits the firm's rules refused since joining, each turned into a note for the client's owner. */
  refused: number;
}

/** Left behind when the base was wiped after off-boarding, so the extension can say why. */
export interface TeamNotice {
  firm: string;
  member: string;
  at: number;
  because: 'revoked' | 'left';
}
