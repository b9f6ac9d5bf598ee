// Exports as downloads: people to CSV (chosen columns, ';' and BOM options) or vCard, and the full
// backup as JSON, optionally encrypted under a passphrase.
import { useState } from 'react';
import { DEFAULT_EXPORT_COLUMNS, peopleToCsv, peopleToVCards, type ExportColumn } from '../../../core/export';
import type { CompanyId } from '../../../core/ids';
import type { Settings } from '../../../core/model';
import { sealedBackupParts, exportBackup } from '../../../storage/backup';
import { encryptBackup } from '../../../storage/crypto';
import { db } from '../../../storage/db';
import { allLoggedContacts, joinContact } from '../../../storage/last-contact';
import { plainPerson } from '../../../storage/rows';
import { saveFile, stamp } from './files';

async function peopleAndCompanies() {
  const [rows, companies, logged] = await Promise.all([
    db.people.toArray(),
    db.companies.toArray(),
    allLoggedContacts(db),
  ]);
  return {
    people: rows.map((p) => plainPerson(joinContact(p, logged.get(p.id)))),
    companyNames: new Map<CompanyId, string>(companies.map((c) => [c.id, c.name])),
  };
}

export function useExport(settings: Settings) {
  const [columns, setColumns] = useState<ExportColumn[]>([...DEFAULT_EXPORT_COLUMNS]);
  const [semicolon, setSemicolon] = useState(false);
  const [bom, setBom] = useState(true);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  // Called from click handlers only: reads the base, builds the file, offers it as a download.
  async function guarded(work: () => Promise<void>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const csv = () =>
    guarded(async () => {
      const { people, companyNames } = await peopleAndCompanies();
      const text = peopleToCsv(
        people,
        columns,
        { companyNames, pipeline: settings.pipeline },
        { delimiter: semicolon ? ';' : ',', bom },
      );
      saveFile(`kartka-clients-${stamp(Date.now())}.csv`, [text], 'text/csv;charset=utf-8');
    });

  const vcard = () =>
    guarded(async () => {
      const { people, companyNames } = await peopleAndCompanies();
      saveFile(
        `kartka-clients-${stamp(Date.now())}.vcf`,
        [peopleToVCards(people, { companyNames })],
        'text/vcard;charset=utf-8',
      );
    });

  const backup = () =>
    guarded(async () => {
      const now = Date.now();
      const parts = await sealedBackupParts(await exportBackup(db, now, settings));
      if (!passphrase) {
        saveFile(`kartka-backup-${stamp(now)}.json`, parts, 'application/json');
        return;
      }
      const plain = new TextEncoder().encode(parts.join(''));
      saveFile(
        `kartka-backup-${stamp(now)}.kartka`,
        [await encryptBackup(plain, passphrase)],
        'application/octet-stream',
      );
    });

  return {
    columns,
    setColumns,
    semicolon,
    bom,
    setOptions: (o: { semicolon: boolean; bom: boolean }) => {
      setSemicolon(o.semicolon);
      setBom(o.bom);
    },
    passphrase,
    setPassphrase,
    busy,
    error,
    csv,
    vcard,
    backup,
  };
}
