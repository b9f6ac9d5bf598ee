// Dedupe against the base: each row is created, merged into the person who has its email or phone,
// or skipped, by the mode chosen for all rows or for that row; every decision carries its reason.
import { personId as asPersonId, type CompanyId, type PersonId } from '../ids';
import { importNote, type ImportBecause, type ImportNote } from '../import-reason';
import type { Person } from '../model';
import { linkToCompany, mergeImportedRow } from './merge-row';
import type { PreparedRow } from './prepare';

/** merge: fill empty fields and add new addresses; overwrite: the file's values win; skip; create: a new person. */
export type DedupeMode = 'merge' | 'overwrite' | 'skip' | 'create';
export const DEDUPE_MODES: readonly DedupeMode[] = ['merge', 'overwrite', 'skip', 'create'];

export type RowAction = 'created' | 'merged' | 'unchanged' | 'skipped' | 'rejected';

/** What happened to one row, with the reasons a person can read. */
export interface RowReport {
  file: string;
  line: number;
  label: string;
  action: RowAction;
  personId?: PersonId;
  /** Why this happened: 'Merged into Олена Коваль (olena@alfa.ua): phones updated.' */
  reason: string;
  /** `reason` as a code and figures, for the reader's language. */
  because?: ImportBecause;
  /** Values from the file that were left out, each with its reason (a bad email, a phone that belongs to someone else). */
  problems: string[];
  /** `problems` one for one, each with its code and figures when known. */
  notes: ImportNote[];
  /** Differences kept as they are in the base. */
  kept: string[];
}

export interface DedupeOptions {
  mode: DedupeMode;
  /** Choices made for single rows, keyed by rowKey(file, line). */
  perRow?: ReadonlyMap<string, DedupeMode>;
}

/** The key of a row in per-row choices. */
export function rowKey(file: string, line: number): string {
  return `${file}#${line}`;
}

export interface ChunkContext {
  /** People in the base (not merged away) who share an email or phone with the chunk's rows. */
  existing: readonly Person[];
  /** People this import created in earlier chunks or rows; repeated rows merge into them. Updated in place. */
  importedIds: Set<PersonId>;
  /** The company each row links to, resolved (and created if needed) beforehand. */
  companyOf: (row: PreparedRow) => CompanyId | undefined;
  now: number;
  newId: () => string;
}

export interface ChunkPlan {
  create: Person[];
  update: Person[];
  reports: RowReport[];
}

/** Finds the person a row matches: by its emails first, then by its phones. */
function findMatch(
  row: PreparedRow,
  byEmail: Map<string, Person>,
  byPhone: Map<string, Person>,
): { person: Person; by: string } | null {
  for (const e of row.fields?.emails ?? []) {
    const p = byEmail.get(e);
    if (p) return { person: p, by: e };
  }
  for (const ph of row.fields?.phones ?? []) {
    const p = byPhone.get(ph);
    if (p) return { person: p, by: ph };
  }
  return null;
}

/** Drops addresses and phones that already belong to someone else: one address, one person. */
function withoutOthers(
  person: Person,
  byEmail: Map<string, Person>,
  byPhone: Map<string, Person>,
  report: RowReport,
): void {
  const owned = (map: Map<string, Person>, value: string) => {
    const owner = map.get(value);
    if (owner && owner.id !== person.id) {
      addProblem(
        report,
        importNote(
          `${value} belongs to ${owner.displayName}, so it was not added to this person.`,
          'row.owned',
          {
            value,
            name: owner.displayName,
          },
        ),
      );
      return false;
    }
    return true;
  };
  person.emails = person.emails.filter((e) => owned(byEmail, e));
  person.phones = person.phones.filter((p) => owned(byPhone, p));
}

/** Adds a left-out value's reason to a report, in English and with its code. */
export function addProblem(report: RowReport, note: ImportNote, first = false): void {
  if (first) {
    report.problems.unshift(note.reason);
    report.notes.unshift(note);
  } else {
    report.problems.push(note.reason);
    report.notes.push(note);
  }
}

// Most rows of a large import are simply created: they share one (never mutated) note.
const CREATED = importNote('created', 'row.created');

/** A report's outcome: the English reason and its code. */
function outcome(note: ImportNote): Pick<RowReport, 'reason' | 'because'> {
  return note.because ? { reason: note.reason, because: note.because } : { reason: note.reason };
}

/** Plans one chunk of prepared rows against the people it may match; pure, so it is tested without a database. */
export function planChunk(
  rows: readonly PreparedRow[],
  options: DedupeOptions,
  ctx: ChunkContext,
): ChunkPlan {
  const byEmail = new Map<string, Person>();
  const byPhone = new Map<string, Person>();
  const index = (p: Person) => {
    for (const e of p.emails) byEmail.set(e, p);
    for (const ph of p.phones) byPhone.set(ph, p);
  };
  ctx.existing.forEach(index);
  const created = new Map<PersonId, Person>();
  const updated = new Map<PersonId, Person>();
  const reports = rows.map((row): RowReport => {
    const report: RowReport = {
      file: row.file,
      line: row.line,
      label: row.label,
      action: 'rejected',
      reason: '',
      problems: row.notes.map((n) => n.reason),
      notes: [...row.notes],
      kept: [],
    };
    if (!row.fields) {
      const why =
        row.rejected === undefined
          ? importNote('not imported', 'row.notImported')
          : { reason: row.rejected, ...(row.rejectedBecause ? { because: row.rejectedBecause } : {}) };
      return { ...report, ...outcome(why), problems: [], notes: [] };
    }
    const match = findMatch(row, byEmail, byPhone);
    const companyId = ctx.companyOf(row);
    const sameImport = match !== null && ctx.importedIds.has(match.person.id);
    const mode = options.perRow?.get(rowKey(row.file, row.line)) ?? (sameImport ? 'merge' : options.mode);
    if (match === null || mode === 'create') {
      const person: Person = {
        ...row.fields,
        id: asPersonId(ctx.newId()),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      if (companyId) linkToCompany(person, companyId, ctx.now);
      withoutOthers(person, byEmail, byPhone, report);
      created.set(person.id, person);
      ctx.importedIds.add(person.id);
      index(person);
      const why = match
        ? importNote(
            `created as a new person although ${match.by} matches ${match.person.displayName}, as chosen`,
            'row.createdAnyway',
            { value: match.by, name: match.person.displayName },
          )
        : CREATED;
      return { ...report, action: 'created', personId: person.id, ...outcome(why) };
    }
    const target = match.person;
    const where = sameImport ? 'an earlier row of this import' : 'the base';
    const figures = { value: match.by, name: target.displayName };
    if (mode === 'skip') {
      const why = importNote(
        `${match.by} is already in ${where} as ${target.displayName}; skipped, as chosen`,
        sameImport ? 'row.skippedEarlier' : 'row.skippedBase',
        figures,
      );
      return { ...report, action: 'skipped', personId: target.id, ...outcome(why) };
    }
    const merged = mergeImportedRow(target, row.fields, mode === 'overwrite', ctx.now);
    withoutOthers(merged.person, byEmail, byPhone, report);
    if (companyId && linkToCompany(merged.person, companyId, ctx.now)) merged.changed.push('company');
    // An address dropped because someone else owns it is no change.
    const changed = merged.changed.filter((f) =>
      f === 'emails' || f === 'phones' ? merged.person[f].length !== target[f].length : true,
    );
    report.kept = merged.kept;
    if (changed.length === 0) {
      const why = importNote(
        `${match.by} is already in ${where} as ${target.displayName}; nothing new to add`,
        sameImport ? 'row.unchangedEarlier' : 'row.unchangedBase',
        figures,
      );
      return { ...report, action: 'unchanged', personId: target.id, ...outcome(why) };
    }
    merged.person.updatedAt = ctx.now;
    (created.has(target.id) ? created : updated).set(target.id, merged.person);
    index(merged.person);
    const why = importNote(
      `merged into ${target.displayName} (${match.by}): ${changed.join(', ')} updated`,
      'row.merged',
      figures,
      { fields: changed },
    );
    return { ...report, action: 'merged', personId: target.id, ...outcome(why) };
  });
  return { create: [...created.values()], update: [...updated.values()], reports };
}
