// Applies a contacts import: ~1,000 rows per transaction, one batched lookup per chunk (no per-row
// queries), and a report for every row. Nothing in the base changes unless the chosen mode says so.
import type { CompanyId, PersonId } from '../core/ids';
import {
  companyKey,
  planChunk,
  planCompanies,
  prepareCandidate,
  rowKey,
  type ContactCandidate,
  type DedupeOptions,
  type PreparedRow,
  type RowReport,
} from '../core/import';
import type { Company, Person, Settings } from '../core/model';
import { chunks } from './batch';
import { newId, type KartkaDB, type StoredPerson } from './db';
import { companyRow, personRow, plainPerson } from './rows';

export interface ContactImportOptions extends DedupeOptions {
  settings: Settings;
  now: number;
  /** Called after each chunk with the rows done so far. */
  onProgress?: (done: number, total: number) => void;
  /** Stops before the next chunk; chunks already written stay (each is whole). */
  signal?: AbortSignal;
}

/** The people in the base (not merged away) who share an email or phone with the rows. */
async function peopleMatching(db: KartkaDB, rows: readonly PreparedRow[]): Promise<StoredPerson[]> {
  const emails = [...new Set(rows.flatMap((r) => r.fields?.emails ?? []))];
  const phones = [...new Set(rows.flatMap((r) => r.fields?.phones ?? []))];
  const [byEmail, byPhone] = await Promise.all([
    emails.length ? db.people.where('emails').anyOf(emails).toArray() : [],
    phones.length ? db.people.where('phones').anyOf(phones).toArray() : [],
  ]);
  const out = new Map<PersonId, StoredPerson>();
  for (const p of [...byEmail, ...byPhone]) if (p.mergedInto === undefined) out.set(p.id, p);
  return [...out.values()];
}

/** One match per row that has one: who in the base shares its email or phone (for the preview). */
export async function findImportMatches(
  db: KartkaDB,
  candidates: readonly ContactCandidate[],
  settings: Settings,
): Promise<Map<string, { personId: PersonId; displayName: string; by: string }>> {
  const rows = candidates.map((c) => prepareCandidate(c, settings));
  const out = new Map<string, { personId: PersonId; displayName: string; by: string }>();
  for (const chunk of chunks(rows)) {
    const people = await peopleMatching(db, chunk);
    const byKey = new Map<string, StoredPerson>();
    for (const p of people) for (const k of [...p.emails, ...p.phones]) byKey.set(k, p);
    for (const r of chunk) {
      const by = [...(r.fields?.emails ?? []), ...(r.fields?.phones ?? [])].find((k) => byKey.has(k));
      const p = by === undefined ? undefined : byKey.get(by);
      if (p && by !== undefined) out.set(rowKey(r.file, r.line), { personId: p.id, displayName: p.displayName, by });
    }
  }
  return out;
}

/** Imports contacts and returns one report per candidate, in input order. */
export async function importContacts(
  db: KartkaDB,
  candidates: readonly ContactCandidate[],
  options: ContactImportOptions,
): Promise<RowReport[]> {
  const { settings, now } = options;
  const rows = candidates.map((c) => prepareCandidate(c, settings));
  const known = new Map<string, Company>();
  const takenDomains = new Set<string>();
  for (const c of await db.companies.toArray()) {
    if (c.mergedInto !== undefined) continue;
    c.domains.forEach((d) => takenDomains.add(d));
    if (!known.has(companyKey(c.name))) known.set(companyKey(c.name), c);
  }
  const importedIds = new Set<PersonId>();
  const reports: RowReport[] = [];
  for (const chunk of chunks(rows)) {
    if (options.signal?.aborted) break;
    const out = await db.transaction('rw', db.people, db.companies, async () => {
      const existing = await peopleMatching(db, chunk);
      const companies = planCompanies(chunk, known, takenDomains, { now, newId, settings });
      const names = new Map<CompanyId, string>([...known.values()].map((c) => [c.id, c.name]));
      const plan = planChunk(chunk, options, {
        existing: existing.map(plainPerson),
        importedIds,
        companyOf: (row) => (row.company ? companies.ids.get(companyKey(row.company.name)) : undefined),
        now,
        newId,
      });
      const row = (p: Person) =>
        personRow(
          p,
          p.companies.flatMap((l) => (l.archived ? [] : (names.get(l.companyId) ?? []))),
        );
      if (companies.create.length) await db.companies.bulkAdd(companies.create.map(companyRow));
      if (companies.update.length) await db.companies.bulkPut(companies.update.map(companyRow));
      if (plan.create.length) await db.people.bulkAdd(plan.create.map(row));
      if (plan.update.length) await db.people.bulkPut(plan.update.map(row));
      return plan.reports;
    });
    reports.push(...out);
    options.onProgress?.(reports.length, rows.length);
  }
  return reports;
}

