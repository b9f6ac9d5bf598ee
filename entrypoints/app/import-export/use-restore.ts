// Restore from a backup file (plain JSON or encrypted): checked first, then the base is replaced in one
// transaction; the backup's settings are put back too.
import { useState } from 'react';
import { importNote, type ImportNote } from '../../../core/import-reason';
import { checkBackupSeal, restoreBackup } from '../../../storage/backup';
import { decryptBackup, isEncryptedBackup } from '../../../storage/crypto';
import { db } from '../../../storage/db';

export type RestoreOutcome =
  | {
      ok: true;
      people: number;
      interactions: number;
      /** The backup's settings that were not valid and are now their defaults. */
      settingsDropped: string[];
    }
  | ({ ok: false } & ImportNote);

export function useRestore() {
  const [file, setFile] = useState<{ name: string; bytes: Uint8Array<ArrayBuffer> } | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [confirmed, setConfirmed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<RestoreOutcome | null>(null);

  const choose = async (f: File) => {
    setOutcome(null);
    setConfirmed(false);
    setFile({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
  };

  const restore = async () => {
    if (!file) return;
    setBusy(true);
    try {
      let bytes: Uint8Array = file.bytes;
      if (isEncryptedBackup(file.bytes)) {
        const opened = await decryptBackup(file.bytes, passphrase);
        if (!opened.ok) return setOutcome(opened);
        bytes = opened.plain;
      }
      const seal = await checkBackupSeal(bytes);
      if (!seal.ok) return setOutcome(seal);
      let data: unknown;
      try {
        data = JSON.parse(new TextDecoder().decode(bytes));
      } catch {
        return setOutcome({
          ok: false,
          ...importNote(
            `${file.name} is not a Kartka backup (it is not JSON). Choose the file Kartka exported.`,
            'backup.notJson',
            { file: file.name },
          ),
        });
      }
      const r = await restoreBackup(db, data);
      if (!r.ok) return setOutcome(r);
      setOutcome({
        ok: true,
        people: r.counts.people,
        interactions: r.counts.interactions,
        settingsDropped: r.settingsDropped.map((d) => d.field),
      });
      setFile(null);
      setPassphrase('');
      setConfirmed(false);
    } finally {
      setBusy(false);
    }
  };

  return {
    fileName: file?.name ?? null,
    encrypted: file ? isEncryptedBackup(file.bytes) : false,
    passphrase,
    setPassphrase,
    confirmed,
    setConfirmed,
    busy,
    outcome,
    choose,
    restore,
  };
}
