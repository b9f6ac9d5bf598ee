// The history window of a member's replica (issue 21: "A manager's replica holds only their own and shared
// clients, with a history window setting"): interactions older than the window stay on the server and out of
// this browser; every other record (clients, tasks, deals, documents, notes to forward) is kept whole. The pull
// asks the server for the window with a Mango selector (CouchDB's `_changes?filter=_selector`: no JavaScript
// filter, so nothing is evaluated from text), and the base applies the same rule (`inWindow`) to what a replica
// already held. Widening the window brings the older history back from the server.
import type { TeamDoc } from './documents';

/** The windows a member may pick, in months; `all` keeps the whole history (the default). */
export const HISTORY_WINDOWS = [6, 12, 24, 'all'] as const;
export type HistoryWindow = (typeof HISTORY_WINDOWS)[number];

export const isHistoryWindow = (value: unknown): value is HistoryWindow =>
  (HISTORY_WINDOWS as readonly unknown[]).includes(value);

const INTERACTION_PREFIX = 'interactions:';

/**
 * The first instant of the window: the start (UTC) of the month `months` before the month of `now`, or null for
 * the whole history. Whole months on purpose: the pull's selector, and with it PouchDB's checkpoint (its id
 * covers the selector), changes once a month, not on every sync.
 */
export function windowStart(window: HistoryWindow, now: number): number | null {
  if (window === 'all') return null;
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - window, 1);
}

/** A Mango selector (CouchDB `/db/_find` and `_changes?filter=_selector` syntax). */
export type MangoSelector = Record<string, unknown>;

/**
 * What a replica pulls inside the window: every document that is not an interaction, an interaction dated at or
 * after `start`, and every deletion and hand-over stub (a client leaving must leave this browser whatever its age).
 * "Not an interaction" is an id outside the prefix's range, `\ufff0` being the high end CouchDB's collation docs
 * use for a prefix; neither `$not` nor `$regex` within `$or` (pouchdb-server's PouchDB 7 matcher fails on both,
 * "userValue.every is not a function"), and the same rule holds under CouchDB's ICU and PouchDB's collation.
 */
export function historySelector(start: number): MangoSelector {
  return {
    $or: [
      { _id: { $lt: INTERACTION_PREFIX } },
      { _id: { $gt: `${INTERACTION_PREFIX}\ufff0` } },
      { at: { $gte: start } },
      { _deleted: true },
      { handedOverTo: { $exists: true } },
    ],
  };
}

/** The selector's rule on one document (the base applies what the window admits, whatever a replica held). */
export function inWindow(doc: TeamDoc, start: number | null): boolean {
  if (start === null || !doc._id.startsWith(INTERACTION_PREFIX)) return true;
  if (doc._deleted === true || doc.handedOverTo !== undefined) return true;
  return typeof doc.at === 'number' && doc.at >= start;
}

/** What a change of window asks of the base: re-read the replicas (wider), prune (narrower), or nothing. */
export function windowChange(
  applied: number | null | undefined,
  next: number | null,
): 'widen' | 'narrow' | 'same' {
  // Before any window was applied the base held the whole history.
  const was = applied ?? null;
  if (was === next) return 'same';
  if (next === null) return 'widen';
  return was === null || next > was ? 'narrow' : 'widen';
}
