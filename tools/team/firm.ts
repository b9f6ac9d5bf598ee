// Creating a firm and managing its members on CouchDB: databases, `_security`, the validation design documents,
// users with their roles (`_users`), and the directory every member reads.
import { passwordFrom } from '../../integrations/team/auth';
import {
  firmDatabases,
  firmIdProblem,
  firmRoles,
  memberNameProblem,
  ownsClients,
  type Level,
} from '../../core/team/names';
import type { DatabaseKind } from '../../core/team/access';
import { audit } from './audit';
import { CouchError, type Couch } from './couch';
import { designDoc, DESIGN_DOC_ID } from './validate';

export interface MemberInput {
  name: string;
  displayName: string;
  level: Level;
  /** Generated when absent (the invitation carries it). */
  password?: string;
}

export interface Invitation {
  url: string;
  firm: string;
  name: string;
  displayName: string;
  level: Level;
  password: string;
}

const userId = (name: string) => `org.couchdb.user:${name}`;

/** A password for an invitation: 18 random bytes, URL-safe (Web Crypto: the extension runs this library too). */
export const newPassword = () => passwordFrom(crypto.getRandomValues(new Uint8Array(18)));

async function installRules(couch: Couch, firm: string, db: string, kind: DatabaseKind) {
  await couch.upsert(db, DESIGN_DOC_ID, () => designDoc(firm, kind));
}

/** A member's own database, readable by them and the firm's admins, with its rules. */
export async function ensureOwnDatabase(couch: Couch, firm: string, name: string): Promise<string> {
  const db = firmDatabases(firm).own(name);
  await couch.createDb(db);
  await couch.putSecurity(db, { names: [name], roles: [firmRoles(firm).level.admin] });
  await installRules(couch, firm, db, { kind: 'own', member: name });
  return db;
}

function check(problem: string | null) {
  if (problem) throw new Error(problem);
}

/** Creates (or repairs) the firm's databases and its first admin; safe to run again. */
export async function createFirm(
  couch: Couch,
  input: { firm: string; title: string; admin: MemberInput },
  now: number,
): Promise<Invitation> {
  check(firmIdProblem(input.firm));
  const dbs = firmDatabases(input.firm);
  const roles = firmRoles(input.firm);
  for (const [db, kind, readers] of [
    [dbs.directory, { kind: 'directory' }, roles.member],
    [dbs.shared, { kind: 'shared' }, roles.member],
    [dbs.admin, { kind: 'admin' }, roles.level.admin],
  ] as const) {
    await couch.createDb(db);
    await couch.putSecurity(db, { roles: [readers] });
    await installRules(couch, input.firm, db, kind);
  }
  await couch.upsert(dbs.directory, 'firm', (cur) => ({
    ...cur,
    type: 'firm',
    title: input.title,
    createdAt: cur?.createdAt ?? now,
  }));
  const invitation = await invite(
    couch,
    input.firm,
    { ...input.admin, level: 'admin' },
    input.admin.name,
    now,
  );
  await audit(couch, input.firm, 'firm.create', input.admin.name, now, {
    title: input.title,
    admin: input.admin.name,
  });
  return invitation;
}

/** Adds a member (or resets an existing member's password and level) and returns what they join with. */
export async function invite(
  couch: Couch,
  firm: string,
  member: MemberInput,
  by: string,
  now: number,
): Promise<Invitation> {
  check(memberNameProblem(member.name));
  const password = member.password ?? newPassword();
  const roles = firmRoles(firm);
  await couch.upsert('_users', userId(member.name), (cur) => {
    const others = ((cur?.roles as string[] | undefined) ?? []).filter(
      (r) => !r.startsWith(`kartka-${firm}-`),
    );
    const { kartka: _revoked, ...rest } = cur ?? {};
    return {
      ...rest,
      type: 'user',
      name: member.name,
      roles: [...others, roles.member, roles.level[member.level]],
      password,
    };
  });
  if (ownsClients(member.level)) await ensureOwnDatabase(couch, firm, member.name);
  await couch.upsert(firmDatabases(firm).directory, `member:${member.name}`, (cur) => ({
    type: 'member',
    name: member.name,
    displayName: member.displayName,
    level: member.level,
    active: true,
    invitedAt: cur?.invitedAt ?? now,
  }));
  await audit(couch, firm, 'member.invite', by, now, { member: member.name, level: member.level });
  return {
    url: couch.url,
    firm,
    name: member.name,
    displayName: member.displayName,
    level: member.level,
    password,
  };
}

/** The directory entry of a member, or an actionable error. */
export async function memberOf(couch: Couch, firm: string, name: string) {
  const doc = await couch.get<{ name: string; displayName: string; level: Level; active: boolean }>(
    firmDatabases(firm).directory,
    `member:${name}`,
  );
  if (!doc)
    throw new Error(
      `"${name}" is not a member of ${firm}; list the members with \`npm run team -- members\`.`,
    );
  return doc;
}

/** Changes a member's level on the server (their roles) and in the directory. */
export async function setLevel(
  couch: Couch,
  firm: string,
  name: string,
  level: Level,
  by: string,
  now: number,
) {
  const current = await memberOf(couch, firm, name);
  const roles = firmRoles(firm);
  await couch.upsert('_users', userId(name), (cur) => {
    if (!cur) throw new CouchError(404, 'not_found', `no CouchDB user ${name}`, '/_users');
    const others = ((cur.roles as string[] | undefined) ?? []).filter(
      (r) => !r.startsWith(`kartka-${firm}-`),
    );
    return { ...cur, roles: [...others, roles.member, roles.level[level]] };
  });
  if (ownsClients(level)) await ensureOwnDatabase(couch, firm, name);
  await couch.upsert(firmDatabases(firm).directory, `member:${name}`, (cur) => ({ ...cur, level }));
  await audit(couch, firm, 'member.level', by, now, { member: name, from: current.level, to: level });
}

/** Every member in the directory. */
export async function members(couch: Couch, firm: string) {
  const docs = await couch.allDocs(firmDatabases(firm).directory);
  return docs.filter((d) => d.type === 'member') as {
    name: string;
    displayName: string;
    level: Level;
    active: boolean;
  }[];
}
