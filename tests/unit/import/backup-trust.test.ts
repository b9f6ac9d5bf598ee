// Backups a restore can trust: a plain file carries a checksum and a changed one is refused; an encrypted file's
// header may not ask for an absurd number of key-derivation rounds.
import { describe, expect, it } from 'vitest';
import { checkBackupSeal, exportBackup, restoreBackup, sealedBackupParts } from '../../../storage/backup';
import { decryptBackup, encryptBackup } from '../../../storage/crypto';
import { loadDemoBase } from '../../../storage/demo';
import { freshDb, NOW, testSettings } from './helpers';

const bytesOf = (parts: string[]) => new TextEncoder().encode(parts.join(''));

describe('plain backup checksum', () => {
  it('restores an unchanged file, and refuses one with a single name changed', async () => {
    const db = freshDb();
    await loadDemoBase(db, testSettings(), NOW);
    const bytes = bytesOf(await sealedBackupParts(await exportBackup(db, NOW, testSettings())));
    expect(await checkBackupSeal(bytes)).toEqual({ ok: true, sealed: true });
    const text = new TextDecoder().decode(bytes);
    expect(JSON.parse(text)).toMatchObject({
      format: 'kartka-backup',
      checksum: expect.stringMatching(/^sha256:/u),
    });
    expect((await restoreBackup(freshDb(), JSON.parse(text))).ok).toBe(true);

    const changed = new TextEncoder().encode(text.replace('Олена', 'Алена'));
    expect(await checkBackupSeal(changed)).toMatchObject({ ok: false, because: { code: 'backup.tampered' } });
  });

  it('takes a file from before backups carried a checksum', async () => {
    const old = new TextEncoder().encode(
      '{"format":"kartka-backup","schemaVersion":5,"exportedAt":1,"tables":{}}',
    );
    expect(await checkBackupSeal(old)).toEqual({ ok: true, sealed: false });
  });
});

describe('encrypted backup header', () => {
  async function withIterations(iterations: number): Promise<Uint8Array<ArrayBuffer>> {
    const sealed = await encryptBackup(new TextEncoder().encode('{}'), 'пароль');
    const text = new TextDecoder('latin1').decode(sealed);
    return Uint8Array.from(text.replace('"iterations":600000', `"iterations":${iterations}`), (c) =>
      c.charCodeAt(0),
    );
  }

  it.each([2_000_000_000, 1, 99_999])('refuses %i rounds at once, before deriving any key', async (n) => {
    const started = Date.now();
    expect(await decryptBackup(await withIterations(n), 'пароль')).toMatchObject({
      ok: false,
      because: { code: 'backup.badIterations', params: { iterations: n } },
    });
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
