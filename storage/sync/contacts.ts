// A contact stream's page merged into the base inside the store's transaction (storage/sync/store.ts), for every
// provider (Google People, Graph contacts). A contact synced before is the person its sync item links to; a new
// one is found by the rules a contacts import follows (core/import/dedupe.ts over core/identity): the person
// sharing its email (or its phone with a name that agrees); one that only may be someone (a shared phone, a
// different name) is created apart and the pair offered under possible duplicates; a stranger becomes a new person
// whose `source` names the account. Fields follow core/provenance.ts: a synced value fills an empty field and
// stamps the account; it replaces a value only that account set; emails and phones are united. A contact deleted
// at the provider marks the person (`deletedAtSource`) and its sync item gone; the person stays (and is not marked
// while another live contact of the account stands for them).
import { newId, type KartkaDB, type StoredPerson, type SyncItemRow } from '../db';
import { markDeleted, mergeSynced, stampWrite, type SyncedFields } from '../../core/provenance';
import type { CompanyId, PersonId } from '../../core/ids';
import {
  companyKey,
  linkToCompany,
  planChunk,
  planCompanies,
  prepareCandidate,
  type ContactCandidate,
  type PreparedRow,
} from '../../core/import';
import type { Person, Settings } from '../../core/model';
import type { PersonFields } from '../../core/validate';
import { syncSource, type SyncAccountRow } from '../../core/sync/account';
import { contactItem, type ContactPass, type SyncContact } from '../../core/sync/contact';
import { addPossibleDuplicates } from '../duplicates';
import { companyRow, personRow, plainPerson } from '../rows';
import { followCompanies, knownCompanies, type Reread } from './contact-company';
import { contactValues, dropRemovedValues } from './contact-values';

export { contactItem };

function candidate(c: SyncContact, account: SyncAccountRow, line: number): ContactCandidate {
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

/** What a validated row brings to the provenance rule. */
function syncedFields(f: PersonFields): SyncedFields {
  const out: SyncedFields = { emails: f.emails, phones: f.phones, displayName: f.displayName };
  for (const key of ['givenName', 'familyName', 'patronymic', 'position', 'department', 'city'] as const) {
    const v = f[key];
    if (v !== undefined) out[key] = v;
  }
  if (f.birthday) out.birthday = f.birthday;
  return out;
}

/**
 * The people the sync items link to, following merges (the user may have merged one into another since), in a
 * few bulk reads: one await per contact would run a long page's transaction out of Dexie's zone echoes
 * (PrematureCommitError, found by the contacts fault suite with pages of 1,000).
 */
async function linkedPeople(db: KartkaDB, ids: readonly (PersonId | undefined)[]) {
  const found = new Map<PersonId, Person>();
  const rows = new Map<PersonId, StoredPerson>();
  let wanted = [...new Set(ids.filter((id): id is PersonId => id !== undefined))];
  for (let hops = 0; wanted.length > 0 && hops < 8; hops++) {
    (await db.people.bulkGet(wanted)).forEach((r) => r && rows.set(r.id, r));
    wanted = [...rows.values()].flatMap((r) =>
      r.mergedInto !== undefined && !rows.has(r.mergedInto) ? [r.mergedInto] : [],
    );
  }
  for (const id of ids) {
    let row = id && rows.get(id);
    for (let hops = 0; row && row.mergedInto !== undefined && hops < 8; hops++)
      row = rows.get(row.mergedInto);
    if (id && row && row.mergedInto === undefined) found.set(id, plainPerson(row));
  }
  return found;
}

/** Writes people with their derived fields, reading the names of every company they are linked to. */
async function writePeople(db: KartkaDB, people: readonly Person[], created: ReadonlySet<PersonId>) {
  if (people.length === 0) return;
  const ids = [
    ...new Set(people.flatMap((p) => p.companies.filter((l) => !l.archived).map((l) => l.companyId))),
  ];
  const names = new Map<CompanyId, string>();
  (await db.companies.bulkGet(ids)).forEach((c) => c && names.set(c.id, c.name));
  const rows = people.map((p) =>
    personRow(
      p,
      p.companies.flatMap((l) => (l.archived ? [] : (names.get(l.companyId) ?? []))),
    ),
  );
  const add = rows.filter((r) => created.has(r.id));
  const put = rows.filter((r) => !created.has(r.id));
  if (add.length) await db.people.bulkAdd(add);
  if (put.length) await db.people.bulkPut(put);
}

/**
 * Merges a page of contacts and returns the sync items that tie them to the account: one `contact:<id>` each, naming
 * the person it is, and `created` on the first contact a new person came from (kept by every later write of that
 * item while it names the same person), so "Disconnect and remove" takes exactly the people the sync created. One
 * row per contact: a second `person:<id>` row per new person (as the message path writes) was half of a page's
 * sync-item writes. Runs inside the caller's transaction.
 */
export async function mergeContacts(
  db: KartkaDB,
  account: SyncAccountRow,
  stream: string,
  contacts: readonly SyncContact[],
  settings: Settings,
  now: number,
  read: ReadonlyMap<string, SyncItemRow | undefined> = new Map(),
): Promise<SyncItemRow[]> {
  const source = syncSource(account.id);
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
  // The links the store looked up for the page already (People's `lookups`), else read here.
  const keys = contacts.map((c) => `${account.id}|${contactItem(c.item)}`);
  const links = keys.every((k) => read.has(k))
    ? keys.map((k) => read.get(k))
    : await db.syncItems.bulkGet(keys);
  // A contact's row rewritten (a change, a deletion, a pass's stamp) still says whether the sync created its person.
  const made = (i: number, personId: PersonId) =>
    links[i]?.created === true && links[i]?.personId === personId;
  const linked = await linkedPeople(
    db,
    links.map((l) => l?.personId),
  );
  // A deleted contact whose person another live contact of this account stands for (the other list, another
  // folder, a second contact in this one) goes without marking the person: they are still at the provider.
  const doomed = new Set(keys.filter((_, i) => contacts[i]?.deleted));
  const standing = contacts.some((c, i) => c.deleted && links[i]?.personId !== undefined)
    ? await livePeople(db, account.id, doomed)
    : new Set<PersonId>();
  // Everyone this page changes, by id, in the order met; `touched` holds the latest version of each.
  const touched = new Map<PersonId, Person>();
  const out: SyncItemRow[] = [];
  const unlinked: { contact: SyncContact; row: PreparedRow }[] = [];
  const follows: Reread[] = [];
  for (const [i, c] of contacts.entries()) {
    const link = links[i]?.personId;
    const first = link && linked.get(link);
    const known = first ? (touched.get(first.id) ?? first) : undefined;
    if (c.deleted) {
      // Reported by a folder the contact has left: with ImmutableId a contact moved between Outlook folders keeps
      // its id (https://learn.microsoft.com/graph/outlook-immutable-id), so the folder it reached may have listed
      // it first; the one it left then reports it removed, and that changes nothing.
      const held = links[i];
      if (held && held.stream !== stream && held.state === 'logged') continue;
      // Deleted at the provider: the person stays, marked; the item says gone (and still names the person).
      if (!known) {
        out.push(item(contactItem(c.item), { state: 'gone' }));
        continue;
      }
      const gone = item(contactItem(c.item), {
        state: 'gone',
        personId: known.id,
        created: made(i, known.id),
      });
      out.push(gone);
      if (standing.has(known.id)) continue;
      const marked = markDeleted(known, source, now);
      if (marked !== known) touched.set(known.id, marked);
      continue;
    }
    const row = prepareCandidate(candidate(c, account, i), settings);
    if (known && row.fields) {
      // Synced before: the same person whatever changed at the provider (an email replaced, a name corrected).
      // The contact this person came from, read whole: what it no longer has is cleared where it set it.
      const merged = mergeSynced(known, syncedFields(row.fields), source, now, { clears: true });
      if (merged.dirty) touched.set(known.id, merged.person);
      follows.push({ person: known, row, item: links[i] });
      out.push(
        item(contactItem(c.item), {
          personId: known.id,
          created: made(i, known.id),
          ...contactValues(row),
        }),
      );
    } else unlinked.push({ contact: c, row });
  }
  // Its company too: moved or archived where this account set the link (storage/sync/contact-company.ts); and
  // the emails and phones it dropped, where this account alone brought them (storage/sync/contact-values.ts).
  await followCompanies(db, follows, touched, source, settings, now);
  await dropRemovedValues(db, follows, touched, source, now);
  const created = await planNew(db, unlinked, account, settings, now, touched);
  const claimed = new Set<PersonId>();
  for (const [i, u] of unlinked.entries()) {
    const personId = created.reports[i];
    // Two contacts of one new person (the same address on one page): the first says it was created.
    const isNew = personId !== undefined && created.ids.has(personId) && !claimed.has(personId);
    if (isNew) claimed.add(personId);
    out.push(
      item(
        contactItem(u.contact.item),
        personId ? { personId, created: isNew, ...contactValues(u.row) } : { state: 'unreadable' },
      ),
    );
  }
  // A person whose contact is deleted and created again on one page keeps the later state (Map order is kept).
  await writePeople(db, [...touched.values()], created.ids);
  keepWrote(out, links, linked, touched, created.ids);
  await addPossibleDuplicates(
    db,
    created.duplicates.map((d) => ({ ...d, source: 'sync' as const })),
  );
  return out;
}

/**
 * `wrote` on the item of a person the sync created: the person's `updatedAt` as this sync last wrote it, kept only
 * while nobody else has written them since they were created (the user, an import, another account, a team member).
 * "Disconnect and remove" takes such a person when `updatedAt` is still that (remove.ts): a contact changed in
 * Google or Outlook and written again by the sync alone is still the sync's to take.
 */
function keepWrote(
  out: SyncItemRow[],
  links: readonly (SyncItemRow | undefined)[],
  before: ReadonlyMap<PersonId, Person>,
  after: ReadonlyMap<PersonId, Person>,
  created: ReadonlySet<PersonId>,
): void {
  const prior = new Map<PersonId, number | undefined>();
  for (const l of links) if (l?.created && l.personId) prior.set(l.personId, l.wrote);
  for (const row of out) {
    const id = row.personId;
    if (!row.created || !id) continue;
    const written = after.get(id);
    const was = before.get(id);
    const untouched = was && (was.updatedAt === was.createdAt || was.updatedAt === prior.get(id));
    let wrote: number | undefined;
    if (created.has(id)) wrote = written?.updatedAt;
    else if (!written) wrote = prior.get(id);
    else if (untouched) wrote = written.updatedAt;
    if (wrote !== undefined) row.wrote = wrote;
  }
}

/** The people the account's live contact items stand for, but for the items `except` (those going now). */
async function livePeople(
  db: KartkaDB,
  account: string,
  except: ReadonlySet<string>,
): Promise<Set<PersonId>> {
  const rows = await db.syncItems
    .where('key')
    .startsWith(`${account}|${contactItem('')}`)
    .toArray();
  return new Set(
    rows.flatMap((r) => (r.state === 'logged' && r.personId && !except.has(r.key) ? [r.personId] : [])),
  );
}

/**
 * Contacts not linked yet, by the import's identity rules: new people (stamped with the account), matches merged
 * by the provenance rule into `touched`. Returns the person of each row (undefined: unreadable), the people
 * created, and the pairs to offer as possible duplicates.
 */
async function planNew(
  db: KartkaDB,
  unlinked: readonly { contact: SyncContact; row: PreparedRow }[],
  account: SyncAccountRow,
  settings: Settings,
  now: number,
  touched: Map<PersonId, Person>,
) {
  const source = syncSource(account.id);
  const rows = unlinked.map((u) => u.row);
  const ids = new Set<PersonId>();
  if (rows.length === 0) return { reports: [] as (PersonId | undefined)[], ids, duplicates: [] };
  const existing = (await matching(db, rows)).map(plainPerson);
  const { known, takenDomains } = await knownCompanies(db, rows);
  const companies = planCompanies(rows, known, takenDomains, { now, newId, settings });
  const planned = planChunk(
    rows,
    { mode: 'merge' },
    {
      existing,
      importedIds: new Set<PersonId>(),
      companyOf: (row) => (row.company ? companies.ids.get(companyKey(row.company.name)) : undefined),
      now,
      newId,
      identity: { gmailFolding: settings.gmailDotPlusFolding },
    },
  );
  if (companies.create.length) await db.companies.bulkAdd(companies.create.map(companyRow));
  if (companies.update.length) await db.companies.bulkPut(companies.update.map(companyRow));
  // Where a new person came from: the account, for the record and for each field it brought.
  for (const p of planned.create) {
    const person: Person = { ...p, source };
    const meta = stampWrite(undefined, person, source, now);
    if (meta) person.fieldMeta = meta;
    touched.set(person.id, person);
    ids.add(person.id);
  }
  // A match takes the contact by the provenance rule (not the import's), and a company link when it has none.
  const before = new Map(existing.map((p) => [p.id, p]));
  const reports = planned.reports.map((r, i) => {
    const id = r.personId;
    const fields = rows[i]?.fields;
    if (!id || !fields || ids.has(id)) return id;
    const base = touched.get(id) ?? before.get(id);
    if (!base) return id;
    const { person: merged, dirty } = mergeSynced(base, syncedFields(fields), source, now);
    const companyId = companies.ids.get(companyKey(rows[i]?.company?.name ?? ''));
    const linked =
      companyId !== undefined &&
      !merged.companies.some((l) => !l.archived) &&
      linkToCompany(merged, companyId, now);
    if (linked) merged.fieldMeta = { ...merged.fieldMeta, companies: { at: now, source } };
    if (dirty || linked) touched.set(id, merged);
    return id;
  });
  return { reports, ids, duplicates: planned.duplicates };
}

/**
 * The pass's stamp on the contact items it listed, and, when it finishes a pass run again after a lost cursor,
 * the stream's contacts it did not list marked deleted at the provider, through the merge a reported deletion
 * takes. Runs inside the transaction that stores the pass's page, before its `rows` are written (stamped here; the
 * caller writes them with the returned rows), so a worker stopped anywhere leaves the page, its stamps and the sweep,
 * or none of them; a sweep run again finds nothing (what it marked is gone).
 */
export async function stampAndSweep(
  db: KartkaDB,
  account: SyncAccountRow,
  stream: string,
  pass: ContactPass,
  rows: SyncItemRow[],
  settings: Settings,
  now: number,
): Promise<SyncItemRow[]> {
  const prefix = contactItem('');
  for (const r of rows) if (r.item.startsWith(prefix)) r.pass = pass.id;
  if (!pass.sweep) return [];
  const listed = new Set(rows.map((r) => r.key));
  const all = await db.syncItems.where('key').startsWith(`${account.id}|${prefix}`).toArray();
  const items = all.filter((r) => r.stream === stream && !listed.has(r.key));
  // The people a contact of this pass stands for are in Google (Outlook) still, whatever other contact went; so
  // are those a live contact of another stream stands for (another Outlook contact folder; My contacts for a
  // contact moved there from Other contacts, which gets a new resource id). Were that one gone too, its own
  // stream's check or sweep marks the person.
  const present = new Set(
    [...rows, ...items].flatMap((r) => (r.pass === pass.id && r.personId ? [r.personId] : [])),
  );
  for (const r of all)
    if (r.stream !== stream && r.state === 'logged' && r.personId && !listed.has(r.key))
      present.add(r.personId);
  // Only contacts tied to a person carry a mark; one unreadable or already gone has nothing to mark.
  const unlisted = items.filter((r) => r.state === 'logged' && r.pass !== pass.id);
  const stays = (r: SyncItemRow) => r.personId !== undefined && present.has(r.personId);
  const deleted: SyncContact[] = unlisted
    .filter((r) => !stays(r))
    .map((r) => ({ item: r.item.slice(prefix.length), deleted: true, emails: [], phones: [] }));
  const gone = unlisted
    .filter(stays)
    .map(({ pass: _pass, ...r }): SyncItemRow => ({ ...r, state: 'gone', at: now }));
  return [
    ...gone,
    ...(deleted.length ? await mergeContacts(db, account, stream, deleted, settings, now) : []),
  ];
}
