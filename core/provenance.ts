// Where each contact field of a person came from, and the rule a provider sync follows with it (issue 18, the
// lead's decision). The stamps live in `Person.fieldMeta` (FieldStamp: when, and 'user' | 'import' | the account
// id `google:<address>` / `microsoft:<address>`), the same per-field stamps the firm's field-by-field merge reads.
// A synced value fills an empty field and records its account; a later change at the provider replaces a field
// only while that same account is its source; a field the user set is never replaced; emails and phones are
// united, never replaced, and a value leaves only when the contact that brought it dropped it (`removedValues`).
// Pure: `now` is a parameter.
import type { CompanyId } from './ids';
import type { Birthday, CompanyLink, FieldMeta, FieldStamp, Person } from './model';

export const USER_SOURCE = 'user';
export const IMPORT_SOURCE = 'import';

/** The single-valued contact fields a sync may fill (and, while it is their source, update). */
export const SYNCED_TEXT_FIELDS = [
  'displayName',
  'givenName',
  'familyName',
  'patronymic',
  'position',
  'department',
  'city',
  'address',
  'website',
] as const;

/** Every contact field that carries a stamp: the text fields, the birthday, the lists and the company link. */
export const PROVENANCE_FIELDS = [
  ...SYNCED_TEXT_FIELDS,
  'birthday',
  'emails',
  'phones',
  'companies',
] as const;
export type ProvenanceField = (typeof PROVENANCE_FIELDS)[number];

/** What a contact brings, already validated and normalised (emails lower-cased, phones E.164). */
export type SyncedFields = Partial<Pick<Person, (typeof SYNCED_TEXT_FIELDS)[number] | 'birthday'>> &
  Pick<Person, 'emails' | 'phones'>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The time a new stamp gets: now, but always after the stamp it replaces. A clock behind the one that stamped the
 * old value (devices differ, clocks are set back) would otherwise date the change before what it replaced, and
 * the firm's field-by-field merge (core/team/merge.ts) would keep the old value and note nothing.
 */
const stampTime = (prev: FieldStamp | undefined, now: number): number =>
  prev === undefined ? now : Math.max(now, prev.at + 1);

const empty = (v: unknown): boolean => v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * The stamps after a write by `source` (the user's edit, an import): every contact field whose value changed gets
 * `{ at: now, source }`; the others keep the stamp they had (none, for fields never stamped).
 */
export function stampWrite(
  prev: Person | undefined,
  next: Person,
  source: string,
  now: number,
): FieldMeta | undefined {
  const meta: FieldMeta = { ...prev?.fieldMeta, ...next.fieldMeta };
  for (const field of PROVENANCE_FIELDS) {
    const before = prev?.[field];
    const after = next[field];
    if (same(before, after) || (prev === undefined && empty(after))) continue;
    meta[field] = { at: stampTime(prev?.fieldMeta?.[field], now), source };
  }
  return Object.keys(meta).length > 0 ? meta : undefined;
}

/** `next` with its stamps after a write by `source` (see `stampWrite`). */
export function stamped<P extends Person>(prev: Person | undefined, next: P, source: string, now: number): P {
  const meta = stampWrite(prev, next, source, now);
  return meta ? { ...next, fieldMeta: meta } : next;
}

/** A name made up from an address or a number when the person was logged from mail: a real name replaces it. */
function placeholderName(person: Person): boolean {
  return person.emails.includes(person.displayName) || person.phones.includes(person.displayName);
}

export interface SyncMerge {
  person: Person;
  /** Fields whose value changed. */
  changed: ProvenanceField[];
  /** Whether the person must be written (a value changed, or a "deleted" mark was cleared). */
  dirty: boolean;
}

/**
 * A provider contact's fields applied to a person by the provenance rule; `source` is the account id.
 * The person also loses this account's "deleted" mark: the contact exists there (again). With `clears` (the
 * contact is the one this person was synced from, read whole with its list's field mask), a field the contact no
 * longer has is cleared too when this account set it (never a name, never a value the user or another source set).
 */
export function mergeSynced(
  person: Person,
  fields: SyncedFields,
  source: string,
  now: number,
  o: { clears?: boolean } = {},
): SyncMerge {
  let next: Person = { ...person };
  const meta: FieldMeta = { ...person.fieldMeta };
  const changed: ProvenanceField[] = [];
  const cleared = new Set<string>();
  const take = (field: ProvenanceField, assign: () => void) => {
    assign();
    meta[field] = { at: stampTime(meta[field], now), source };
    changed.push(field);
  };
  for (const field of SYNCED_TEXT_FIELDS) {
    const value = fields[field];
    const before = person[field];
    if (value === undefined || value === '') {
      if (o.clears && field !== 'displayName' && !empty(before) && meta[field]?.source === source)
        take(field, () => cleared.add(field));
      continue;
    }
    if (value === before) continue;
    const vacant =
      empty(before) || (field === 'displayName' && placeholderName(person) && !person.emails.includes(value));
    if (vacant || meta[field]?.source === source)
      take(field, () => {
        next[field] = value;
      });
  }
  const birthday: Birthday | undefined = fields.birthday;
  if (birthday && !same(birthday, person.birthday) && (!person.birthday || meta.birthday?.source === source))
    take('birthday', () => {
      next.birthday = birthday;
    });
  else if (!birthday && o.clears && person.birthday && meta.birthday?.source === source)
    take('birthday', () => {
      delete next.birthday;
    });
  for (const field of ['emails', 'phones'] as const) {
    const united = [...new Set([...person[field], ...fields[field]])];
    if (united.length === person[field].length) continue;
    next[field] = united;
    changed.push(field);
    // A list keeps the source of its first values: adding one never takes the list from the user.
    if (person[field].length === 0) meta[field] = { at: stampTime(meta[field], now), source };
  }
  const unmark = person.deletedAtSource?.[source] !== undefined;
  if (person.deletedAtSource && unmark) {
    const { [source]: _gone, ...rest } = person.deletedAtSource;
    if (Object.keys(rest).length > 0) next.deletedAtSource = rest;
    else delete next.deletedAtSource;
  }
  if (cleared.size > 0)
    next = Object.fromEntries(Object.entries(next).filter(([key]) => !cleared.has(key))) as Person;
  if (Object.keys(meta).length > 0) next.fieldMeta = meta;
  if (changed.length > 0) next.updatedAt = now;
  return { person: next, changed, dirty: changed.length > 0 || unmark };
}

/**
 * What a contact's company at the provider does to the person's company link, by the rule of the fields above: the
 * link follows the contact only while this account is its source (it set the link and nobody changed it since) or
 * while nobody ever set one (an empty field is filled), and only when the contact's company changed since the
 * account last read it. `before`/`after`: the company's name key then and now ('' for none); `before` undefined
 * (the item was stored before companies were kept): nothing is known to have changed, nothing moves. Never on a
 * first match (the caller asks only for a contact already linked to this person).
 */
export function companyFollow(
  person: Pick<Person, 'companies' | 'fieldMeta'>,
  source: string,
  before: string | undefined,
  after: string,
): 'keep' | 'clear' | 'link' {
  if (before === undefined || before === after) return 'keep';
  const current = person.companies.some((l) => !l.archived);
  const stamp = person.fieldMeta?.companies?.source;
  if (stamp !== source && (stamp !== undefined || current)) return 'keep';
  if (after === '') return current ? 'clear' : 'keep';
  return 'link';
}

/**
 * The person's current company links archived (`until` now: the history stays, as when the user marks that someone
 * left) and, with `target`, a current link to that company; the link stamped by `source`. Null: nothing changes.
 */
export function followCompany(
  person: Person,
  target: CompanyId | null,
  source: string,
  now: number,
): Person | null {
  let changed = false;
  const companies: CompanyLink[] = person.companies.map((l) => {
    if (l.archived || l.companyId === target) return l;
    changed = true;
    return { ...l, archived: true, until: now };
  });
  if (target !== null && !companies.some((l) => l.companyId === target && !l.archived)) {
    companies.push({ companyId: target, decisionMaker: false, archived: false, since: now });
    changed = true;
  }
  if (!changed) return null;
  const stamp = { at: stampTime(person.fieldMeta?.companies, now), source };
  return { ...person, companies, fieldMeta: { ...person.fieldMeta, companies: stamp }, updatedAt: now };
}

/**
 * The emails or phones a contact had when the account last read it (`before`; undefined: not kept then, so nothing
 * is known to be removed) and no longer has (`after`), that leave the person: only while the account is the list's
 * source (its values came first from it and nobody edited the list since: an edit stamps the list as the user's or
 * the import's) and no other contact lists the value (`elsewhere`: another account's contact adds its values by
 * union without taking the list's stamp). A list carries one stamp, not one per value: any edit of the list keeps
 * every value of it from leaving.
 */
export function removedValues(
  person: Pick<Person, 'emails' | 'phones' | 'fieldMeta'>,
  field: 'emails' | 'phones',
  source: string,
  before: readonly string[] | undefined,
  after: readonly string[],
  elsewhere: ReadonlySet<string>,
): string[] {
  if (!before || person.fieldMeta?.[field]?.source !== source) return [];
  return before.filter((v) => !after.includes(v) && !elsewhere.has(v) && person[field].includes(v));
}

/** The person without these values of the list, stamped again by `source` (null: none of them was there). */
export function dropValues(
  person: Person,
  field: 'emails' | 'phones',
  values: readonly string[],
  source: string,
  now: number,
): Person | null {
  const kept = person[field].filter((v) => !values.includes(v));
  if (kept.length === person[field].length) return null;
  const stamp = { at: stampTime(person.fieldMeta?.[field], now), source };
  return { ...person, [field]: kept, fieldMeta: { ...person.fieldMeta, [field]: stamp }, updatedAt: now };
}

/** The person marked as deleted at the account `source` (the person stays in the base). */
export function markDeleted(person: Person, source: string, now: number): Person {
  if (person.deletedAtSource?.[source] !== undefined) return person;
  return { ...person, deletedAtSource: { ...person.deletedAtSource, [source]: now } };
}

/** Who set a field, for the card: the user, an import, an account (provider and address), or nobody known. */
export type FieldOrigin =
  | { kind: 'user' | 'import'; at: number }
  | { kind: 'google' | 'microsoft'; account: string; at: number }
  | { kind: 'other'; source: string; at: number };

export function fieldOrigin(person: Pick<Person, 'fieldMeta'>, field: ProvenanceField): FieldOrigin | null {
  const stamp = person.fieldMeta?.[field];
  if (!stamp) return null;
  if (stamp.source === USER_SOURCE) return { kind: 'user', at: stamp.at };
  if (stamp.source === IMPORT_SOURCE) return { kind: 'import', at: stamp.at };
  const m = /^(google|microsoft):(.+)$/u.exec(stamp.source);
  if (m?.[1] === 'google' || m?.[1] === 'microsoft') return { kind: m[1], account: m[2] ?? '', at: stamp.at };
  return { kind: 'other', source: stamp.source, at: stamp.at };
}
