// Merging an imported row into a person already in the base. By default nothing non-empty is replaced:
// empty fields are filled, lists united, notes appended; "overwrite" lets the file's values win.
import type { CompanyId } from '../ids';
import type { ChangedField } from '../import-reason';
import type { Birthday, Person } from '../model';
import type { PersonFields } from '../validate';

export interface MergeOutcome {
  person: Person;
  /** Fields that changed, by name. */
  changed: ChangedField[];
  /** Differences kept as they were in the base, in words a person can read. */
  kept: string[];
}

const TEXT_FIELDS = [
  'givenName',
  'familyName',
  'patronymic',
  'position',
  'department',
  'city',
  'address',
  'website',
  'manager',
] as const;

function birthdayText(b: Birthday): string {
  const dm = `${String(b.day).padStart(2, '0')}.${String(b.month).padStart(2, '0')}`;
  return b.year === undefined ? dm : `${dm}.${b.year}`;
}

function sameBirthday(a: Birthday, b: Birthday): boolean {
  return a.day === b.day && a.month === b.month && a.year === b.year;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Joins notes without repeating text that is already there (so importing twice changes nothing). */
function appendNotes(existing: string | undefined, incoming: string): string {
  if (!existing) return incoming;
  return existing.includes(incoming) ? existing : `${existing}\n\n${incoming}`;
}

/** The person after taking in an imported row; `overwrite` lets the row's non-empty values replace the base's. */
export function mergeImportedRow(
  existing: Person,
  incoming: PersonFields,
  overwrite: boolean,
  now: number,
): MergeOutcome {
  const person: Person = { ...existing };
  const changed: ChangedField[] = [];
  const kept: string[] = [];
  // A name that is only an address was made up when the person was logged from mail: a real name replaces it.
  const placeholderName =
    existing.emails.includes(existing.displayName) || existing.phones.includes(existing.displayName);
  if (incoming.displayName !== existing.displayName && !existing.emails.includes(incoming.displayName)) {
    if (placeholderName || overwrite) {
      person.displayName = incoming.displayName;
      changed.push('displayName');
    } else kept.push(`kept the name '${existing.displayName}' (the file has '${incoming.displayName}')`);
  }
  for (const key of TEXT_FIELDS) {
    const value = incoming[key];
    const before = existing[key];
    if (value === undefined || value === before) continue;
    if (before === undefined || before === '' || overwrite) {
      person[key] = value;
      changed.push(key);
    } else kept.push(`kept ${key} '${before}' (the file has '${value}')`);
  }
  if (incoming.birthday && !(existing.birthday && sameBirthday(existing.birthday, incoming.birthday))) {
    if (!existing.birthday || overwrite) {
      person.birthday = incoming.birthday;
      changed.push('birthday');
    } else {
      kept.push(
        `kept birthday ${birthdayText(existing.birthday)} (the file has ${birthdayText(incoming.birthday)})`,
      );
    }
  }
  if (incoming.notes !== undefined) {
    const notes = overwrite ? incoming.notes : appendNotes(existing.notes, incoming.notes);
    if (notes !== existing.notes) {
      person.notes = notes;
      changed.push('notes');
    }
  }
  for (const key of ['emails', 'phones', 'tags'] as const) {
    const merged = union(existing[key], incoming[key]);
    if (merged.length !== existing[key].length) {
      person[key] = merged;
      changed.push(key);
    }
  }
  const ext = { ...incoming.phoneExt, ...existing.phoneExt };
  if (Object.keys(ext).length > Object.keys(existing.phoneExt ?? {}).length) person.phoneExt = ext;
  if (changed.length > 0) person.updatedAt = now;
  return { person, changed, kept };
}

/** Adds a current link to a company unless the person already has one; returns whether it changed. */
export function linkToCompany(person: Person, companyId: CompanyId, now: number): boolean {
  if (person.companies.some((l) => l.companyId === companyId && !l.archived)) return false;
  person.companies = [...person.companies, { companyId, decisionMaker: false, archived: false, since: now }];
  return true;
}
