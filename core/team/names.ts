// A firm's names on the CouchDB server: its databases and roles, derived from the firm id and member names, so
// the extension, the provisioning tool and the validation functions always agree on them.

/** What a member may do: admin reads everything and changes owners and members; manager reads own + shared and
 * writes own + shared-for-writing; read-only reads shared and writes nothing. */
export type Level = 'admin' | 'manager' | 'readonly';
export const LEVELS: readonly Level[] = ['admin', 'manager', 'readonly'];

/** Whether a level has a database of its own clients (a read-only member owns no clients). */
export const ownsClients = (level: Level): boolean => level !== 'readonly';

/** The databases of one firm. */
export interface FirmDatabases {
  firm: string;
  /** `kartka-<firm>-shared`: clients the firm shares; every member reads it. */
  shared: string;
  /** `kartka-<firm>-directory`: the firm and its members (names, levels); every member reads it. */
  directory: string;
  /** `kartka-<firm>-admin`: the audit log; admins only. */
  admin: string;
  /** `kartka-<firm>-u-<member>`: one manager's own clients with their history, tasks, deals and notes. */
  own: (member: string) => string;
  /** Where an off-boarded member's database is archived (admins only). */
  archive: (member: string, at: number) => string;
}

// CouchDB: "must begin with a lowercase letter, and may contain only lowercase letters, digits and _$()+-/"
// (https://docs.couchdb.org/en/stable/api/database/common.html#put--db); '.' and '@' are not allowed, so member
// names are kept to the same alphabet and the person's real name lives in the directory.
const FIRM_ID = /^[a-z][a-z0-9-]{1,39}$/;
const MEMBER_NAME = /^[a-z][a-z0-9_-]{0,47}$/;

/** Why a firm id is unusable, or null when it is fine. */
export function firmIdProblem(firm: string): string | null {
  return FIRM_ID.test(firm)
    ? null
    : `"${firm}" is not a usable firm id: use 2–40 lowercase Latin letters, digits and "-", starting with a letter (e.g. "acme").`;
}

/** Why a member name is unusable, or null when it is fine. */
export function memberNameProblem(name: string): string | null {
  return MEMBER_NAME.test(name)
    ? null
    : `"${name}" is not a usable member name: use 1–48 lowercase Latin letters, digits, "_" and "-", starting with a letter (e.g. "olena_k"); the full name goes in the display name.`;
}

const stamp = (at: number) =>
  new Date(at).toISOString().replace(/[-:]/g, '').replace(/\..*$/, '').replace('T', '-').toLowerCase();

/** The database names of a firm (the id is assumed checked). */
export function firmDatabases(firm: string): FirmDatabases {
  const prefix = `kartka-${firm}`;
  return {
    firm,
    shared: `${prefix}-shared`,
    directory: `${prefix}-directory`,
    admin: `${prefix}-admin`,
    own: (member) => `${prefix}-u-${member}`,
    archive: (member, at) => `${prefix}-archive-${member}-${stamp(at)}`,
  };
}

/** The member a firm's own database belongs to, or null for the firm's other databases. */
export function ownerOfDatabase(dbs: FirmDatabases, database: string): string | null {
  const prefix = dbs.own('');
  return database.startsWith(prefix) ? database.slice(prefix.length) : null;
}

/** The CouchDB roles of a firm: every member has `member` and the role of their level. */
export interface FirmRoles {
  member: string;
  level: Record<Level, string>;
}

export function firmRoles(firm: string): FirmRoles {
  const prefix = `kartka-${firm}`;
  return {
    member: `${prefix}-member`,
    level: { admin: `${prefix}-admin`, manager: `${prefix}-manager`, readonly: `${prefix}-readonly` },
  };
}

/** A member's level from their CouchDB roles (the highest one held), or null when they hold none of the firm's. */
export function levelFromRoles(firm: string, roles: readonly string[]): Level | null {
  const r = firmRoles(firm);
  if (!roles.includes(r.member)) return null;
  return LEVELS.find((level) => roles.includes(r.level[level])) ?? null;
}
