// The firm's audit log: one document per action in the admin database (append-only: its validation function
// refuses any change to an entry, admins included).
import { firmDatabases } from '../../core/team/names';
import { auditEntries, type AuditAction, type AuditEntry } from '../../core/team/audit';
import type { Couch } from './couch';

export type { AuditAction, AuditEntry } from '../../core/team/audit';

// Entries of one run written in the same millisecond keep their order.
let sequence = 0;

/** Appends one entry; ids sort by time. */
export async function audit(
  couch: Couch,
  firm: string,
  action: AuditAction,
  by: string,
  now: number,
  details: Record<string, unknown>,
): Promise<AuditEntry> {
  const entry: AuditEntry = {
    _id: `audit:${new Date(now).toISOString()}:${String(++sequence).padStart(6, '0')}:${crypto.randomUUID().slice(0, 8)}`,
    type: 'audit',
    action,
    by,
    at: now,
    details,
  };
  await couch.request('PUT', `/${firmDatabases(firm).admin}/${encodeURIComponent(entry._id)}`, entry);
  return entry;
}

/** The whole log, oldest first. */
export async function readAudit(couch: Couch, firm: string): Promise<AuditEntry[]> {
  return auditEntries(await couch.allDocs(firmDatabases(firm).admin));
}
