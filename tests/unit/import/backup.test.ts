import { describe, expect, it } from 'vitest';
import { BACKUP_TABLES } from '../../../core/export';
import { translator } from '../../../core/i18n';
import { importReasonText } from '../../../core/i18n/import-reason';
import { LATEST_VERSION, type KartkaDB } from '../../../storage/db';
import { backupJsonParts, exportBackup, restoreBackup } from '../../../storage/backup';
import { decryptBackup, encryptBackup, isEncryptedBackup } from '../../../storage/crypto';
import { loadDemoBase } from '../../../storage/demo';
import { mergePeople } from '../../../storage/merge';
import { loadSettings, SETTINGS_KEY } from '../../../storage/settings';
import { addTask, completeTask } from '../../../storage/tasks';
import { freshDb, NOW, testSettings } from './helpers';

/** Every table's rows, without the write time `touchedAt` (a restore is a write: it is set again). */
async function snapshot(db: KartkaDB): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of BACKUP_TABLES)
    out[name] = (
      await db
        .table<Record<string, unknown>>(name)
        .orderBy(name === 'meta' ? 'key' : 'id')
        .toArray()
    )
      .filter((row) => row.key !== SETTINGS_KEY)
      .map(({ touchedAt: _t, ...row }) => row);
  return out;
}

async function populated(): Promise<KartkaDB> {
  const db = freshDb();
  await loadDemoBase(db, testSettings(), NOW);
  const [a, b] = await db.people.limit(2).toArray();
  if (!a || !b) throw new Error('demo base is empty');
  await mergePeople(db, a.id, b.id, NOW + 1);
  const task = await addTask(
    db,
    { title: 'Передзвонити Олені', due: NOW + 86_400_000, recurrence: 'weekly' },
    NOW,
  );
  await completeTask(db, task.id, NOW + 2);
  await db.meta.put({ key: 'sync:gmail', value: { historyId: '12345', at: NOW } });
  return db;
}

const json = (parts: string[]) => JSON.parse(parts.join('')) as unknown;

describe('JSON backup', () => {
  it('round-trips exactly: export → wipe → restore → identical', async () => {
    const db = await populated();
    const before = await snapshot(db);
    const text = backupJsonParts(await exportBackup(db, NOW, testSettings())).join('');
    await Promise.all(BACKUP_TABLES.map((t) => db.table(t).clear()));
    expect(await db.people.count()).toBe(0);

    const restored = await restoreBackup(db, JSON.parse(text));
    expect(restored).toMatchObject({ ok: true, settingsDropped: [] });
    expect((await loadSettings(db)).ownAddresses).toEqual(['ivan.petrenko@kartka.ua']);
    expect(await snapshot(db)).toStrictEqual(before);
    // The indexes work again after the restore, not just the rows.
    const someone = (await db.people.filter((p) => p.mergedInto === undefined && p.emails.length > 0).first())
      ?.emails[0];
    expect(someone).toBeDefined();
    expect(
      await db.people
        .where('emails')
        .equals(someone ?? '')
        .count(),
    ).toBe(1);
  });

  it('restores into a base that has other data, replacing it', async () => {
    const source = await populated();
    const backup = json(backupJsonParts(await exportBackup(source, NOW)));
    const target = freshDb();
    await target.meta.put({ key: 'stale', value: 1 });
    const r = await restoreBackup(target, backup);
    expect(r.ok).toBe(true);
    expect(await snapshot(target)).toStrictEqual(await snapshot(source));
  });

  it.each([
    [{ hello: 'world' }, /not a Kartka backup/u],
    [
      { format: 'kartka-backup', schemaVersion: 99, exportedAt: NOW, tables: {} },
      new RegExp(`newer Kartka \\(data version 99; this one reads up to ${LATEST_VERSION}\\)`, 'u'),
    ],
    [
      {
        format: 'kartka-backup',
        schemaVersion: 2,
        exportedAt: NOW,
        tables: {
          people: [{ id: 'p1', displayName: 'X', emails: 'x@y.ua', phones: [], tags: [], companies: [] }],
        },
      },
      /people record 1 \(field emails\) is not valid/u,
    ],
    [
      {
        format: 'kartka-backup',
        schemaVersion: 2,
        exportedAt: NOW,
        tables: {
          deals: [
            { id: 'd', title: 'a', status: 'open' },
            { id: 'd', title: 'b', status: 'open' },
          ],
        },
      },
      /two records with the id d/u,
    ],
  ])('refuses a wrong file with a reason and changes nothing (%#)', async (file, reason) => {
    const db = await populated();
    const before = await snapshot(db);
    const r = await restoreBackup(db, file);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toMatch(reason);
      // The same reason in the reader's language: the English rendering is the stored text, word for word.
      expect(r.because?.code).toMatch(/^backup\./u);
      expect(importReasonText(r, translator('en'))).toBe(r.reason);
      expect(importReasonText(r, translator('uk'))).not.toBe(r.reason);
      expect(importReasonText(r, translator('uk'))).not.toMatch(/\{\w+\}/u);
    }
    expect(await snapshot(db)).toStrictEqual(before);
  });

  it('upgrades a version 1 backup (people without companyIds)', async () => {
    const source = await populated();
    const backup = await exportBackup(source, NOW);
    const v1 = {
      ...backup,
      schemaVersion: 1,
      tables: { ...backup.tables, people: backup.tables.people.map(({ companyIds: _c, ...p }) => p) },
    };
    const db = freshDb();
    expect((await restoreBackup(db, json(backupJsonParts(v1)))).ok).toBe(true);
    expect(await snapshot(db)).toStrictEqual(await snapshot(source));
  });
});

describe('encrypted backup', () => {
  it('round-trips with the passphrase and refuses a wrong one or a changed byte', async () => {
    const db = await populated();
    const plain = new TextEncoder().encode(backupJsonParts(await exportBackup(db, NOW)).join(''));
    const sealed = await encryptBackup(plain, 'Кава з молоком 2025');
    expect(isEncryptedBackup(sealed)).toBe(true);
    expect(new TextDecoder().decode(sealed.subarray(0, 200))).toMatch(/"iterations":600000/u);

    const opened = await decryptBackup(sealed, 'Кава з молоком 2025');
    expect(opened.ok && new TextDecoder().decode(opened.plain)).toBe(new TextDecoder().decode(plain));

    const wrong = await decryptBackup(sealed, 'кава з молоком 2025');
    expect(wrong).toEqual({
      ok: false,
      reason: expect.stringMatching(/passphrase is wrong/u) as unknown,
      because: { code: 'backup.wrongPassphrase' },
    });
    if (!wrong.ok) expect(importReasonText(wrong, translator('ru'))).toMatch(/^Неверная парольная фраза/u);
    const tampered = sealed.slice();
    tampered[tampered.length - 5] = (tampered[tampered.length - 5] ?? 0) ^ 1;
    expect((await decryptBackup(tampered, 'Кава з молоком 2025')).ok).toBe(false);
    expect(isEncryptedBackup(plain)).toBe(false);
  });
});
