// The full backup: every table read in one transaction into the envelope, and a restore that checks
// the file first, then wipes and writes the whole base in one transaction (all or nothing).
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  checkBackup,
  type BackupEnvelope,
  type BackupTable,
} from '../core/export';
import type { CompanyLink } from '../core/model';
import { isClientsSnapshotKey, type KartkaDB } from './db';
import { importNote, type ImportNote } from '../core/import-reason';
import { allLoggedContacts, joinContact, type Contactable } from './last-contact';
import { withHandleKeys } from './migrations/v6-handles';
import { linkedCompanyIds } from './migrations/v2-person-company-ids';

/** Reads the whole base (and, when given, the settings) into a backup envelope. */
export async function exportBackup(db: KartkaDB, now: number, settings?: object): Promise<BackupEnvelope> {
  await db.open();
  const tables = BACKUP_TABLES.map((name) => db.table<Record<string, unknown>>(name));
  const [rows, logged] = await db.transaction('r', [...tables, db.lastContact], () =>
    Promise.all([Promise.all(tables.map((t) => t.toArray())), allLoggedContacts(db)]),
  );
  // Left out: write times (`touchedAt`, set again on restore) and the pages' client snapshot (rebuilt from the rows).
  // Logged last contacts (schema v5) go into their people's and companies' rows: the file has one date per client.
  const dated = (row: Record<string, unknown>) =>
    joinContact(row as Record<string, unknown> & Contactable, logged.get(row.id as string));
  BACKUP_TABLES.forEach((name, i) => {
    if (name === 'people') rows[i] = (rows[i] ?? []).map(({ touchedAt: _t, ...row }) => dated(row));
    if (name === 'companies') rows[i] = (rows[i] ?? []).map(dated);
    if (name === 'meta') rows[i] = (rows[i] ?? []).filter((row) => !isClientsSnapshotKey(String(row.key)));
  });
  const envelope: BackupEnvelope = {
    format: BACKUP_FORMAT,
    schemaVersion: db.verno,
    exportedAt: now,
    tables: Object.fromEntries(
      BACKUP_TABLES.map((name, i) => [name, rows[i] ?? []]),
    ) as BackupEnvelope['tables'],
  };
  if (settings) envelope.settings = { ...settings };
  return envelope;
}

/**
 * The backup as JSON text in parts (one per ~1,000 rows), so a large base never becomes one giant
 * string: the page hands the parts to a Blob; encryption joins them into bytes.
 */
export function backupJsonParts(b: BackupEnvelope): string[] {
  const parts = [
    `{"format":${JSON.stringify(b.format)},"schemaVersion":${b.schemaVersion},"exportedAt":${b.exportedAt},`,
  ];
  if (b.settings) parts.push(`"settings":${JSON.stringify(b.settings)},`);
  parts.push('"tables":{');
  BACKUP_TABLES.forEach((name, t) => {
    parts.push(`${t === 0 ? '' : ','}${JSON.stringify(name)}:[`);
    const rows = b.tables[name];
    for (let i = 0; i < rows.length; i += 1000) {
      parts.push(
        `${i === 0 ? '' : ','}${rows
          .slice(i, i + 1000)
          .map((r) => JSON.stringify(r))
          .join(',')}`,
      );
    }
    parts.push(']');
  });
  parts.push('}}');
  return parts;
}

/** Rows from an older schema brought to the current one, as the database's own migrations would. */
function upgradeRows(b: BackupEnvelope): BackupEnvelope['tables'] {
  // Version 2 indexes people by every company they are or were linked to.
  const linked = (p: Record<string, unknown>) =>
    b.schemaVersion >= 2
      ? p
      : { ...p, companyIds: linkedCompanyIds(p.companies as CompanyLink[] | undefined) };
  // Version 6 indexes people by their messenger handles: the keys are recomputed from the handles (a file's own
  // keys are never trusted), and older backups gain the t.me usernames their text names, as the migration does.
  const people = b.tables.people.map((p) => withHandleKeys(linked(p), b.schemaVersion < 6));
  return { ...b.tables, people };
}

export type RestoreResult =
  | { ok: true; counts: Record<BackupTable, number>; settings?: Record<string, unknown> }
  | ({ ok: false } & ImportNote);

/** Replaces the whole base with a backup's contents, or changes nothing and says why. */
export async function restoreBackup(db: KartkaDB, data: unknown): Promise<RestoreResult> {
  await db.open();
  const check = checkBackup(data, db.verno);
  if (!check.ok) return check;
  const rows = upgradeRows(check.backup);
  const tables = BACKUP_TABLES.map((name) => db.table<Record<string, unknown>>(name));
  try {
    await db.transaction('rw', [...tables, db.lastContact], async () => {
      for (const t of tables) await t.clear();
      // The backup's rows carry every client's last contact.
      await db.lastContact.clear();
      for (const [i, name] of BACKUP_TABLES.entries()) {
        const list = rows[name];
        if (list.length > 0) await tables[i]?.bulkAdd(list);
      }
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      ...importNote(
        `The backup could not be written (${reason}); the base was left as it was.`,
        'backup.writeFailed',
        { error: reason },
      ),
    };
  }
  const result: RestoreResult = { ok: true, counts: check.counts };
  if (check.backup.settings) result.settings = check.backup.settings;
  return result;
}
