// The full backup: every table of the base in one schema-versioned JSON envelope, checked before a
// restore so a wrong file, a damaged one or one from a newer Kartka is refused with a reason.
import { z } from '../zod';
import { importNote, type ImportBecause, type ImportNote, type ImportReasonCode } from '../import-reason';

export const BACKUP_FORMAT = 'kartka-backup';

/** Every table of the base, in the order they are written back. */
export const BACKUP_TABLES = [
  'companies',
  'people',
  'interactions',
  'deals',
  'tasks',
  'documents',
  'merges',
  'meta',
  'possibleDuplicates',
] as const;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT;
  /** The database schema version the rows are in (KartkaDB's version). */
  schemaVersion: number;
  exportedAt: number;
  tables: Record<BackupTable, Record<string, unknown>[]>;
  /** The user's settings (pipeline, own addresses, logging rules), when the backup includes them. */
  settings?: Record<string, unknown>;
}

const strings = z.array(z.string());
const row = z.looseObject({ id: z.string().min(1) });
// Only what the indexes and the app rely on is checked; other fields are kept exactly as they are.
const TABLE_ROWS: Record<BackupTable, z.ZodType<Record<string, unknown>>> = {
  people: row.extend({
    displayName: z.string(),
    emails: strings,
    phones: strings,
    tags: strings,
    companies: z.array(z.looseObject({ companyId: z.string() })),
  }),
  companies: row.extend({ name: z.string(), domains: strings }),
  interactions: row.extend({ kind: z.string(), at: z.number(), personIds: strings, companyIds: strings }),
  deals: row.extend({ title: z.string(), status: z.string() }),
  tasks: row.extend({ title: z.string(), due: z.number() }),
  documents: row.extend({ name: z.string() }),
  merges: row.extend({ kind: z.string(), at: z.number() }),
  meta: z.looseObject({ key: z.string().min(1) }),
  possibleDuplicates: row.extend({ a: z.string(), b: z.string(), at: z.number() }),
};

const envelope = z.looseObject({
  format: z.string(),
  schemaVersion: z.number().int(),
  exportedAt: z.number(),
  tables: z.record(z.string(), z.array(z.unknown())),
  settings: z.record(z.string(), z.unknown()).optional(),
});

export type BackupCheck =
  { ok: true; backup: BackupEnvelope; counts: Record<BackupTable, number> } | ({ ok: false } & ImportNote);

const fail = (reason: string, code: ImportReasonCode, params?: ImportBecause['params']): BackupCheck => ({
  ok: false,
  ...importNote(reason, code, params),
});

/** Checks a parsed backup file against the schema versions this Kartka can read (1..current). */
export function checkBackup(data: unknown, currentVersion: number): BackupCheck {
  const e = envelope.safeParse(data);
  if (!e.success || e.data.format !== BACKUP_FORMAT) {
    return fail(
      'This is not a Kartka backup (it has no "kartka-backup" header). Choose the .json file Kartka exported.',
      'backup.notBackup',
    );
  }
  const { schemaVersion } = e.data;
  if (schemaVersion > currentVersion) {
    return fail(
      `This backup was made by a newer Kartka (data version ${schemaVersion}; this one reads up to ${currentVersion}). Update Kartka, then restore it.`,
      'backup.newer',
      { version: String(schemaVersion), current: String(currentVersion) },
    );
  }
  if (schemaVersion < 1)
    return fail(
      `The backup's data version ${schemaVersion} is not valid; the file may be damaged.`,
      'backup.badVersion',
      { version: String(schemaVersion) },
    );
  const tables = {} as Record<BackupTable, Record<string, unknown>[]>;
  const counts = {} as Record<BackupTable, number>;
  for (const name of BACKUP_TABLES) {
    const rows = e.data.tables[name] ?? [];
    const schema = TABLE_ROWS[name];
    const keys = new Set<string>();
    const out: Record<string, unknown>[] = [];
    for (let i = 0; i < rows.length; i++) {
      const r = schema.safeParse(rows[i]);
      if (!r.success) {
        const issue = r.error.issues[0];
        const field = issue?.path.length ? issue.path.join('.') : '';
        const where = field ? ` (field ${field})` : '';
        const problem = issue?.message ?? 'unknown problem';
        return fail(
          `The backup is damaged: ${name} record ${i + 1}${where} is not valid: ${problem}. Nothing was changed.`,
          field ? 'backup.badRecordField' : 'backup.badRecord',
          { table: name, number: String(i + 1), field, problem },
        );
      }
      const key = String(r.data[name === 'meta' ? 'key' : 'id']);
      if (keys.has(key))
        return fail(
          `The backup is damaged: ${name} has two records with the id ${key}. Nothing was changed.`,
          'backup.duplicateId',
          { table: name, id: key },
        );
      keys.add(key);
      out.push(r.data);
    }
    tables[name] = out;
    counts[name] = out.length;
  }
  const unknown = Object.keys(e.data.tables).filter((t) => !(BACKUP_TABLES as readonly string[]).includes(t));
  if (unknown.length > 0)
    return fail(
      `The backup has tables this Kartka does not know (${unknown.join(', ')}); update Kartka, then restore it.`,
      'backup.unknownTables',
      { tables: unknown.join(', ') },
    );
  const backup: BackupEnvelope = {
    format: BACKUP_FORMAT,
    schemaVersion,
    exportedAt: e.data.exportedAt,
    tables,
  };
  if (e.data.settings) backup.settings = e.data.settings;
  return { ok: true, backup, counts };
}
