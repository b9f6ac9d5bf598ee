// Who may write what, by level: the same rule the server enforces in each database's validate_doc_update
// (tools/team/validate.ts; tests/unit/team/access.test.ts runs one table of cases against both). The extension
// checks it before pushing, so a refused edit becomes a note for the owner instead of a rejected write.
import type { TeamDoc } from './documents';
import type { Level } from './names';

/** Which of a firm's databases a write goes to. */
export type DatabaseKind =
  { kind: 'own'; member: string } | { kind: 'shared' } | { kind: 'directory' } | { kind: 'admin' };

export interface Writer {
  name: string;
  level: Level;
}

/** Documents a manager may leave in their own database after a client left it: an edit that came too late. */
export const LATE_NOTE_PREFIX = 'latenote:';

const isClientDoc = (id: string) => id.startsWith('people:') || id.startsWith('companies:');

/**
 * Why `writer` may not write `next` over `old` (the revision it replaces, a tombstone included) in a database,
 * or null when they may.
 */
export function writeRefusal(
  writer: Writer,
  db: DatabaseKind,
  old: TeamDoc | null,
  next: TeamDoc,
): string | null {
  const prev = old && !old._deleted ? old : null;
  if (writer.level === 'readonly') return 'Read-only members change nothing in the firm’s base.';
  if (db.kind === 'admin') {
    if (writer.level !== 'admin') return 'Only the firm’s admins write the audit log.';
    return old ? 'The audit log is append-only: its entries are never changed.' : null;
  }
  if (writer.level === 'admin') return null;
  if (db.kind === 'directory') return 'Only the firm’s admins change its members.';
  // A record moved on leaves a stub saying to whom; only that member (moving it back) writes over it.
  if (old?.handedOverTo !== undefined && old.handedOverTo !== writer.name)
    return `This client was handed over to ${old.handedOverTo}; the edit goes to them as a note.`;
  if (db.kind === 'own') {
    if (writer.name !== db.member) return `Only ${db.member} and the firm’s admins write in this database.`;
    if (next._id.startsWith(LATE_NOTE_PREFIX))
      return prev === null && next.from === writer.name && !next._deleted
        ? null
        : 'A late note is written once, by its author.';
    if (!next._deleted && next.owner !== writer.name)
      return 'Only an admin gives a client to another manager (hand over).';
    if (prev !== null && prev.owner !== undefined && prev.owner !== writer.name)
      return `This record belongs to ${prev.owner}.`;
    return null;
  }
  // The shared database.
  if (prev === null) {
    if (next.owner === writer.name) return null;
    if (next.sharing === 'write' && !isClientDoc(next._id)) return null;
    return 'Only the owner shares a client; other managers add to clients shared for writing.';
  }
  if (prev.owner === writer.name)
    return next._deleted || next.owner === writer.name
      ? null
      : 'Only an admin gives a client to another manager (hand over).';
  if (prev.sharing !== 'write') return `This client is shared read-only by ${prev.owner ?? 'its owner'}.`;
  if (next._deleted)
    return `Only ${prev.owner ?? 'its owner'} or an admin deletes a shared client’s records.`;
  if (next.owner !== prev.owner || next.sharing !== prev.sharing)
    return 'Only the owner or an admin changes who owns a shared client and how it is shared.';
  return null;
}
