// Contacts from CSV: Google Contacts (current and legacy), Outlook, and hand-made Ukrainian/Russian
// spreadsheets. Columns are guessed from the header; every rejected value is reported with its row.
import { importNote } from '../import-reason.ts';
import { emailFault, emailProblem, normalizeEmail } from './addresses.ts';
import type { CsvProblem, ParsedCsv } from './csv.ts';
import { parseBirthday, type Birthday } from './vcard-values.ts';

export type ContactField =
  | 'fullName'
  | 'givenName'
  | 'familyName'
  | 'patronymic'
  | 'email'
  | 'phone'
  | 'company'
  | 'position'
  | 'city'
  | 'birthday'
  | 'tags'
  | 'note'
  | 'registrationId'
  | 'companyPhone'
  | 'department'
  | 'address'
  | 'website'
  | 'stage'
  | 'manager';

export interface ColumnGuess {
  index: number;
  header: string;
  /** null: the column is not imported. */
  field: ContactField | null;
  /** For registrationId: which register, e.g. `edrpou`, `inn`. */
  key?: string;
  /** 0..1; 1 for a header we know exactly, lower for a loose match. */
  confidence: number;
}

export interface ColumnMapping {
  columns: ColumnGuess[];
}

export interface ContactDraftRow {
  line: number;
  fullName?: string;
  givenName?: string;
  familyName?: string;
  patronymic?: string;
  emails: string[];
  /** As written in the file; normalisation happens elsewhere. */
  phones: string[];
  /** The company's own numbers (switchboard), as written. */
  companyPhones: string[];
  company?: string;
  department?: string;
  address?: string;
  website?: string;
  stage?: string;
  manager?: string;
  position?: string;
  city?: string;
  birthday?: Birthday;
  tags: string[];
  note?: string;
  registrationIds: Record<string, string>;
}

type Rule = [RegExp, ContactField | null, number, string?];

// Order matters: label/type columns must be ignored before "e-mail" or "phone" claims them, and a company's
// own phone before "phone" does. Outlook's "Manager's Name" is the contact's boss, not who handles the client,
// so "manager" matches only the whole header.
const RULES: Rule[] = [
  [
    /^(labels|group membership|categories|tags|теги|метки|мітки|группа|группы|група|категория|категорії)$/,
    'tags',
    1,
  ],
  [/(\blabel|\btype|yomi|phonetic|file as|nickname|photo|fax|факс)/, null, 1],
  [
    /^(фио|ф и о|пiб|піб|п і б|полное имя|повне імя|повне ім я|контактное лицо|контактна особа)$/,
    'fullName',
    1,
    'cyrillic',
  ],
  [/^(name|full name|display name|contact|contact name|имя и фамилия|імя та прізвище)$/, 'fullName', 1],
  [/^(first name|given name|firstname|имя|імя|ім я)$/, 'givenName', 1],
  [/^(last name|family name|surname|lastname|фамилия|прізвище)$/, 'familyName', 1],
  [/^(middle name|additional name|отчество|по батькові|по батькови)$/, 'patronymic', 1],
  [/(e ?mail|email|почта|пошта|електронна|электронная|емейл|имейл)/, 'email', 0.9],
  [
    /^(company main phone|company phone|main phone|office phone|switchboard|телефон компании|телефон компанії|телефон организации|телефон організації|телефон офиса|телефон офісу|общий телефон|загальний телефон)$/,
    'companyPhone',
    1,
  ],
  [/(phone|mobile|телефон|тел|мобильный|мобільний)/, 'phone', 0.9],
  [
    /^(company|organization|organization name|organization 1 name|организация|компания|компанія|організація|фирма|фірма|контрагент)$/,
    'company',
    1,
  ],
  [
    /^(department|organization department|organization 1 department|отдел|відділ|подразделение|підрозділ)$/,
    'department',
    1,
  ],
  [/^(job title|organization title|organization 1 title|position|должность|посада)$/, 'position', 1],
  [/^title$/, 'position', 0.4], // Outlook's "Title" is Mr./Ms.; used only if nothing better exists
  [/(city|город|місто|населенный пункт|населений пункт)/, 'city', 0.8],
  [
    /^(address|address 1 formatted|business address|адрес|адреса|почтовый адрес|поштова адреса|юридический адрес|юридична адреса|фактический адрес|фактична адреса)$/,
    'address',
    1,
  ],
  [/^(business street|address 1 street|street|улица|вулиця)$/, 'address', 0.9],
  [/^(home street|other street)$/, 'address', 0.6],
  [/^(website|web site|web page|website 1 value|url|site|сайт|вебсайт|веб сайт)$/, 'website', 1],
  [/^(personal web page)$/, 'website', 0.6],
  [
    /^(stage|status|lifecycle stage|client status|статус|статус клиента|статус клієнта|стадия|стадія|этап|етап)$/,
    'stage',
    1,
  ],
  [
    /^(manager|responsible|owner|account manager|sales manager|менеджер|ответственный|ответственный менеджер|відповідальний|відповідальний менеджер)$/,
    'manager',
    1,
  ],
  [/(birthday|date of birth|дата рождения|день рождения|день народження|дата народження)/, 'birthday', 1],
  [
    /^(notes?|примечание|примечания|нотатки|нотатка|комментарий|коментар|коментарі|заметки|описание|опис)$/,
    'note',
    1,
  ],
  [/(єдрпоу|едрпоу|edrpou)/, 'registrationId', 1, 'edrpou'],
  // ИНН is Russian, ІПН/РНОКПП Ukrainian: the header says which register to check a number against first.
  [/^(инн|inn)$/, 'registrationId', 1, 'inn'],
  [/^(іпн|рнокпп|ідентифікаційний код|ідентифікаційний номер)$/, 'registrationId', 1, 'ipn'],
  [/^(огрн|ogrn)$/, 'registrationId', 1, 'ogrn'],
];

const SINGLE: ReadonlySet<ContactField> = new Set([
  'fullName',
  'givenName',
  'familyName',
  'patronymic',
  'company',
  'position',
  'birthday',
  'department',
  'address',
  'website',
  'stage',
  'manager',
]);

function normalizeHeader(h: string): string {
  return h
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Guesses which contact field each CSV column holds, from its header text. */
export function guessMapping(header: readonly string[]): ColumnMapping {
  const columns: ColumnGuess[] = header.map((h, index) => {
    const norm = normalizeHeader(h);
    for (const [re, field, confidence, key] of RULES) {
      if (!re.test(norm)) continue;
      const guess: ColumnGuess = { index, header: h, field, confidence };
      if (key !== undefined) guess.key = key;
      return guess;
    }
    return { index, header: h, field: null, confidence: 0 };
  });
  // A single-valued field goes to its most confident column; the others are left unmapped.
  for (const field of SINGLE) {
    const claimants = columns.filter((c) => c.field === field);
    const best = claimants.reduce<ColumnGuess | null>(
      (a, c) => (a === null || c.confidence > a.confidence ? c : a),
      null,
    );
    for (const c of claimants) if (c !== best) c.field = null;
  }
  return { columns };
}

const LIST_SPLIT = /\s*(?::::|;|\n)\s*/;

function parseCsvBirthday(text: string): Birthday | null | 'empty' {
  const t = text.trim();
  if (t === '' || /^0?0[./]0?0[./]0{2,4}$/.test(t)) return 'empty'; // Outlook writes 0/0/00 for "none"
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (us) {
    const [a, b] = [Number(us[1]), Number(us[2])];
    // Outlook writes M/D/YYYY; a first number above 12 can only be a day.
    const [month, day] = a > 12 ? [b, a] : [a, b];
    return parseBirthday(`${us[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
  }
  return parseBirthday(t);
}

function splitFio(full: string): { familyName?: string; givenName?: string; patronymic?: string } {
  const words = full.split(/\s+/).filter(Boolean);
  if (words.length < 2 || words.length > 3) return {};
  const [familyName = '', givenName = '', patronymic] = words;
  return patronymic === undefined ? { familyName, givenName } : { familyName, givenName, patronymic };
}

/** Turns parsed CSV rows into contact drafts; problems include the CSV's own and each rejected value. */
export function rowsToContacts(
  parsed: ParsedCsv,
  mapping: ColumnMapping,
): { contacts: ContactDraftRow[]; problems: CsvProblem[] } {
  const problems: CsvProblem[] = [...parsed.problems];
  const contacts: ContactDraftRow[] = [];
  const fioColumn = mapping.columns.find(
    (c) =>
      c.field === 'fullName' &&
      RULES.some((r) => r[3] === 'cyrillic' && r[0].test(normalizeHeader(c.header))),
  );
  for (const row of parsed.rows) {
    const draft: ContactDraftRow = {
      line: row.line,
      emails: [],
      phones: [],
      companyPhones: [],
      tags: [],
      registrationIds: {},
    };
    const notes: string[] = [];
    let hadEmailProblem = false;
    for (const col of mapping.columns) {
      const value = (row.cells[col.index] ?? '').trim();
      if (value === '' || col.field === null) continue;
      switch (col.field) {
        case 'email':
          for (const raw of value.split(/\s*(?::::|[;,\s])\s*/).filter(Boolean)) {
            const fault = emailFault(raw);
            if (fault !== null) {
              const detail = (emailProblem(raw) ?? '').replace(/^'[^']*' /, '');
              const reason = `Row ${row.line}: '${raw}' is not an email address (${detail})`;
              hadEmailProblem = true;
              problems.push({
                line: row.line,
                ...importNote(reason, 'csv.email', { value: raw }, { parts: [fault] }),
              });
            } else if (!draft.emails.includes(normalizeEmail(raw))) draft.emails.push(normalizeEmail(raw));
          }
          break;
        case 'phone':
        case 'companyPhone': {
          const list = col.field === 'phone' ? draft.phones : draft.companyPhones;
          for (const p of value.split(LIST_SPLIT).filter(Boolean)) if (!list.includes(p)) list.push(p);
          break;
        }
        case 'tags':
          for (const t of value.split(/\s*(?::::|[;,])\s*/)) {
            const tag = t.replace(/^\*\s*/, '').trim();
            // Google puts every contact in the system group "myContacts"; it is not a user's tag.
            if (tag !== '' && tag.toLowerCase() !== 'mycontacts' && !draft.tags.includes(tag))
              draft.tags.push(tag);
          }
          break;
        case 'note':
          notes.push(value);
          break;
        case 'registrationId':
          draft.registrationIds[col.key ?? 'id'] = value;
          break;
        case 'birthday': {
          const b = parseCsvBirthday(value);
          if (b === null)
            problems.push({
              line: row.line,
              ...importNote(
                `Row ${row.line}: birthday '${value}' is not a date; the rest of the row was kept`,
                'csv.birthday',
                { value },
              ),
            });
          else if (b !== 'empty') draft.birthday = b;
          break;
        }
        case 'city':
          draft.city ??= value;
          break;
        case 'patronymic':
          draft.patronymic = value;
          break;
        default:
          draft[col.field] = value;
      }
    }
    if (notes.length > 0) draft.note = notes.join('\n');
    if (
      fioColumn &&
      draft.fullName !== undefined &&
      draft.givenName === undefined &&
      draft.familyName === undefined
    ) {
      Object.assign(draft, splitFio(draft.fullName));
    }
    if (draft.fullName === undefined) {
      const composed = [draft.givenName, draft.patronymic, draft.familyName].filter(Boolean).join(' ');
      if (composed !== '') draft.fullName = composed;
    }
    if (
      draft.fullName === undefined &&
      draft.emails.length === 0 &&
      draft.phones.length === 0 &&
      (draft.company === undefined || draft.companyPhones.length === 0) &&
      !hadEmailProblem
    ) {
      if (row.cells.some((c) => c.trim() !== ''))
        problems.push({
          line: row.line,
          ...importNote(`Row ${row.line}: empty (no name, email or phone); skipped`, 'csv.emptyRow'),
        });
      continue;
    }
    contacts.push(draft);
  }
  problems.sort((a, b) => a.line - b.line);
  return { contacts, problems };
}
