// People: lookups by address and phone, validated create and update, stages, notes, company links.
import { stamped, USER_SOURCE } from '../core/provenance';
import { canonicalEmail, foldGmail } from '../core/email';
import { handleKey, handleText } from '../core/handles';
import { personId as asPersonId, interactionId, type CompanyId, type PersonId } from '../core/ids';
import { isGmailAddress } from '../core/matching';
import type { CompanyLink, Interaction, Person, Settings } from '../core/model';
import { normalizePhone } from '../core/phones';
import { judgeIdentity, personFacts, possibleDuplicate, type DuplicateSource } from '../core/identity';
import { validatePersonDraft, type FieldProblem, type PersonDraft } from '../core/validate';
import { writeInChunks, type BatchReport } from './batch';
import { newId, type KartkaDB, type StoredPerson } from './db';
import { addPossibleDuplicates } from './duplicates';
import { rowsByKeys } from './lookup';
import { currentCompanyIds } from './migrations/v2-person-company-ids';
import { companyNames, personRow, personRowWithCompanies, plainPerson } from './rows';

export type PersonWrite = { ok: true; person: StoredPerson } | { ok: false; problems: FieldProblem[] };

/** The person an address belongs to (case-insensitive; Gmail dot/plus folding when enabled), ignoring merged-away rows. */
export async function findPersonByAddress(
  db: KartkaDB,
  address: string,
  settings: Pick<Settings, 'gmailDotPlusFolding'>,
): Promise<StoredPerson | undefined> {
  const email = canonicalEmail(address);
  const exact = await db.people
    .where('emails')
    .equals(email)
    .filter((p) => p.mergedInto === undefined)
    .first();
  if (exact || !settings.gmailDotPlusFolding || !isGmailAddress(email)) return exact;
  return db.people
    .where('gmailKeys')
    .equals(foldGmail(email))
    .filter((p) => p.mergedInto === undefined)
    .first();
}

/** The person a phone number (typed in any format) belongs to. */
export async function findPersonByPhone(
  db: KartkaDB,
  phone: string,
  settings: Pick<Settings, 'defaultPhoneRegion'>,
): Promise<StoredPerson | undefined> {
  const r = normalizePhone(phone, settings.defaultPhoneRegion);
  if (!r.ok) return undefined;
  return db.people
    .where('phones')
    .equals(r.e164)
    .filter((p) => p.mergedInto === undefined)
    .first();
}

/** Everyone holding a phone (E.164): a number may be shared (a family's landline, a reception desk). */
export async function peopleByPhone(db: KartkaDB, e164: string): Promise<StoredPerson[]> {
  return db.people
    .where('phones')
    .equals(e164)
    .filter((p) => p.mergedInto === undefined)
    .toArray();
}

/** One person by id (merged-away people included, so an undo can find them). */
export async function getPerson(db: KartkaDB, id: PersonId): Promise<StoredPerson | undefined> {
  return db.people.get(id);
}

/** People at a company: current links first, then former employees (archived links). */
export async function peopleOfCompany(
  db: KartkaDB,
  companyId: CompanyId,
): Promise<{ current: StoredPerson[]; former: StoredPerson[] }> {
  const linked = await db.people
    .where('companyIds')
    .equals(companyId)
    .filter((p) => p.mergedInto === undefined)
    .toArray();
  const isCurrent = (p: StoredPerson) => p.companies.some((l) => l.companyId === companyId && !l.archived);
  return { current: linked.filter(isCurrent), former: linked.filter((p) => !isCurrent(p)) };
}

/**
 * Problems for emails or messenger handles that already belong to someone else (one address, one person; a phone
 * may be shared, so identity never rests on it: core/identity).
 */
export async function ownershipProblems(
  db: KartkaDB,
  fields: Pick<Person, 'emails' | 'handles'>,
  self?: PersonId,
): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  const handleKeys = (fields.handles ?? []).map(handleKey);
  const [byEmail, byHandle] = await Promise.all([
    rowsByKeys(db.people, 'emails', fields.emails),
    rowsByKeys(db.people, 'handleKeys', handleKeys),
  ]);
  (fields.handles ?? []).forEach((h, i) => {
    const key = handleKey(h);
    const other = byHandle.find(
      (p) => p.id !== self && p.mergedInto === undefined && p.handleKeys?.includes(key),
    );
    if (other)
      problems.push({
        field: `handles[${i}]`,
        reason: `${handleText(h)} already belongs to ${other.displayName}; open that card or merge the two.`,
        because: { code: 'owned.handle', params: { value: handleText(h), name: other.displayName } },
      });
  });
  fields.emails.forEach((e, i) => {
    const other = byEmail.find((p) => p.id !== self && p.mergedInto === undefined && p.emails.includes(e));
    if (other)
      problems.push({
        field: `emails[${i}]`,
        reason: `${e} already belongs to ${other.displayName}; open that card or merge the two.`,
        because: { code: 'owned.email', params: { value: e, name: other.displayName } },
      });
  });
  return problems;
}

/**
 * Stores a possible duplicate for everyone who shares a phone with `person` but is not, by core/identity,
 * the same person (a same-named sharer is left for the duplicates page too: two records were kept on purpose).
 */
async function suggestSharers(
  db: KartkaDB,
  person: Person,
  source: DuplicateSource,
  settings: Pick<Settings, 'gmailDotPlusFolding'>,
  now: number,
): Promise<void> {
  if (person.phones.length === 0) return;
  const sharers = (await rowsByKeys(db.people, 'phones', person.phones)).filter(
    (p) => p.id !== person.id && p.mergedInto === undefined,
  );
  const pairs = sharers.flatMap((other) => {
    const verdict = judgeIdentity(personFacts(person), personFacts(other), {
      gmailFolding: settings.gmailDotPlusFolding,
    });
    return verdict.level === 'different'
      ? []
      : [possibleDuplicate(person.id, other.id, verdict, source, now)];
  });
  await addPossibleDuplicates(db, pairs);
}

/**
 * Creates a person from a draft after validation; an address already in the base is a problem, not a
 * duplicate. A phone someone else has is kept, and the pair offered as a possible duplicate.
 */
export async function createPerson(
  db: KartkaDB,
  draft: PersonDraft,
  settings: Settings,
  now: number,
  source: DuplicateSource = 'manual',
): Promise<PersonWrite> {
  const v = validatePersonDraft(draft, settings);
  if (!v.ok) return v;
  return db.transaction('rw', db.people, db.companies, db.possibleDuplicates, async () => {
    const problems = await ownershipProblems(db, v.value);
    if (problems.length > 0) return { ok: false, problems };
    // Every field the user typed is theirs: a synced value never replaces it (core/provenance.ts).
    const person = stamped(
      undefined,
      { ...v.value, id: asPersonId(newId()), createdAt: now, updatedAt: now },
      USER_SOURCE,
      now,
    );
    const row = await personRowWithCompanies(db, person);
    await db.people.add(row);
    await suggestSharers(db, person, source, settings, now);
    return { ok: true, person: row };
  });
}

/** Applies a patch to a person after validating the result; derived index fields are recomputed. */
export async function updatePerson(
  db: KartkaDB,
  id: PersonId,
  patch: PersonDraft,
  settings: Settings,
  now: number,
): Promise<PersonWrite> {
  return db.transaction('rw', db.people, db.companies, db.possibleDuplicates, async () => {
    const existing = await db.people.get(id);
    if (!existing)
      return {
        ok: false,
        problems: [
          {
            field: 'id',
            reason: `No person with id ${id}; it may have been deleted or merged.`,
            because: { code: 'person.missing' },
          },
        ],
      };
    const v = validatePersonDraft({ ...existing, ...patch }, settings);
    if (!v.ok) return v;
    const problems = await ownershipProblems(db, v.value, id);
    if (problems.length > 0) return { ok: false, problems };
    const edited: Person = { ...v.value, id, createdAt: existing.createdAt, updatedAt: now };
    if (existing.lastContactAt !== undefined) edited.lastContactAt = existing.lastContactAt;
    if (existing.deletedAtSource !== undefined) edited.deletedAtSource = existing.deletedAtSource;
    // The fields this edit changed are the user's from now on; the others keep where they came from.
    const person = stamped(plainPerson(existing), edited, USER_SOURCE, now);
    const row = await personRowWithCompanies(db, person);
    await db.people.put(row);
    if (person.phones.some((p) => !existing.phones.includes(p)))
      await suggestSharers(db, person, 'manual', settings, now);
    return { ok: true, person: row };
  });
}

/** A person or a company, wherever a client is expected. */
export type ClientRef = { kind: 'person'; id: PersonId } | { kind: 'company'; id: CompanyId };

/** Sets a client's stage by hand, with the reason the user gave (shown on the card). */
export async function setStage(
  db: KartkaDB,
  ref: ClientRef,
  stageId: string,
  reason: string,
  now: number,
): Promise<boolean> {
  const stage = {
    stage: stageId,
    reason: reason.trim() || 'set by hand',
    setBy: 'hand' as const,
    since: now,
  };
  const changed =
    ref.kind === 'person'
      ? await db.people.update(ref.id, { stage, updatedAt: now })
      : await db.companies.update(ref.id, { stage, updatedAt: now });
  return changed === 1;
}

/** Adds a note to a person's history as a 'note' interaction (it does not count as contact). */
export async function addNote(
  db: KartkaDB,
  personId: PersonId,
  text: string,
  now: number,
): Promise<Interaction> {
  const person = await db.people.get(personId);
  if (!person) throw new Error(`No person with id ${personId}; the note was not saved.`);
  const note: Interaction = {
    id: interactionId(newId()),
    kind: 'note',
    source: 'manual',
    direction: 'internal',
    participants: [],
    body: text,
    snippet: text.slice(0, 200),
    at: now,
    attachmentNames: [],
    personIds: [personId],
    companyIds: currentCompanyIds(person.companies),
    createdAt: now,
  };
  await db.interactions.add(note);
  return note;
}

/** Links a person to a company; with `moved`, their other current links are archived (history kept). */
export async function linkCompany(
  db: KartkaDB,
  personId: PersonId,
  link: Omit<CompanyLink, 'archived'>,
  now: number,
  moved = false,
): Promise<StoredPerson | undefined> {
  return db.transaction('rw', db.people, db.companies, async () => {
    const p = await db.people.get(personId);
    if (!p) return undefined;
    const companies = p.companies.map((l) =>
      moved && !l.archived && l.companyId !== link.companyId ? { ...l, archived: true, until: now } : l,
    );
    const existing = companies.findIndex((l) => l.companyId === link.companyId && !l.archived);
    if (existing >= 0) companies[existing] = { ...link, archived: false };
    else companies.push({ since: now, ...link, archived: false });
    const before = plainPerson(p);
    const row = await personRowWithCompanies(
      db,
      stamped(before, { ...before, companies, updatedAt: now }, USER_SOURCE, now),
    );
    await db.people.put(row);
    return row;
  });
}

/** Archives a person's current link to a company (they left); the link and its history stay. */
export async function archiveCompanyLink(
  db: KartkaDB,
  personId: PersonId,
  companyId: CompanyId,
  now: number,
): Promise<boolean> {
  return db.transaction('rw', db.people, db.companies, async () => {
    const p = await db.people.get(personId);
    if (!p || !p.companies.some((l) => l.companyId === companyId && !l.archived)) return false;
    const companies = p.companies.map((l) =>
      l.companyId === companyId && !l.archived ? { ...l, archived: true, until: now } : l,
    );
    const before = plainPerson(p);
    const after = stamped(before, { ...before, companies, updatedAt: now }, USER_SOURCE, now);
    await db.people.put(await personRowWithCompanies(db, after));
    return true;
  });
}

/** Creates many people in chunks of ~1,000; a bad record is reported by index and the rest are written. */
export async function bulkCreatePeople(
  db: KartkaDB,
  drafts: readonly PersonDraft[],
  settings: Settings,
  now: number,
): Promise<BatchReport> {
  return writeInChunks(
    db,
    [db.people, db.companies],
    drafts,
    async (chunk) => {
      const emails = chunk.flatMap(({ item }) => item.emails ?? []).map(canonicalEmail);
      const taken = new Set(
        (await rowsByKeys(db.people, 'emails', emails)).filter((p) => !p.mergedInto).flatMap((p) => p.emails),
      );
      const names = new Map<string, string>();
      const ids = [...new Set(chunk.flatMap(({ item }) => (item.companies ?? []).map((l) => l.companyId)))];
      (await db.companies.bulkGet(ids)).forEach((c) => c && names.set(c.id, c.name));
      return chunk.map(({ item }) => {
        const v = validatePersonDraft(item, settings);
        if (!v.ok)
          return { ok: false as const, reason: v.problems.map((p) => `${p.field}: ${p.reason}`).join('; ') };
        const dup = v.value.emails.find((e) => taken.has(e));
        if (dup)
          return {
            ok: false as const,
            reason: `${dup} is already in the base; merge or update that person instead.`,
          };
        v.value.emails.forEach((e) => taken.add(e));
        const person: Person = { ...v.value, id: asPersonId(newId()), createdAt: now, updatedAt: now };
        const cn = person.companies.filter((l) => !l.archived).flatMap((l) => names.get(l.companyId) ?? []);
        return { ok: true as const, row: personRow(person, cn) };
      });
    },
    (rows) => db.people.bulkAdd(rows),
  );
}

export { companyNames };
