// The full backup: every table read in one transaction into the envelope, and a restore that checks
// the file first, then wipes and writes the whole base in one transaction (all or nothing).
import {
  BACKUP_FORMAT,
  BACKUP_TABLES,
  checkBackup,
  type BackupEnvelope,
  type BackupTable,
} from '../core/export';
import { isClientsSnapshotKey, type KartkaDB, type StoredCompany, type StoredPerson } from './db';
import { importNote, type ImportNote } from '../core/import-reason';
import { allLoggedContacts, joinContact, type Contactable } from './last-contact';
import { currentCompanyIds } from './migrations/v2-person-company-ids';
import { restoredHandles } from './migrations/v10-handles';
import { companyRow, personRow, plainPerson } from './rows';
import { TRASH } from './app-queries/trash';
import { replaceSettings, SETTINGS_KEY } from './settings';
import type { DroppedSetting } from '../core/settings';

/**
 * The `meta` rows a backup carries: not the pages' client snapshot (rebuilt from the rows), not the settings row
 * (the envelope's `settings` field carries them, checked on restore), not the undo records of deletes (a deleted
 * client must not survive in a backup; they expire within minutes anyway).
 */
const keepsMetaRow = (key: string) =>
  !isClientsSnapshotKey(key) && key !== SETTINGS_KEY && !key.startsWith(TRASH);

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
    if (name === 'meta') rows[i] = (rows[i] ?? []).filter((row) => keepsMetaRow(String(row.key)));
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

const hex = (buffer: ArrayBuffer) =>
  [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

/** The checksum a backup ends with: `,"checksum":"sha256:<64 hex digits>"}`, over every byte before it. */
const SEAL = /,"checksum":"sha256:([0-9a-f]{64})"\}\s*$/u;

/**
 * The backup as JSON parts, the last field a SHA-256 checksum of every byte before it, so a restore can refuse
 * a file changed by hand or by anyone else (an encrypted backup is authenticated by its cipher as well).
 */
export async function sealedBackupParts(b: BackupEnvelope): Promise<string[]> {
  const parts = backupJsonParts(b);
  // The parts end with the '}' that closes the envelope: the checksum goes just before it.
  const last = parts.length - 1;
  parts[last] = (parts[last] ?? '}').slice(0, -1);
  const digest = await crypto.subtle.digest('SHA-256', await new Blob(parts).arrayBuffer());
  return [...parts, `,"checksum":"sha256:${hex(digest)}"}`];
}

/** Whether a backup file's checksum matches; `sealed: false` for files from before backups carried one. */
export type SealCheck = { ok: true; sealed: boolean } | ({ ok: false } & ImportNote);

/** Checks the checksum a backup file ends with against every byte before it. */
export async function checkBackupSeal(bytes: Uint8Array): Promise<SealCheck> {
  const tailStart = Math.max(0, bytes.length - 256);
  const tail = new TextDecoder().decode(bytes.subarray(tailStart));
  const match = SEAL.exec(tail);
  if (!match) return { ok: true, sealed: false };
  const end = tailStart + new TextEncoder().encode(tail.slice(0, match.index)).length;
  const digest = hex(await crypto.subtle.digest('SHA-256', bytes.slice(0, end)));
  if (digest === match[1]) return { ok: true, sealed: true };
  return {
    ok: false,
    ...importNote(
      'The backup was changed after Kartka made it (its checksum does not match), so it was not restored. Use an unchanged copy of the file.',
      'backup.tampered',
    ),
  };
}

/**
 * The rows with their derived fields (search tokens, Gmail keys, company links) computed again, as every write in
 * Kartka computes them: a file from an older schema gains the fields its version lacked, and a crafted file's
 * own tokens never reach the indexes.
 */
function derivedRows(tables: BackupEnvelope['tables'], schemaVersion: number): BackupEnvelope['tables'] {
  const names = new Map(tables.companies.map((c) => [String(c.id), String(c.name)]));
  const people = tables.people.map((row) => {
    const person = plainPerson(row as unknown as StoredPerson);
    // Only valid handles are kept; a backup older than version 10 gains the t.me usernames its notes name.
    const handles = restoredHandles(row, schemaVersion < 10);
    if (handles.length > 0) person.handles = handles;
    else delete person.handles;
    const current = currentCompanyIds(person.companies ?? []);
    return personRow(
      person,
      current.flatMap((id) => names.get(id) ?? []),
    ) as unknown as Record<string, unknown>;
  });
  const companies = tables.companies.map(
    (row) => companyRow(row as unknown as StoredCompany) as unknown as Record<string, unknown>,
  );
  return { ...tables, people, companies };
}

export type RestoreResult =
  | {
      ok: true;
      counts: Record<BackupTable, number>;
      /** The backup's settings that were not valid and were set to their defaults instead. */
      settingsDropped: DroppedSetting[];
    }
  | ({ ok: false } & ImportNote);

/** Replaces the whole base with a backup's contents, or changes nothing and says why. */
export async function restoreBackup(db: KartkaDB, data: unknown): Promise<RestoreResult> {
  await db.open();
  const check = checkBackup(data, db.verno);
  if (!check.ok) return check;
  const rows = derivedRows(check.backup.tables, check.backup.schemaVersion);
  // A file's own settings row (or snapshot) is not taken: the settings come from the envelope, checked.
  rows.meta = rows.meta.filter((row) => keepsMetaRow(String(row.key)));
  const tables = BACKUP_TABLES.map((name) => db.table<Record<string, unknown>>(name));
  let settingsDropped: DroppedSetting[] = [];
  try {
    await db.transaction('rw', [...tables, db.lastContact, db.importUndo], async () => {
      const kept = await db.meta.get(SETTINGS_KEY);
      for (const t of tables) await t.clear();
      // The backup's rows carry every client's last contact; an import made before the restore can no longer be undone.
      await db.lastContact.clear();
      await db.importUndo.clear();
      for (const [i, name] of BACKUP_TABLES.entries()) {
        const list = rows[name];
        if (list.length > 0) await tables[i]?.bulkAdd(list);
      }
      // The backup's settings, checked field by field; a backup without any keeps the current ones.
      if (check.backup.settings) settingsDropped = await replaceSettings(check.backup.settings, db);
      else if (kept) await db.meta.put(kept);
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
  return { ok: true, counts: check.counts, settingsDropped };
}
