// Which of the firm's databases a member reads, and where a record lives: with its client, in the shared
// database when the client is shared, else in its owner's own database.
import type { Sharing } from '../model';
import type { DatabaseKind } from './access';
import type { DirectoryMember } from './membership';
import { firmDatabases, ownerOfDatabase, ownsClients, type Level } from './names';

/** The databases a member replicates: their own (if they own clients), the shared one, and, for an admin, every
 * active member's own. CouchDB has no per-document read permission, so this list is what they may read. */
export function readableDatabases(
  firm: string,
  me: { name: string; level: Level },
  members: readonly DirectoryMember[],
): string[] {
  const dbs = firmDatabases(firm);
  const out = new Set<string>();
  if (ownsClients(me.level)) out.add(dbs.own(me.name));
  out.add(dbs.shared);
  if (me.level === 'admin')
    for (const m of members) if (m.active && ownsClients(m.level)) out.add(dbs.own(m.name));
  return [...out];
}

/** The database a client with this owner and sharing lives in. */
export function homeDatabase(firm: string, owner: string, sharing: Sharing | undefined): string {
  const dbs = firmDatabases(firm);
  return sharing ? dbs.shared : dbs.own(owner);
}

/** What kind of firm database a name is (null: not one of the firm's record databases). */
export function databaseKind(firm: string, database: string): DatabaseKind | null {
  const dbs = firmDatabases(firm);
  if (database === dbs.shared) return { kind: 'shared' };
  if (database === dbs.directory) return { kind: 'directory' };
  if (database === dbs.admin) return { kind: 'admin' };
  const member = ownerOfDatabase(dbs, database);
  return member ? { kind: 'own', member } : null;
}

/** The databases a member may write records to (a read-only member: none). */
export function writableDatabases(
  firm: string,
  me: { name: string; level: Level },
  readable: readonly string[],
) {
  if (!ownsClients(me.level)) return [];
  return readable.filter((d) => databaseKind(firm, d)?.kind !== 'directory');
}
