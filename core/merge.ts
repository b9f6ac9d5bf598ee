// Merging two records of one person (or company) into one: nothing the user entered is lost.
import { unionHandles } from './handles';
import type { CompanyLink, Company, Person } from './model';

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

function joinNotes(a: string | undefined, b: string | undefined): string | undefined {
  if (!a) return b;
  if (!b || a.includes(b)) return a;
  return `${a}\n\n${b}`;
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.max(a, b);
}

function mergeLinks(keep: readonly CompanyLink[], drop: readonly CompanyLink[]): CompanyLink[] {
  const out = [...keep];
  for (const link of drop) {
    const same = out.findIndex((l) => l.companyId === link.companyId && l.archived === link.archived);
    if (same < 0) out.push(link);
    else {
      const cur = out[same];
      if (cur) out[same] = { ...link, ...cur, decisionMaker: cur.decisionMaker || link.decisionMaker };
    }
  }
  return out;
}

/** Fills keep's missing optional fields from drop; keep's values win where both are set. */
function fill<T extends object>(keep: T, drop: T): T {
  const out: T = { ...keep };
  for (const key of Object.keys(drop) as (keyof T)[]) {
    if (out[key] === undefined && drop[key] !== undefined) out[key] = drop[key];
  }
  return out;
}

/** The person `keep` becomes after absorbing `drop`: addresses, phones, tags, links and notes united. */
export function mergePersonRecords(keep: Person, drop: Person, now: number): Person {
  const merged = fill(keep, drop);
  merged.emails = union(keep.emails, drop.emails);
  merged.phones = union(keep.phones, drop.phones);
  // Both records' messenger accounts: the merged person is reached on all of them.
  const handles = unionHandles(keep.handles, drop.handles);
  if (handles.length > 0) merged.handles = handles;
  merged.tags = union(keep.tags, drop.tags);
  merged.companies = mergeLinks(keep.companies, drop.companies);
  merged.custom = { ...drop.custom, ...keep.custom };
  const notes = joinNotes(keep.notes, drop.notes);
  if (notes !== undefined) merged.notes = notes;
  const preferences = joinNotes(keep.preferences, drop.preferences);
  if (preferences !== undefined) merged.preferences = preferences;
  const last = maxDefined(keep.lastContactAt, drop.lastContactAt);
  if (last !== undefined) merged.lastContactAt = last;
  delete merged.mergedInto;
  merged.createdAt = Math.min(keep.createdAt, drop.createdAt);
  merged.updatedAt = now;
  return merged;
}

/** The company `keep` becomes after absorbing `drop`: ids, accounts, addresses, domains united. */
export function mergeCompanyRecords(keep: Company, drop: Company, now: number): Company {
  const merged = fill(keep, drop);
  const idKey = (r: { kind: string; value: string }) => `${r.kind}:${r.value}`;
  merged.registrationIds = [
    ...new Map([...drop.registrationIds, ...keep.registrationIds].map((r) => [idKey(r), r])).values(),
  ];
  merged.bankAccounts = [
    ...new Map([...drop.bankAccounts, ...keep.bankAccounts].map((b) => [b.iban, b])).values(),
  ];
  merged.addresses = [
    ...keep.addresses,
    ...drop.addresses.filter((a) => !keep.addresses.some((k) => JSON.stringify(k) === JSON.stringify(a))),
  ];
  merged.domains = union(keep.domains, drop.domains);
  merged.tags = union(keep.tags, drop.tags);
  merged.custom = { ...drop.custom, ...keep.custom };
  const notes = joinNotes(keep.notes, drop.notes);
  if (notes !== undefined) merged.notes = notes;
  const last = maxDefined(keep.lastContactAt, drop.lastContactAt);
  if (last !== undefined) merged.lastContactAt = last;
  delete merged.mergedInto;
  merged.createdAt = Math.min(keep.createdAt, drop.createdAt);
  merged.updatedAt = now;
  return merged;
}

/** Replaces `from` with `to` in a list of ids, without duplicates. */
export function repoint<T extends string>(ids: readonly T[], from: T, to: T): T[] {
  return ids.includes(from) ? [...new Set(ids.map((x) => (x === from ? to : x)))] : [...ids];
}
