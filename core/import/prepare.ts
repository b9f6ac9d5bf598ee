// One candidate to validated person fields: a bad email, phone, birthday or register id is reported
// and left out, and the rest of the row is kept; a row with nothing to identify a person is rejected.
import type { RegistrationId, RegistrationIdKind, Settings } from '../model';
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
  inn: ['ipn', 'inn'],
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
  const phones: string[] = [];
  for (const raw of c.phones) {
    const r = normalizePhone(raw, settings.defaultPhoneRegion);
    if (r.ok) phones.push(r.e164);
    else notes.push(leftOut(r));
  }
  const draft: PersonDraft = { emails, phones, tags: c.tags, source: `import: ${c.file}` };
  for (const key of [
    'displayName',
    'givenName',
    'familyName',
    'patronymic',
    'position',
    'city',
    'notes',
  ] as const) {
    const v = c[key];
    if (v !== undefined) draft[key] = v;
  }
  if (c.birthday) draft.birthday = c.birthday;
  return draft;
}

/** Validates one candidate; `notes` say what was left out, `rejected` why nothing could be imported. */
export function prepareCandidate(
  c: ContactCandidate,
  settings: Pick<Settings, 'defaultPhoneRegion'>,
): PreparedRow {
  const notes: ImportNote[] = [];
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
  const company = c.company === undefined ? undefined : tidySpaces(c.company);
  if (company) row.company = { name: company, registrationIds: registrationIds(c, notes) };
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
