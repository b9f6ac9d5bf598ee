// One candidate to validated person fields: a bad email, phone, birthday or register id is reported
// and left out, and the rest of the row is kept; a row with nothing to identify a person is rejected.
import { stageFromText } from '../i18n/stage-name';
import type { RegistrationId, RegistrationIdKind, Settings, StageDef } from '../model';
import { normalizeEmail } from '../email';
import { importNote, type ImportBecause, type ImportNote } from '../import-reason';
import type { Refusal } from '../reason';
import { normalizePhone } from '../phones';
import { validateRegistrationId } from '../requisites';
import { tidySpaces, validatePersonDraft, type PersonDraft, type PersonFields } from '../validate';
import { candidateLabel, type ContactCandidate } from './candidate';

export interface PreparedCompany {
  name: string;
  registrationIds: RegistrationId[];
  /** The company's own numbers (E.164): a switchboard column, or the phone of a row that names no person. */
  phones: string[];
  website?: string;
}

/** A candidate after validation: `fields` is null when the row cannot be imported (see `rejected`). */
export interface PreparedRow {
  file: string;
  line: number;
  label: string;
  fields: PersonFields | null;
  company?: PreparedCompany;
  /** Values left out of the row, each with its reason. */
  notes: ImportNote[];
  rejected?: string;
  /** `rejected` as a code and figures. */
  rejectedBecause?: ImportBecause;
  /** The row names a company (and its phone) and no person: it adds to the company only. */
  companyOnly?: boolean;
  /** The pipeline stage the row's status names (an id); set on the person when it has none. */
  stage?: string;
  /** The status as written in the file, the reason shown beside the stage. */
  stageText?: string;
}

/** The refusal alone (a validator's result also says ok, a field problem names its field). */
const plain = (r: Refusal): Refusal =>
  r.because ? { reason: r.reason, because: r.because } : { reason: r.reason };

/** A value a validator refused, left out of the row: "<the refusal> It was left out." */
function leftOut(r: Refusal): ImportNote {
  return importNote(`${r.reason} It was left out.`, 'row.leftOut', undefined, { refusal: plain(r) });
}

// A column named ИНН/ІПН may hold a Ukrainian or a Russian number; the value's check digits decide.
const KINDS_BY_KEY: Record<string, RegistrationIdKind[]> = {
  edrpou: ['edrpou', 'ipn'],
  inn: ['inn', 'ipn'],
  ipn: ['ipn', 'inn'],
  ogrn: ['ogrn', 'ogrnip'],
};

function registrationIds(c: ContactCandidate, notes: ImportNote[]): RegistrationId[] {
  const out: RegistrationId[] = [];
  for (const [key, value] of Object.entries(c.registrationIds)) {
    const kinds = KINDS_BY_KEY[key] ?? ['other'];
    // Reported with the refusal of the kind the column's name suggests first.
    let refused: Refusal | null = null;
    for (const kind of kinds) {
      const r = validateRegistrationId(kind, value);
      if (r.ok) {
        out.push(kind === 'other' ? { kind, value: r.value, label: key } : { kind, value: r.value });
        refused = null;
        break;
      }
      refused ??= r;
    }
    if (refused) notes.push(leftOut(refused));
  }
  return out;
}

function phonesOf(raw: readonly string[], region: string, notes: ImportNote[]) {
  const phones: string[] = [];
  const ext: Record<string, string> = {};
  for (const value of raw) {
    const r = normalizePhone(value, region);
    if (!r.ok) notes.push(leftOut(r));
    else {
      phones.push(r.e164);
      if (r.ext !== undefined) ext[r.e164] = r.ext;
    }
  }
  return { phones, ext };
}

/** An address over several lines (Google's "Formatted" column) as one line. */
const oneLine = (address: string) =>
  address
    .split(/\s*[\r\n]+\s*/u)
    .filter(Boolean)
    .join(', ');

function draftOf(
  c: ContactCandidate,
  settings: Pick<Settings, 'defaultPhoneRegion'>,
  notes: ImportNote[],
): PersonDraft {
  const emails: string[] = [];
  for (const raw of c.emails) {
    const r = normalizeEmail(raw);
    if (r.ok) emails.push(r.email);
    else notes.push(leftOut(r));
  }
  const { phones, ext } = phonesOf(c.phones, settings.defaultPhoneRegion, notes);
  const draft: PersonDraft = { emails, phones, tags: c.tags, source: `import: ${c.file}` };
  if (Object.keys(ext).length > 0) draft.phoneExt = ext;
  for (const key of [
    'displayName',
    'givenName',
    'familyName',
    'patronymic',
    'position',
    'department',
    'city',
    'notes',
    'manager',
  ] as const) {
    const v = c[key];
    if (v !== undefined) draft[key] = v;
  }
  if (c.address !== undefined) draft.address = oneLine(c.address);
  // A website beside a company is the company's; the person keeps one only when the row names none.
  if (c.website !== undefined && c.company === undefined) draft.website = c.website;
  if (c.birthday) draft.birthday = c.birthday;
  return draft;
}

/** A row that names a company and a phone but no person, no address: the company's own contact. */
function isCompanyOnly(c: ContactCandidate): boolean {
  const named = [c.displayName, c.givenName, c.familyName].some((n) => n !== undefined && n.trim() !== '');
  return !named && c.emails.length === 0 && c.company !== undefined && c.company.trim() !== '';
}

function companyOf(
  c: ContactCandidate,
  name: string,
  settings: Pick<Settings, 'defaultPhoneRegion'>,
  notes: ImportNote[],
): PreparedCompany {
  const raw = isCompanyOnly(c) ? [...c.companyPhones, ...c.phones] : c.companyPhones;
  const company: PreparedCompany = {
    name,
    registrationIds: registrationIds(c, notes),
    phones: phonesOf(raw, settings.defaultPhoneRegion, notes).phones,
  };
  if (c.website !== undefined) company.website = c.website;
  return company;
}

/** The row's status as a pipeline stage; an unknown one is kept in the notes and reported. */
function stageOfRow(row: PreparedRow, c: ContactCandidate, pipeline: readonly StageDef[] | undefined): void {
  if (c.stage === undefined || !row.fields) return;
  const id = pipeline && stageFromText(c.stage, pipeline);
  if (id !== undefined) {
    row.stage = id;
    row.stageText = c.stage;
    return;
  }
  const line = `Status: ${c.stage}`;
  row.fields.notes = row.fields.notes ? `${row.fields.notes}\n${line}` : line;
  row.notes.push(
    importNote(
      `the status '${c.stage}' is not a stage of your pipeline; it was kept in the notes.`,
      'row.stageUnknown',
      { value: c.stage },
    ),
  );
}

/** Validates one candidate; `notes` say what was left out, `rejected` why nothing could be imported. */
export function prepareCandidate(
  c: ContactCandidate,
  settings: Pick<Settings, 'defaultPhoneRegion'> & Partial<Pick<Settings, 'pipeline'>>,
): PreparedRow {
  const notes: ImportNote[] = [];
  const companyName = c.company === undefined ? '' : tidySpaces(c.company);
  if (companyName !== '' && isCompanyOnly(c)) {
    return {
      file: c.file,
      line: c.line,
      label: companyName,
      fields: null,
      company: companyOf(c, companyName, settings, notes),
      companyOnly: true,
      notes,
    };
  }
  const draft = draftOf(c, settings, notes);
  let v = validatePersonDraft(draft, settings);
  if (!v.ok && v.problems.some((p) => p.field === 'birthday')) {
    for (const p of v.problems)
      if (p.field === 'birthday')
        notes.push(
          importNote(`Birthday: ${p.reason} It was left out.`, 'row.birthdayLeftOut', undefined, {
            refusal: plain(p),
          }),
        );
    delete draft.birthday;
    v = validatePersonDraft(draft, settings);
  }
  const row: PreparedRow = {
    file: c.file,
    line: c.line,
    label: candidateLabel(c),
    fields: v.ok ? v.value : null,
    notes,
  };
  if (!v.ok) {
    const nothing = 'no name, valid email or phone left to import';
    const why =
      notes.length > 0
        ? importNote(
            `${nothing} (${notes.map((n) => n.reason).join(' ')})`,
            'row.nothingLeftBecause',
            undefined,
            {
              parts: notes,
            },
          )
        : importNote(nothing, 'row.nothingLeft');
    row.rejected = why.reason;
    if (why.because) row.rejectedBecause = why.because;
    row.notes = [];
    return row;
  }
  stageOfRow(row, c, settings.pipeline);
  if (companyName) row.company = companyOf(c, companyName, settings, notes);
  else if (Object.keys(c.registrationIds).length > 0) {
    notes.push(
      importNote(
        'Registration ids belong to a company, and this row names none; they were left out.',
        'row.idsWithoutCompany',
      ),
    );
  }
  return row;
}
