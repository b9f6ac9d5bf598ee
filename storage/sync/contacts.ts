// A contact stream's page merged into the base inside the store's transaction (storage/sync/store.ts), by the
// rules a contacts import follows (core/import/dedupe.ts over core/identity): a contact is the person sharing its
// email (or its phone with a name that agrees) and fills that person's empty fields; one that only may be someone
// (a shared phone, a different name) is created apart and the pair offered under possible duplicates; a stranger
// becomes a new person whose `source` names the account (`microsoft:<address>`). A contact deleted at the provider
// is marked gone on its sync item; the person stays (the base is the user's).
import { newId, type KartkaDB, type StoredPerson, type SyncItemRow } from '../db';
import type { CompanyId, PersonId } from '../../core/ids';
import {
  companyKey,
  planChunk,
  planCompanies,
  prepareCandidate,
  type ContactCandidate,
  type PreparedRow,
} from '../../core/import';
import type { Company, Person, Settings } from '../../core/model';
import type { SyncAccount } from '../../core/sync/account';
import { contactItem, type SyncContact } from '../../core/sync/contact';
import { addPossibleDuplicates } from '../duplicates';
import { companyRow, personRow, plainPerson } from '../rows';

export { contactItem };

function candidate(c: SyncContact, account: SyncAccount, line: number): ContactCandidate {
  const out: ContactCandidate = {
    file: account.id,
    line,
    emails: c.emails,
    phones: c.phones,
    companyPhones: [],
    tags: [],
    registrationIds: {},
  };
  for (const key of ['displayName', 'givenName', 'familyName', 'position', 'city', 'company'] as const) {
    const value = c[key];
    if (value !== undefined) out[key] = value;
  }
  if (c.birthday) out.birthday = c.birthday;
  return out;
}

/** The people (not merged away) who share an email or phone with the rows. */
async function matching(db: KartkaDB, rows: readonly PreparedRow[]): Promise<StoredPerson[]> {
  const emails = rows.flatMap((r) => r.fields?.emails ?? []);
  const phones = rows.flatMap((r) => r.fields?.phones ?? []);
  const [byEmail, byPhone] = await Promise.all([
    emails.length ? db.people.where('emails').anyOf(emails).toArray() : [],
    phones.length ? db.people.where('phones').anyOf(phones).toArray() : [],
  ]);
  const all = new Map([...byEmail, ...byPhone].map((p) => [p.id, p]));
  return [...all.values()].filter((p) => p.mergedInto === undefined);
}

/** Companies by name key, read only when a contact names one. */
async function knownCompanies(db: KartkaDB, rows: readonly PreparedRow[]) {
  const known = new Map<string, Company>();
  const takenDomains = new Set<string>();
  if (!rows.some((r) => r.company)) return { known, takenDomains };
  for (const c of await db.companies.toArray()) {
    if (c.mergedInto !== undefined) continue;
    c.domains.forEach((d) => takenDomains.add(d));
    if (!known.has(companyKey(c.name))) known.set(companyKey(c.name), c);
  }
  return { known, takenDomains };
}

/**
 * Merges a page of contacts and returns the sync items that tie them to the account: `contact:<id>` (the person
 * it is, `created` when the sync made that person) and `person:<id>` for each person created, as the message
 * path writes, so "Disconnect and remove" takes exactly those. Runs inside the caller's transaction.
 */
export async function mergeContacts(
  db: KartkaDB,
  account: SyncAccount,
  stream: string,
  contacts: readonly SyncContact[],
  settings: Settings,
  now: number,
): Promise<SyncItemRow[]> {
  const item = (id: string, extra: Partial<SyncItemRow>): SyncItemRow => ({
    key: `${account.id}|${id}`,
    account: account.id,
    stream,
    item: id,
    state: 'logged',
    created: false,
    at: now,
    ...extra,
  });
  const gone = contacts.filter((c) => c.deleted).map((c) => item(contactItem(c.item), { state: 'gone' }));
  const live = contacts.filter((c) => !c.deleted);
  if (live.length === 0) return gone;
  const rows = live.map((c, i) => prepareCandidate(candidate(c, account, i), settings));
  const existing = await matching(db, rows);
  const { known, takenDomains } = await knownCompanies(db, rows);
  const companies = planCompanies(rows, known, takenDomains, { now, newId, settings });
  const planned = planChunk(
    rows,
    { mode: 'merge' },
    {
      existing: existing.map(plainPerson),
      importedIds: new Set<PersonId>(),
      companyOf: (row) => (row.company ? companies.ids.get(companyKey(row.company.name)) : undefined),
      now,
      newId,
      identity: { gmailFolding: settings.gmailDotPlusFolding },
    },
  );
  const names = new Map<CompanyId, string>(
    [...known.values(), ...companies.create].map((c) => [c.id, c.name]),
  );
  const row = (p: Person) =>
    personRow(
      p,
      p.companies.flatMap((l) => (l.archived ? [] : (names.get(l.companyId) ?? []))),
    );
  // Where a person came from: the account that brought them (no per-field provenance exists in the base yet).
  const created = planned.create.map((p) => ({ ...p, source: account.id }));
  if (companies.create.length) await db.companies.bulkAdd(companies.create.map(companyRow));
  if (companies.update.length) await db.companies.bulkPut(companies.update.map(companyRow));
  if (created.length) await db.people.bulkAdd(created.map(row));
  if (planned.update.length) await db.people.bulkPut(planned.update.map(row));
  await addPossibleDuplicates(
    db,
    planned.duplicates.map((d) => ({ ...d, source: 'sync' as const })),
  );
  const createdIds = new Set(created.map((p) => p.id));
  const items = planned.reports.flatMap((r, i) => {
    const c = live[i];
    if (!c) return [];
    const personId = r.personId;
    if (!personId) return [item(contactItem(c.item), { state: 'unreadable' })];
    // `created` is carried by the person:<id> row alone (one row per record the sync made).
    return [item(contactItem(c.item), { personId })];
  });
  for (const id of createdIds) items.push(item(`person:${id}`, { personId: id, created: true }));
  return [...gone, ...items];
}
