// Capturing a contact: a parsed draft becomes an editable form; the form is checked field by field,
// turned into person and company drafts, compared with people already in the base, or merged into one.
import { parseContactText, parseLink, parsePersonName, type ContactDraft } from './draft';
import { domainOf, normalizeEmail } from './email';
import { isFreemailDomain } from './freemail';
import type { CompanyId } from './ids';
import { judgeIdentity, type IdentityOptions } from './identity';
import { mergeImportedRow } from './import/merge-row';
import type { CompanyLink, Person, RegistrationIdKind } from './model';
import { normalizePhone } from './phones';
import { refusal, type Refusal } from './reason';
import { validateIban, validateRegistrationId } from './requisites';
import { textTokens } from './search';
import { normalizeDomain, type CompanyDraft, type PersonDraft, type PersonFields } from './validate';

/** What the user reviews and edits: plain strings, so nothing typed is ever lost to a parse. */
export interface CaptureForm {
  name: string;
  emails: string[];
  phones: string[];
  company: string;
  legalForm: string;
  position: string;
  stage: string;
  tags: string;
  note: string;
  manager: string;
  website: string;
  city: string;
  address: string;
  registrationIds: { kind: RegistrationIdKind; value: string }[];
  ibans: string[];
}

/** Where a captured draft came from, shown above the review form. */
export interface CaptureSource {
  kind: 'selection' | 'link' | 'page' | 'text';
  url?: string;
  title?: string;
}

/** A draft waiting for review, kept in session storage by the background until it is saved. */
export interface CaptureDraft {
  id: string;
  createdAt: number;
  /** 'new': save as a new client; 'existing': add the data to a client the user picks. */
  target: 'new' | 'existing';
  source: CaptureSource;
  draft: ContactDraft;
}

/** What the page offered when the user asked to capture it (read only on a user gesture). */
export interface PageText {
  selection: string;
  /** Contact-looking parts of the page: mailto:/tel: links, <address> blocks, schema.org fields. */
  contacts: string;
  url: string;
  title: string;
}

export function emptyForm(): CaptureForm {
  return {
    name: '',
    emails: [''],
    phones: [''],
    company: '',
    legalForm: '',
    position: '',
    stage: '',
    tags: '',
    note: '',
    manager: '',
    website: '',
    city: '',
    address: '',
    registrationIds: [],
    ibans: [],
  };
}

/** The review form for a parsed draft: invalid values are kept as they were written, to be fixed. */
export function formFromDraft(draft: ContactDraft): CaptureForm {
  const shown = (v: { raw: string; value: string; valid: boolean }) => (v.valid ? v.value : v.raw);
  return {
    ...emptyForm(),
    name: draft.fullName ?? '',
    emails: draft.emails.length > 0 ? draft.emails.map(shown) : [''],
    phones:
      draft.phones.length > 0
        ? draft.phones.map((p) => (p.ext !== undefined && p.valid ? `${p.value} ext ${p.ext}` : shown(p)))
        : [''],
    company: draft.company?.name ?? '',
    legalForm: draft.company?.legalForm ?? '',
    position: draft.position ?? '',
    note: [...draft.profiles, ...draft.notes].join('\n'),
    website: draft.website ?? '',
    city: draft.city ?? '',
    address: draft.address ?? '',
    registrationIds: draft.registrationIds.map(({ kind, value }) => ({ kind, value })),
    ibans: draft.ibans.map(shown),
  };
}

/** The form for a mail correspondent (the open thread's main address). */
export function formFromCorrespondent(name: string, address: string): CaptureForm {
  return { ...emptyForm(), name: name.trim() === address ? '' : name.trim(), emails: [address] };
}

/** The draft for what the user captured: a selection wins, then a link, then the page's contact data. */
export function draftFromCapture(
  input: { selection?: string; link?: { href: string; text?: string }; page?: PageText },
  defaultRegion: string,
): ContactDraft {
  const opts = { defaultRegion };
  if (input.selection !== undefined && input.selection.trim() !== '')
    return parseContactText(input.selection, opts);
  if (input.link !== undefined) return parseLink(input.link.href, input.link.text, opts);
  const page = input.page;
  if (page === undefined) return parseContactText('', opts);
  if (page.selection.trim() !== '') return parseContactText(page.selection, opts);
  const draft = parseContactText(page.contacts, opts);
  if (!draft.empty && draft.website === undefined && /^https?:/u.test(page.url)) {
    draft.website = new URL(page.url).origin;
  }
  return draft;
}

const filled = (list: readonly string[]) => list.map((s) => s.trim()).filter((s) => s !== '');

/** Field problems keyed `name`, `emails.0`, `phones.1`, `registrationIds.0`, `ibans.0`; empty when the form can be saved. */
export function checkForm(
  form: CaptureForm,
  defaultRegion: string,
  say: (r: Refusal) => string = (r) => r.reason,
): Record<string, string> {
  const problems: Record<string, string> = {};
  form.emails.forEach((raw, i) => {
    const r = raw.trim() === '' ? null : normalizeEmail(raw);
    if (r && !r.ok) problems[`emails.${i}`] = say(r);
  });
  form.phones.forEach((raw, i) => {
    const r = raw.trim() === '' ? null : normalizePhone(raw, defaultRegion);
    if (r && !r.ok) problems[`phones.${i}`] = say(r);
  });
  form.registrationIds.forEach((rid, i) => {
    const r = validateRegistrationId(rid.kind, rid.value);
    if (!r.ok) problems[`registrationIds.${i}`] = say(r);
  });
  form.ibans.forEach((iban, i) => {
    const r = iban.trim() === '' ? null : validateIban(iban);
    if (r && !r.ok) problems[`ibans.${i}`] = say(r);
  });
  if (form.name.trim() === '' && filled(form.emails).length === 0 && filled(form.phones).length === 0) {
    problems.name = say(
      refusal('Give the person a name, an email address or a phone number.', 'person.nameless'),
    );
  }
  return problems;
}

/**
 * The form's stage choice for "not a client yet" (a contact without a stage). An empty choice is the default: a
 * new client starts where every other way of adding one starts them (`newClientStage`).
 */
export const NOT_A_CLIENT = '-';

/** The person draft behind a form; the name is split into its parts as the parser reads names. */
export function personDraftFromForm(
  form: CaptureForm,
  opts: { now: number; companyId?: CompanyId },
): PersonDraft {
  const draft: PersonDraft = {
    emails: filled(form.emails),
    phones: filled(form.phones),
    tags: form.tags.split(/[,;]/u).map((t) => t.trim()),
    source: 'capture',
  };
  const name = form.name.trim().replace(/\s+/gu, ' ');
  if (name !== '') {
    draft.displayName = name;
    const parts = parsePersonName(name);
    if (parts?.givenName !== undefined) draft.givenName = parts.givenName;
    if (parts?.familyName !== undefined) draft.familyName = parts.familyName;
    if (parts?.patronymic !== undefined) draft.patronymic = parts.patronymic;
  }
  for (const key of ['position', 'manager', 'city', 'address'] as const)
    if (form[key].trim()) draft[key] = form[key];
  if (form.note.trim()) draft.notes = form.note.trim();
  if (form.stage && form.stage !== NOT_A_CLIENT)
    draft.stage = { stage: form.stage, reason: 'set by hand when added', setBy: 'hand', since: opts.now };
  if (opts.companyId !== undefined) {
    const link: CompanyLink = {
      companyId: opts.companyId,
      decisionMaker: false,
      archived: false,
      since: opts.now,
    };
    if (form.position.trim()) link.role = form.position.trim();
    draft.companies = [link];
  }
  return draft;
}

/** Work domains the form names (website and non-free-mail addresses), for finding or creating the company. */
export function companyDomains(form: CaptureForm): string[] {
  const fromMail = filled(form.emails).map(domainOf);
  const fromSite = form.website.trim() ? [normalizeDomain(form.website)] : [];
  return [...new Set([...fromSite, ...fromMail])].filter((d) => d.includes('.') && !isFreemailDomain(d));
}

/** The company draft behind a form, or null when no company was given. */
export function companyDraftFromForm(form: CaptureForm): CompanyDraft | null {
  const name = form.company.trim();
  if (name === '') return null;
  const draft: CompanyDraft = {
    name,
    domains: companyDomains(form),
    registrationIds: form.registrationIds.filter((r) => r.value.trim() !== ''),
    bankAccounts: filled(form.ibans).map((iban) => ({ iban })),
  };
  if (form.legalForm.trim()) draft.legalForm = form.legalForm.trim();
  if (form.website.trim()) draft.website = form.website.trim();
  if (form.city.trim()) draft.city = form.city.trim();
  return draft;
}

/** A person already in the base who looks like the one being captured. */
export interface DuplicateCandidate {
  id: string;
  displayName: string;
  emails: readonly string[];
  phones: readonly string[];
}

export interface DuplicateOffer {
  id: string;
  displayName: string;
  /**
   * 'same': an email is theirs, or a phone with a name that agrees (a second person would be wrong);
   * 'possible': a phone is theirs but the name differs or is missing (core/identity: a suggestion only);
   * 'namesake': only the whole name matches.
   */
  strength: 'same' | 'possible' | 'namesake';
  /** What matches: their email, phone or name. */
  reasons: { kind: 'email' | 'phone' | 'name'; value: string }[];
  /** Valid emails and phones of the form they do not have yet. */
  newEmails: string[];
  newPhones: string[];
}

/** Same name whatever the script, transliteration and order: every word of the typed name is in theirs. */
export function sameName(typed: string, theirs: string): boolean {
  const mine = new Set(textTokens(typed));
  const other = new Set(textTokens(theirs));
  return mine.size >= 2 && [...mine].every((t) => other.has(t));
}

function validValues(form: CaptureForm, defaultRegion: string): { emails: string[]; phones: string[] } {
  const emails = filled(form.emails).flatMap((e) => {
    const r = normalizeEmail(e);
    return r.ok ? [r.email] : [];
  });
  const phones = filled(form.phones).flatMap((p) => {
    const r = normalizePhone(p, defaultRegion);
    return r.ok ? [r.e164] : [];
  });
  return { emails: [...new Set(emails)], phones: [...new Set(phones)] };
}

const RANK: Record<DuplicateOffer['strength'], number> = { same: 0, possible: 1, namesake: 2 };

/**
 * Decides which people in the base the form duplicates, strongest first, and what could be added to them.
 * Who is the same person is core/identity's call; capture only words it.
 */
export function duplicateOffers(
  form: CaptureForm,
  candidates: readonly DuplicateCandidate[],
  defaultRegion: string,
  identity: IdentityOptions = { gmailFolding: false },
): DuplicateOffer[] {
  const { emails, phones } = validValues(form, defaultRegion);
  const typed = { displayName: form.name.trim(), emails, phones };
  const seen = new Set<string>();
  const offers: DuplicateOffer[] = [];
  for (const c of candidates) {
    if (seen.has(c.id)) continue;
    seen.add(c.id);
    const verdict = judgeIdentity(typed, c, identity);
    const reasons: DuplicateOffer['reasons'] = verdict.evidence.flatMap((e) =>
      e.kind === 'email' || e.kind === 'phone' ? [{ kind: e.kind, value: e.value }] : [],
    );
    if (sameName(form.name, c.displayName)) reasons.push({ kind: 'name', value: c.displayName });
    if (reasons.length === 0) continue;
    const strength =
      verdict.level === 'same' ? 'same' : reasons.some((r) => r.kind !== 'name') ? 'possible' : 'namesake';
    offers.push({
      id: c.id,
      displayName: c.displayName,
      strength,
      reasons,
      newEmails: emails.filter((e) => !c.emails.includes(e)),
      newPhones: phones.filter((p) => !c.phones.includes(p)),
    });
  }
  return offers.sort((a, b) => RANK[a.strength] - RANK[b.strength]);
}

/** A person after taking in captured fields: empty fields filled, lists united, the note appended, nothing overwritten. */
export function mergeCaptured(existing: Person, incoming: PersonFields, now: number) {
  const outcome = mergeImportedRow(existing, incoming, false, now);
  const person = outcome.person;
  if (person.stage === undefined && incoming.stage !== undefined) {
    person.stage = incoming.stage;
    outcome.changed.push('stage');
  }
  return outcome;
}
