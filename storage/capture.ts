// Captured contacts into the base: duplicate lookup while typing, save as a new client, or add to one.
import {
  checkForm,
  companyDomains,
  companyDraftFromForm,
  duplicateOffers,
  mergeCaptured,
  personDraftFromForm,
  sameName,
  type CaptureForm,
  type DuplicateCandidate,
  type DuplicateOffer,
} from '../core/capture';
import { normalizeEmail } from '../core/email';
import { newClientStage } from '../core/lifecycle';
import type { CompanyId, PersonId } from '../core/ids';
import type { Settings } from '../core/model';
import { normalizePhone } from '../core/phones';
import { validatePersonDraft, type FieldProblem } from '../core/validate';
import { createCompany, findCompanyByAddress } from './companies';
import type { KartkaDB, StoredPerson } from './db';
import { createPerson, findPersonByAddress, peopleByPhone, updatePerson } from './people';
import { plainPerson } from './rows';
import { searchPeople } from './search';

export type CaptureWrite =
  | { ok: true; person: StoredPerson; changed: string[]; kept: string[] }
  | { ok: false; problems: FieldProblem[] };

const candidate = (p: StoredPerson): DuplicateCandidate => ({
  id: p.id,
  displayName: p.displayName,
  emails: p.emails,
  phones: p.phones,
});

/** People in the base the form may duplicate: by each valid email and phone, then by the full name. */
export async function findDuplicates(
  db: KartkaDB,
  form: CaptureForm,
  settings: Pick<Settings, 'defaultPhoneRegion' | 'gmailDotPlusFolding'>,
): Promise<DuplicateOffer[]> {
  const found: StoredPerson[] = [];
  for (const raw of form.emails) {
    const r = normalizeEmail(raw);
    const p = r.ok ? await findPersonByAddress(db, r.email, settings) : undefined;
    if (p) found.push(p);
  }
  for (const raw of form.phones) {
    const r = normalizePhone(raw, settings.defaultPhoneRegion);
    if (r.ok) found.push(...(await peopleByPhone(db, r.e164)));
  }
  if (form.name.trim() !== '') {
    const hits = (await searchPeople(db, form.name, 10)).filter((h) => sameName(form.name, h.name));
    const rows = await db.people.bulkGet(hits.map((h) => h.id as PersonId));
    found.push(...rows.filter((p): p is StoredPerson => p !== undefined && p.mergedInto === undefined));
  }
  return duplicateOffers(form, found.map(candidate), settings.defaultPhoneRegion, {
    gmailFolding: settings.gmailDotPlusFolding,
  });
}

function problemsOf(form: CaptureForm, region: string): FieldProblem[] {
  return Object.entries(checkForm(form, region)).map(([field, reason]) => ({ field, reason }));
}

/** The first company (not merged away) owning one of the domains or their parent domains (sales.acme.ua → acme.ua). */
async function companyByDomains(
  db: KartkaDB,
  domains: readonly string[],
  settings: Pick<Settings, 'internalDomains'>,
) {
  for (const d of domains) {
    const found = await findCompanyByAddress(db, `x@${d}`, settings);
    if (found) return found;
  }
  return undefined;
}

/**
 * The company the form names: by a work domain it owns, else by the same name; created when there is none.
 * With no company named, the company of the address's work domain when the base has one.
 */
async function companyFor(
  db: KartkaDB,
  form: CaptureForm,
  now: number,
  settings: Pick<Settings, 'internalDomains'>,
): Promise<CompanyId | FieldProblem[] | undefined> {
  const draft = companyDraftFromForm(form);
  const domains = companyDomains(form);
  // No company typed (a one-click add from a thread): the company whose domain the address has, if known.
  if (draft === null) return domains.length ? (await companyByDomains(db, domains, settings))?.id : undefined;
  const byDomain = domains.length
    ? await db.companies
        .where('domains')
        .anyOf(domains)
        .filter((c) => c.mergedInto === undefined)
        .first()
    : undefined;
  if (byDomain) return byDomain.id;
  // Inside the save's transaction: a scan, since the in-memory search index is read outside transactions.
  const name = draft.name.toLowerCase();
  const byName = await db.companies
    .filter((c) => c.mergedInto === undefined && c.name.toLowerCase() === name)
    .first();
  if (byName) return byName.id;
  const created = await createCompany(db, draft, now);
  return created.ok
    ? created.company.id
    : created.problems.map((p) => ({ ...p, field: `company.${p.field}` }));
}

/** Saves the form as a new person (and their company when new); nothing is written when a field is invalid. */
export async function saveCapture(
  db: KartkaDB,
  form: CaptureForm,
  settings: Settings,
  now: number,
): Promise<CaptureWrite> {
  const problems = problemsOf(form, settings.defaultPhoneRegion);
  if (problems.length > 0) return { ok: false, problems };
  return db
    .transaction('rw', db.people, db.companies, db.possibleDuplicates, async (): Promise<CaptureWrite> => {
      const company = await companyFor(db, form, now, settings);
      if (Array.isArray(company)) return { ok: false, problems: company };
      const draft = personDraftFromForm(form, company === undefined ? { now } : { now, companyId: company });
      // A new client starts in the one default stage unless the form chose one, or "not a client yet".
      if (form.stage === '') draft.stage = newClientStage(now);
      const written = await createPerson(db, draft, settings, now, 'capture');
      if (!written.ok) {
        // Dexie rolls the transaction back only on a throw: undo the company created above.
        throw new CaptureRefused(written.problems);
      }
      return { ok: true, person: written.person, changed: [], kept: [] };
    })
    .catch((error: unknown): CaptureWrite => {
      if (error instanceof CaptureRefused) return { ok: false, problems: error.problems };
      throw error;
    });
}

/** Adds the form's data to a person already in the base: lists united, empty fields filled, nothing overwritten. */
export async function appendCapture(
  db: KartkaDB,
  personId: PersonId,
  form: CaptureForm,
  settings: Settings,
  now: number,
): Promise<CaptureWrite> {
  const problems = problemsOf(form, settings.defaultPhoneRegion).filter((p) => p.field !== 'name');
  if (problems.length > 0) return { ok: false, problems };
  return db
    .transaction('rw', db.people, db.companies, db.possibleDuplicates, async (): Promise<CaptureWrite> => {
      const existing = await db.people.get(personId);
      if (!existing || existing.mergedInto !== undefined) {
        return {
          ok: false,
          problems: [
            {
              field: 'id',
              reason: 'That client is no longer in the base (deleted or merged); pick another.',
            },
          ],
        };
      }
      const draft = personDraftFromForm(form, { now });
      const v = validatePersonDraft(
        { ...draft, displayName: draft.displayName ?? existing.displayName },
        settings,
      );
      if (!v.ok) return v;
      const { person, changed, kept } = mergeCaptured(plainPerson(existing), v.value, now);
      if (!person.companies.some((l) => !l.archived)) {
        const company = await companyFor(db, form, now, settings);
        if (Array.isArray(company)) throw new CaptureRefused(company);
        if (company !== undefined) {
          const link = { companyId: company, decisionMaker: false, archived: false, since: now };
          person.companies = [
            ...person.companies,
            form.position.trim() ? { ...link, role: form.position.trim() } : link,
          ];
          changed.push('company');
        }
      } else if (form.company.trim())
        kept.push(`kept their current company (the selection names '${form.company.trim()}')`);
      const written = await updatePerson(db, personId, person, settings, now);
      if (!written.ok) throw new CaptureRefused(written.problems);
      return { ok: true, person: written.person, changed, kept };
    })
    .catch((error: unknown): CaptureWrite => {
      if (error instanceof CaptureRefused) return { ok: false, problems: error.problems };
      throw error;
    });
}

/** Thrown inside a transaction so Dexie rolls it back; caught and returned as problems. */
class CaptureRefused extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((p) => p.reason).join(' '));
  }
}
