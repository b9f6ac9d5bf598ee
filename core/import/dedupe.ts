// Dedupe against the base: each row is created, merged into the person it is (core/identity: an email, or
// a phone with a name that agrees), or skipped, by the mode chosen for all rows or for that row. A row that
// only may be someone (a shared phone, a different name) is created apart and the pair offered as a
// possible duplicate. Every decision carries its reason.
import { personId as asPersonId, type CompanyId, type PersonId } from '../ids';
import { importNote, type ImportBecause, type ImportNote } from '../import-reason';
import { newClientStage } from '../lifecycle';
import type { Person, StageState } from '../model';
import { possibleDuplicate, type IdentityOptions, type PossibleDuplicate, type Verdict } from '../identity';
import { linkToCompany, mergeImportedRow } from './merge-row';
import type { PreparedRow } from './prepare';
import { evidenceValue, identifyRow, PeopleIndex, type RowIdentity } from './row-identity';

/** merge: fill empty fields and add new addresses; overwrite: the file's values win; skip; create: a new person. */
export type DedupeMode = 'merge' | 'overwrite' | 'skip' | 'create';
export const DEDUPE_MODES: readonly DedupeMode[] = ['merge', 'overwrite', 'skip', 'create'];

/** company: a row naming only a company (and its phone) became, or added to, that company. */
export type RowAction = 'created' | 'merged' | 'unchanged' | 'skipped' | 'rejected' | 'company';

/** What happened to one row, with the reasons a person can read. */
export interface RowReport {
  file: string;
  line: number;
  label: string;
  action: RowAction;
  personId?: PersonId;
  companyId?: CompanyId;
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
  /** Whether Gmail dots and +tags are folded when emails are compared (the user's setting). */
  identity?: IdentityOptions;
}

export interface ChunkPlan {
  create: Person[];
  update: Person[];
  reports: RowReport[];
  /** Pairs that share a phone (or the like) but not a name: offered to the user, never merged here. */
  duplicates: PossibleDuplicate[];
}

/** Drops addresses that already belong to someone else: one address, one person. (Phones may be shared.) */
function withoutOthers(person: Person, index: PeopleIndex, report: RowReport): void {
  person.emails = person.emails.filter((value) => {
    const owner = index.emailOwner(value);
    if (!owner || owner.id === person.id) return true;
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
  });
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

/** The note that a row was kept apart from someone who shares its phone (or the like) but not its name. */
export function keptApartNote(other: Person, verdict: Verdict): ImportNote {
  const value = evidenceValue(verdict.evidence);
  const names = verdict.names === 'conflict' ? 'a different name' : 'no name to compare';
  return importNote(
    `same ${verdict.evidence[0]?.kind ?? 'phone'} ${value} as ${other.displayName}, ${names} — not merged; listed under possible duplicates.`,
    verdict.names === 'conflict' ? 'row.possibleDuplicate' : 'row.possibleDuplicateNoName',
    { value, name: other.displayName },
  );
}

/** The stage a row's status names, set by the import with the status as written for its reason. */
function importedStage(row: PreparedRow, now: number): StageState {
  return { stage: row.stage ?? '', reason: row.stageText ?? '', setBy: 'import', since: now };
}

/** Plans one chunk of prepared rows against the people it may match; pure, so it is tested without a database. */
export function planChunk(
  rows: readonly PreparedRow[],
  options: DedupeOptions,
  ctx: ChunkContext,
): ChunkPlan {
  const index = new PeopleIndex(ctx.existing);
  const identity = ctx.identity ?? { gmailFolding: false };
  const created = new Map<PersonId, Person>();
  const updated = new Map<PersonId, Person>();
  const duplicates: PossibleDuplicate[] = [];
  /** Suggestions between the row's person and everyone it may be, with a note on the report for each. */
  const suggest = (id: PersonId, possible: RowIdentity['possible'], report: RowReport) => {
    for (const p of possible) {
      if (p.person.id === id) continue;
      duplicates.push(possibleDuplicate(id, p.person.id, p.verdict, 'import', ctx.now));
      addProblem(report, keptApartNote(p.person, p.verdict));
    }
  };
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
    if (row.companyOnly && row.company) {
      const companyId = ctx.companyOf(row);
      const why = importNote(
        `imported as the company ${row.company.name} (no person named)`,
        'row.companyOnly',
        {
          name: row.company.name,
        },
      );
      return { ...report, action: 'company', ...(companyId ? { companyId } : {}), ...outcome(why) };
    }
    if (!row.fields) {
      const why =
        row.rejected === undefined
          ? importNote('not imported', 'row.notImported')
          : { reason: row.rejected, ...(row.rejectedBecause ? { because: row.rejectedBecause } : {}) };
      return { ...report, ...outcome(why), problems: [], notes: [] };
    }
    const found = identifyRow(row.fields, index, identity);
    const chosen = options.perRow?.get(rowKey(row.file, row.line));
    // A row that only may be someone is kept apart unless the user chose, for this row, to merge it.
    const guess =
      found.match ?? (chosen !== undefined && chosen !== 'create' ? found.possible[0] : undefined);
    const others = found.possible.filter((p) => p !== guess);
    const companyId = ctx.companyOf(row);
    const sameImport = guess !== undefined && ctx.importedIds.has(guess.person.id);
    const mode = chosen ?? (sameImport ? 'merge' : options.mode);
    if (guess === undefined || mode === 'create') {
      const person: Person = {
        ...row.fields,
        id: asPersonId(ctx.newId()),
        createdAt: ctx.now,
        updatedAt: ctx.now,
      };
      if (companyId) linkToCompany(person, companyId, ctx.now);
      person.stage = row.stage !== undefined ? importedStage(row, ctx.now) : newClientStage(ctx.now);
      withoutOthers(person, index, report);
      created.set(person.id, person);
      ctx.importedIds.add(person.id);
      index.add(person);
      suggest(person.id, others, report);
      const by = guess && evidenceValue(guess.verdict.evidence);
      const why = guess
        ? importNote(
            `created as a new person although ${by} matches ${guess.person.displayName}, as chosen`,
            'row.createdAnyway',
            { value: by ?? '', name: guess.person.displayName },
          )
        : CREATED;
      return { ...report, action: 'created', personId: person.id, ...outcome(why) };
    }
    const target = guess.person;
    const by = evidenceValue(guess.verdict.evidence);
    const where = sameImport ? 'an earlier row of this import' : 'the base';
    const figures = { value: by, name: target.displayName };
    if (mode === 'skip') {
      const why = importNote(
        `${by} is already in ${where} as ${target.displayName}; skipped, as chosen`,
        sameImport ? 'row.skippedEarlier' : 'row.skippedBase',
        figures,
      );
      return { ...report, action: 'skipped', personId: target.id, ...outcome(why) };
    }
    const merged = mergeImportedRow(target, row.fields, mode === 'overwrite', ctx.now);
    withoutOthers(merged.person, index, report);
    if (companyId && linkToCompany(merged.person, companyId, ctx.now)) merged.changed.push('company');
    if (row.stage !== undefined && (target.stage === undefined || mode === 'overwrite')) {
      merged.person.stage = importedStage(row, ctx.now);
      if (merged.person.stage.stage !== target.stage?.stage) merged.changed.push('stage');
    }
    // An address dropped because someone else owns it is no change.
    const changed = merged.changed.filter((f) =>
      f === 'emails' || f === 'phones' ? merged.person[f].length !== target[f].length : true,
    );
    report.kept = merged.kept;
    suggest(target.id, others, report);
    if (changed.length === 0) {
      const why = importNote(
        `${by} is already in ${where} as ${target.displayName}; nothing new to add`,
        sameImport ? 'row.unchangedEarlier' : 'row.unchangedBase',
        figures,
      );
      return { ...report, action: 'unchanged', personId: target.id, ...outcome(why) };
    }
    merged.person.updatedAt = ctx.now;
    (created.has(target.id) ? created : updated).set(target.id, merged.person);
    index.add(merged.person);
    const why = importNote(
      `merged into ${target.displayName} (${by}): ${changed.join(', ')} updated`,
      'row.merged',
      figures,
      { fields: changed },
    );
    return { ...report, action: 'merged', personId: target.id, ...outcome(why) };
  });
  return { create: [...created.values()], update: [...updated.values()], reports, duplicates };
}
