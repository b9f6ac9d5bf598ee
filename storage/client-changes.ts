// Which clients a write touched, as Dexie's `storagemutated` event tells it: primary keys per table, or "all" when
// the write named a range (Dexie names no keys past 49 rows, and a clear or range delete names none).
import { RangeSet, type IntervalTree, type ObservabilitySet } from 'dexie';

/** What changed since the last flush: primary keys per table, or "everything" after a range delete or clear. */
export interface ClientChanges {
  people: Set<string> | 'all';
  companies: Set<string> | 'all';
  /** Logged last-contact dates (the `lastContact` table), by client id. */
  contacts: Set<string> | 'all';
  tasks: boolean;
}

/** Whether a change names any key (or all of them). */
export const named = (keys: Set<string> | 'all'): boolean => keys === 'all' || keys.size > 0;

export const noChanges = (): ClientChanges => ({
  people: new Set(),
  companies: new Set(),
  contacts: new Set(),
  tasks: false,
});

/** Whether anything but tasks is waiting to be read. */
export const rowsChanged = (c: ClientChanges): boolean =>
  named(c.people) || named(c.companies) || named(c.contacts);

/** The primary keys an interval tree names, or 'all' when it holds a real range. */
function keysOf(tree: IntervalTree | undefined, into: Set<string> | 'all'): Set<string> | 'all' {
  if (tree === undefined || into === 'all') return into;
  for (const node of RangeSet(tree) as unknown as Iterable<{ from: unknown; to: unknown }>) {
    if (typeof node.from !== 'string' || node.from !== node.to) return 'all';
    into.add(node.from);
  }
  return into;
}

/**
 * Adds what one `storagemutated` event says about database `prefix` (`idb://<name>/`) to `into`; false when it
 * touched none of the tables a list row is made of (the snapshot's own parts in `meta`, interactions, deals).
 */
export function noteChanges(parts: ObservabilitySet, prefix: string, into: ClientChanges): boolean {
  const [people, companies, contacts, tasks] = ['people/', 'companies/', 'lastContact/', 'tasks/'].map(
    (table) => parts[`${prefix}${table}`],
  );
  if (!people && !companies && !contacts && !tasks) return false;
  into.people = keysOf(people, into.people);
  into.companies = keysOf(companies, into.companies);
  into.contacts = keysOf(contacts, into.contacts);
  into.tasks ||= tasks !== undefined;
  return true;
}
