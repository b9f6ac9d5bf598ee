// An admin's actions on the firm's members from the extension (Settings → Team), done by the provisioning library
// (tools/team) with the credentials the admin gives, and what the page shows when the server refuses.
import type { Level } from './names';

/** A CouchDB user's name and password. */
export interface Credentials {
  user: string;
  password: string;
}

/** What an admin may do to a member. */
export type AdminAction =
  | { kind: 'invite'; member: { name: string; displayName: string; level: Level } }
  | { kind: 'level'; member: string; level: Level }
  | { kind: 'offboard'; member: string; to: string };

/** An action with the CouchDB credentials to do it with (absent: the admin's own sign-in). */
export interface AdminRequest {
  action: AdminAction;
  as?: Credentials | undefined;
}

/** Why an action was not done, as a code the page words in the reader's language. */
export type AdminProblem =
  /** 401/403: these credentials may not change users or databases (a CouchDB server admin may). */
  | { code: 'refused'; status: number; reason: string }
  | { code: 'unreachable'; reason: string }
  | { code: 'server'; status: number; reason: string }
  /** The library refused the request itself (not a member, an admin off-boarding themselves…). */
  | { code: 'invalid'; reason: string };

export type AdminOutcome =
  | { ok: true; invitation?: { name: string; password: string; url: string; firm: string } }
  | { ok: false; problem: AdminProblem };

/** The problem of a failed action: the server's status and reason when it answered, else the library's words. */
export function adminProblemOf(error: unknown): AdminProblem {
  const e = error as { status?: unknown; reason?: unknown; message?: unknown };
  const reason =
    typeof e?.reason === 'string' ? e.reason : error instanceof Error ? error.message : String(error);
  if (typeof e?.status !== 'number') return { code: 'invalid', reason };
  if (e.status === 0) return { code: 'unreachable', reason };
  if (e.status === 401 || e.status === 403) return { code: 'refused', status: e.status, reason };
  return { code: 'server', status: e.status, reason };
}
