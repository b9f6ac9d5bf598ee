// The identity check of the conformance run: every contacts file of the corpus imported in a row into the
// demo base (in memory), as a new user did in issue 15. A row may merge into someone only on an exact email
// or with a name that agrees; a shared phone with another name must stay apart and be offered as a duplicate.
import 'fake-indexeddb/auto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareNames } from '../core/identity/index.ts';
import { contactsFromCsv, contactsFromVCard, type RowReport } from '../core/import/index.ts';
import { defaultSettings } from '../core/settings.ts';
import { openKartkaDB } from '../storage/db.ts';
import { loadDemoBase } from '../storage/demo.ts';
import { importContacts } from '../storage/import-contacts.ts';

export interface IdentityVerdict {
  ok: boolean;
  summary: string;
}

/** Imports every .csv/.vcf of `dir` in name order; fails when a row merged into a person of another name by phone. */
export async function checkIdentity(dir: string): Promise<IdentityVerdict> {
  const files = readdirSync(dir)
    .filter((f) => /\.(csv|vcf)$/iu.test(f))
    .sort();
  const db = openKartkaDB(`conformance-identity-${Date.now()}`);
  const settings = defaultSettings();
  const now = Date.UTC(2026, 0, 15);
  await loadDemoBase(db, settings, now);
  const wrong: string[] = [];
  let merged = 0;
  let possible = 0;
  for (const [i, name] of files.entries()) {
    const bytes = new Uint8Array(readFileSync(join(dir, name)));
    const file = name.toLowerCase().endsWith('.vcf')
      ? contactsFromVCard(bytes, name)
      : contactsFromCsv(bytes, name);
    const reports: RowReport[] = await importContacts(db, file.candidates, {
      mode: 'merge',
      settings,
      now: now + i,
    });
    for (const r of reports) {
      if (r.notes.some((n) => n.because?.code.startsWith('row.possibleDuplicate'))) possible++;
      if (r.action !== 'merged' && r.action !== 'unchanged') continue;
      merged++;
      const by = String(r.because?.params?.value ?? '');
      const target = r.personId === undefined ? undefined : await db.people.get(r.personId);
      if (!by.includes('@') && target && compareNames({ displayName: r.label }, target) === 'conflict')
        wrong.push(`${name} row ${r.line}: ${r.label} went into ${target.displayName} on ${by}`);
    }
  }
  db.close();
  const what = `${files.length} contact file(s) imported in a row into the demo base: ${merged} row(s) merged or already there, ${possible} kept apart as possible duplicates`;
  return wrong.length > 0
    ? { ok: false, summary: `${what}; strangers merged: ${wrong.join('; ')}` }
    : { ok: true, summary: `${what}; no stranger merged` };
}
