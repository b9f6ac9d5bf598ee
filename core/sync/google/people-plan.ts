// Google contacts as two streams (People API `people.connections.list` for "My contacts" and `otherContacts.list`
// for the people Gmail remembers), each a pure state machine over one list call as Google's sync-token guide has
// it: a full pass pages through everything with requestSyncToken=true and ends with a nextSyncToken; every later
// check asks only for changes since that token (deleted people come back with metadata.deleted). A page or sync
// token must be sent with the same other parameters as the call that produced it, so the field mask is fixed per
// stream. 400 EXPIRED_SYNC_TOKEN (7 days, or Google's choice) is a lost cursor: the runner calls `restart`, and
// the full pass runs again. A page token comes from the previous page, so pages are asked for one after another;
// the next one leaves while the page before it is stored (`ahead`: the runner's pipelining, as for a Graph delta),
// and pages are stored in the order they came, each moving the cursor in its own transaction.
import { SYNC_LIMITS } from '../limits';
import { contactItem, passOf, type PassMarks, type SyncContact } from '../contact';
import {
  emptyOutcome,
  type PlanContext,
  type StepOutcome,
  type StreamPlanner,
  type StreamProgress,
  type SyncOp,
} from '../planner';

/** The quota the People API calls spend (its own, beside Gmail's). */
export const PEOPLE_QUOTA = 'people';

export type PeopleKind = 'connections' | 'otherContacts';

export const PEOPLE_STREAMS: Record<PeopleKind, string> = {
  connections: 'contacts',
  otherContacts: 'otherContacts',
};

const METHODS: Record<PeopleKind, keyof typeof SYNC_LIMITS.people.costs> = {
  connections: 'people.connections.list',
  otherContacts: 'otherContacts.list',
};

export interface PeopleCursor extends PassMarks {
  /** full: the first pass (or a resync) is paging; partial: checks ask for changes since `syncToken`. */
  phase: 'full' | 'partial';
  /** This full pass runs because Google forgot our sync token. */
  resync: boolean;
  /** The next page of the pass in progress; null when the next call starts a pass (or a check). */
  pageToken: string | null;
  /** The token of the last finished pass; the check in progress pages with it too. */
  syncToken: string | null;
  /** People settled since the pass started. */
  done: number;
  /** Google's total for the pass (first page); null until known. */
  estimate: number | null;
}

export type PeopleOp = SyncOp & {
  kind: PeopleKind;
  pageToken: string | null;
  /** Changes since this token; null: everything. */
  syncToken: string | null;
};

/** One checked page: the people on it as contacts, and where the pass goes next. */
export interface PeoplePage {
  contacts: SyncContact[];
  nextPageToken: string | null;
  nextSyncToken: string | null;
  /** totalPeople / totalItems (connections) or totalSize (otherContacts); null when absent. */
  total: number | null;
}

/** The op was planned from this cursor: its page, and its pass or check. */
const follows = (cursor: PeopleCursor, sent: PeopleOp): boolean =>
  sent.pageToken === cursor.pageToken &&
  sent.syncToken === (cursor.phase === 'full' ? null : cursor.syncToken);

export function peoplePlanner(kind: PeopleKind): StreamPlanner<PeopleCursor, PeopleOp, PeoplePage> {
  const stream = PEOPLE_STREAMS[kind];
  const method = METHODS[kind];
  const op = (cursor: PeopleCursor, syncToken: string | null, check: boolean): PeopleOp => ({
    stream,
    key: `${stream}:${syncToken ?? 'all'}:${cursor.pageToken ?? 'first'}`,
    quota: PEOPLE_QUOTA,
    method,
    cost: SYNC_LIMITS.people.costs[method],
    ...(check ? { check: true } : {}),
    kind,
    pageToken: cursor.pageToken,
    syncToken,
  });
  return {
    stream,
    initial: (): PeopleCursor => ({
      phase: 'full',
      resync: false,
      pageToken: null,
      syncToken: null,
      done: 0,
      estimate: null,
    }),
    next(cursor: PeopleCursor, ctx: PlanContext): PeopleOp | null {
      if (ctx.inFlight.length > 0) return null;
      if (cursor.phase === 'full') return op(cursor, null, false);
      // A check in progress continues whether or not a new one is due; a new one starts only when asked.
      if (cursor.pageToken !== null) return op(cursor, cursor.syncToken, false);
      return ctx.poll ? op(cursor, cursor.syncToken, true) : null;
    },
    // The contacts already tied to a person: a check counts the new ones and those deleted, not the changed.
    lookups: (_op, page) => page.contacts.map((c) => contactItem(c.item)),
    // Where the page leaves the pass, for planning only: the next page (or, after the last, the check's token).
    // What it settles (`done`, the pass's stamp) is written by `reduce` when the page is stored.
    ahead(cursor, sent, page): PeopleCursor | null {
      if (!follows(cursor, sent)) return null;
      if (page.nextPageToken !== null) return { ...cursor, pageToken: page.nextPageToken };
      return { ...cursor, phase: 'partial', resync: false, pageToken: null, syncToken: page.nextSyncToken };
    },
    reduce(cursor, sent, page, known, ctx): StepOutcome<PeopleCursor> {
      // An answer that does not follow from the stored cursor (planned ahead of a page that was not stored, or
      // before a restart): its contacts come again from the cursor's own page.
      if (!follows(cursor, sent)) return emptyOutcome(cursor);
      const first = sent.pageToken === null;
      const isKnown = (c: SyncContact) => known.has(contactItem(c.item));
      // A full pass counts what it lists; a check adds the contacts new to the base and takes the deleted away.
      const done =
        cursor.phase === 'full'
          ? (first ? 0 : cursor.done) + page.contacts.length
          : cursor.done +
            page.contacts.filter((c) => !c.deleted && !isKnown(c)).length -
            page.contacts.filter((c) => c.deleted && isKnown(c)).length;
      const next: PeopleCursor = {
        ...cursor,
        done: Math.max(0, done),
        estimate: first && cursor.phase === 'full' ? page.total : cursor.estimate,
        pageToken: page.nextPageToken,
      };
      const last = page.nextPageToken === null;
      // A full pass stamps what it lists; one run again after an expired token sweeps, on its last page, the
      // contacts it did not list: deleted while Google forgot the token, they are never reported otherwise.
      const pass = cursor.phase === 'full' ? passOf(cursor, first, ctx.now) : null;
      if (pass) Object.assign(next, pass);
      const sweep = Boolean(pass && last && cursor.resync);
      if (last) {
        next.phase = 'partial';
        next.resync = false;
        // Google always answers requestSyncToken on the last page; without one, the next check lists everything.
        next.syncToken = page.nextSyncToken;
      }
      return {
        cursor: next,
        messages: [],
        contacts: page.contacts,
        ...(pass ? { pass: { id: pass.pass, sweep } } : {}),
        seen: [],
        advanced: true,
        caughtUp: last,
      };
    },
    restart: (cursor): PeopleCursor => ({
      ...cursor,
      phase: 'full',
      resync: true,
      pageToken: null,
      syncToken: null,
      done: 0,
      estimate: null,
    }),
    hasWork: (cursor) => cursor.phase === 'full' || cursor.pageToken !== null,
    progress: (cursor): StreamProgress => ({
      phase: cursor.phase === 'full' ? 'full' : cursor.pageToken !== null ? 'partial' : 'idle',
      done: cursor.done,
      estimate: cursor.phase === 'full' ? cursor.estimate : null,
      resync: cursor.resync,
    }),
  };
}

/** The contacts planners: "My contacts" (connections) and "Other contacts" (people Gmail remembers). */
export const PEOPLE_PLANNERS = [peoplePlanner('connections'), peoplePlanner('otherContacts')] as const;
