// The firm's audit log as documents in its admin database: written by the provisioning tool, read by the
// admin's view. Read back from the server, so every entry is validated (a hand-edited document is left out).
export type AuditAction =
  'firm.create' | 'member.invite' | 'member.level' | 'member.offboard' | 'clients.handover' | 'notes.sweep';

const ACTIONS: readonly string[] = [
  'firm.create',
  'member.invite',
  'member.level',
  'member.offboard',
  'clients.handover',
  'notes.sweep',
];

export interface AuditEntry {
  _id: string;
  type: 'audit';
  action: AuditAction;
  by: string;
  at: number;
  /** The action's figures: whom it concerned, how many records moved, which database was archived… */
  details: Record<string, unknown>;
}

/** The entries among an admin database's documents, oldest first (ids sort by time). */
export function auditEntries(docs: readonly unknown[]): AuditEntry[] {
  const out: AuditEntry[] = [];
  for (const raw of docs) {
    const d = raw as Partial<AuditEntry> | null;
    if (!d || d.type !== 'audit' || typeof d._id !== 'string' || typeof d.by !== 'string') continue;
    if (typeof d.at !== 'number' || !Number.isFinite(d.at) || !ACTIONS.includes(String(d.action))) continue;
    const details = d.details && typeof d.details === 'object' ? d.details : {};
    out.push({ _id: d._id, type: 'audit', action: d.action as AuditAction, by: d.by, at: d.at, details });
  }
  return out.sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0));
}

/** One entry's figures as short `key: value` text (strings and numbers only; the rest is left out). */
export function auditDetails(entry: AuditEntry): string {
  return Object.entries(entry.details)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
    .map(([k, v]) => `${k}: ${String(v)}`)
    .join(', ');
}
