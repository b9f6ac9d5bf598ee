// People to CSV with the columns a person chose. Headers are the ones Google Contacts and our own import
// recognise, so an exported file imports back; values that hold several items are joined with '; '.
import { toCsv, type CsvDelimiter } from '../parse/csv.ts';
import type { CompanyId } from '../ids';
import type { Birthday, Person, StageDef } from '../model';

export type ExportColumn =
  | 'name'
  | 'givenName'
  | 'familyName'
  | 'patronymic'
  | 'emails'
  | 'phones'
  | 'company'
  | 'position'
  | 'city'
  | 'birthday'
  | 'tags'
  | 'notes'
  | 'stage'
  | 'manager'
  | 'source'
  | 'lastContact'
  | 'created'
  | 'telegram'
  | 'whatsapp';

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  'name',
  'givenName',
  'familyName',
  'patronymic',
  'emails',
  'phones',
  'company',
  'position',
  'city',
  'birthday',
  'tags',
  'notes',
  'stage',
  'manager',
  'source',
  'lastContact',
  'created',
  'telegram',
  'whatsapp',
];

/** Columns checked by default in the chooser. */
export const DEFAULT_EXPORT_COLUMNS: readonly ExportColumn[] = [
  'name',
  'emails',
  'phones',
  'company',
  'position',
  'city',
  'tags',
];

const HEADERS: Record<ExportColumn, string> = {
  name: 'Name',
  givenName: 'Given Name',
  familyName: 'Family Name',
  patronymic: 'Middle Name',
  emails: 'E-mail',
  phones: 'Phone',
  company: 'Company',
  position: 'Job Title',
  city: 'City',
  birthday: 'Birthday',
  tags: 'Labels',
  notes: 'Notes',
  stage: 'Stage',
  manager: 'Manager',
  source: 'Source',
  lastContact: 'Last Contact',
  created: 'Created',
  telegram: 'Telegram',
  whatsapp: 'WhatsApp',
};

export interface ExportContext {
  companyNames: ReadonlyMap<CompanyId, string>;
  pipeline: readonly StageDef[];
}

const day = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));

function birthday(b: Birthday | undefined): string {
  if (!b) return '';
  const md = `${String(b.month).padStart(2, '0')}-${String(b.day).padStart(2, '0')}`;
  return b.year === undefined ? `--${md}` : `${b.year}-${md}`;
}

function cell(p: Person, column: ExportColumn, ctx: ExportContext): string {
  switch (column) {
    case 'name':
      return p.displayName;
    case 'emails':
      return p.emails.join('; ');
    case 'phones':
      return p.phones.join('; ');
    case 'company':
      return p.companies
        .flatMap((l) => (l.archived ? [] : (ctx.companyNames.get(l.companyId) ?? [])))
        .join('; ');
    case 'birthday':
      return birthday(p.birthday);
    case 'tags':
      return p.tags.join('; ');
    case 'stage':
      return p.stage ? (ctx.pipeline.find((s) => s.id === p.stage?.stage)?.label ?? p.stage.stage) : '';
    case 'lastContact':
      return day(p.lastContactAt);
    case 'created':
      return day(p.createdAt);
    case 'telegram':
      // A profile link, not "@name": a cell starting with @ opens as a formula in a spreadsheet.
      return (p.handles ?? [])
        .flatMap((h) =>
          h.kind === 'telegram-username'
            ? [`https://t.me/${h.value}`]
            : h.kind === 'telegram'
              ? [`tg:${h.value}`]
              : [],
        )
        .join('; ');
    case 'whatsapp':
      return (p.handles ?? []).flatMap((h) => (h.kind === 'whatsapp' ? [h.value] : [])).join('; ');
    default:
      return p[column] ?? '';
  }
}

/** The rows of the export: a header row, then one row per person (merged-away people are left out); `toCsv` defuses formulas. */
export function peopleToRows(
  people: readonly Person[],
  columns: readonly ExportColumn[],
  ctx: ExportContext,
): string[][] {
  const rows = [columns.map((c) => HEADERS[c])];
  for (const p of people) if (p.mergedInto === undefined) rows.push(columns.map((c) => cell(p, c, ctx)));
  return rows;
}

/** The CSV text; `bom` makes Excel read UTF-8 Cyrillic correctly, ';' suits Excel in uk/ru locales. */
export function peopleToCsv(
  people: readonly Person[],
  columns: readonly ExportColumn[],
  ctx: ExportContext,
  options: { delimiter: CsvDelimiter; bom: boolean },
): string {
  return toCsv(peopleToRows(people, columns, ctx), options);
}
