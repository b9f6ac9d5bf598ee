// The Graph streams as the shared sync framework's planners: one per mail folder (Inbox, Sent Items) over the
// delta cursor. Each planner is pure; the runner, the store and the panel are the ones every provider uses.
import {
  emptyOutcome,
  type AnyStreamPlanner,
  type PlanContext,
  type StepOutcome,
  type StreamPlanner,
  type StreamProgress,
  type SyncOptions,
} from '../planner';
import {
  deltaAhead,
  deltaHasWork,
  followsFrom,
  deltaStream,
  initialDeltaCursor,
  nextDeltaOp,
  restartDelta,
  type DeltaCursor,
  type DeltaOp,
  type DeltaPage,
} from './delta-cursor';
import { passOf } from '../contact';
import {
  CONTACT_FOLDERS_PLANNER,
  CONTACT_FOLDERS_STREAM,
  contactFolderOf,
  DEFAULT_CONTACT_FOLDER,
  initialFoldersCursor,
} from './contact-folders';
import { reduceContactsPage } from './contacts-plan';
import { folderPageIds, reduceFolderPage } from './folder-plan';
import { GRAPH_LIMITS } from './limits';

/** The quota every Graph request spends: the mailbox's 10,000 requests per 10 minutes. */
export const GRAPH_QUOTA = 'graph';

function progressOf(c: DeltaCursor): StreamProgress {
  if (c.gone) return { phase: 'idle', done: c.done, estimate: null, resync: false };
  const phase =
    c.rounds === 0 && c.next === null && c.delta === null && !c.resync
      ? 'starting'
      : c.rounds === 0 || c.resync
        ? 'full'
        : c.next !== null
          ? 'partial'
          : 'idle';
  return { phase, done: c.done, estimate: null, resync: c.resync };
}

type GraphPlanner = StreamPlanner<DeltaCursor, DeltaOp, DeltaPage>;

/** The planner of one mail folder's delta (`name`: a picked folder's display name, kept in its cursor). */
export function folderPlanner(folder: string, name?: string): GraphPlanner {
  return {
    stream: deltaStream('messages', folder),
    initial: () => initialDeltaCursor('messages', folder, name),
    next: (cursor: DeltaCursor, ctx: PlanContext) => nextDeltaOp(cursor, ctx.poll, ctx.inFlight.length),
    lookups: (_op: DeltaOp, page: DeltaPage) => folderPageIds(page),
    ahead: deltaAhead,
    reduce(
      cursor: DeltaCursor,
      op: DeltaOp,
      page: DeltaPage,
      known: ReadonlySet<string>,
      ctx: PlanContext,
    ): StepOutcome<DeltaCursor> {
      // A page planned ahead of a page that was not stored, or before a restart: its items come again.
      if (!followsFrom(cursor, op)) return emptyOutcome(cursor);
      // The folder was deleted in Outlook: its stream rests (what it synced stays); the picker offers to drop it.
      if (page.folderGone) return { ...emptyOutcome({ ...cursor, next: null, gone: true }), advanced: true };
      const out = reduceFolderPage(cursor, page, known, ctx.options.backfillFrom);
      return {
        cursor: out.cursor,
        messages: out.messages,
        contacts: [],
        seen: out.seen,
        advanced: true,
        caughtUp: out.caughtUp,
      };
    },
    restart: (cursor: DeltaCursor, _options: SyncOptions) => restartDelta(cursor),
    hasWork: deltaHasWork,
    progress: progressOf,
  };
}

/** Inbox and Sent Items, always. */
export const GRAPH_FOLDER_PLANNERS = GRAPH_LIMITS.defaultFolders.map((f) => folderPlanner(f));

/** Every mail folder's stream is named `graph:folder:<well-known name or folder id>`. */
export const FOLDER_STREAM_PREFIX = deltaStream('messages', '');

/** The folder id of a stream the user picked (`graph:folder:<immutable id>`), or null for any other stream. */
export function pickedFolderOf(stream: string): string | null {
  if (!stream.startsWith(FOLDER_STREAM_PREFIX)) return null;
  const folder = stream.slice(FOLDER_STREAM_PREFIX.length);
  return folder && !GRAPH_LIMITS.defaultFolders.includes(folder) ? folder : null;
}

/**
 * One contact folder's delta (the default folder's, `contacts`, or a folder found by the listing, by its id; `name`:
 * its display name when found). Contacts are merged by the store through the identity rules (an email, or a phone
 * with a name that agrees); merging is idempotent, so nothing needs looking up before a page is reduced.
 */
export function contactsPlanner(folder = DEFAULT_CONTACT_FOLDER, name?: string): GraphPlanner {
  return {
    stream: deltaStream('contacts', folder),
    initial: () => initialDeltaCursor('contacts', folder, name),
    next: (cursor: DeltaCursor, ctx: PlanContext) => nextDeltaOp(cursor, ctx.poll, ctx.inFlight.length),
    lookups: () => [],
    ahead: deltaAhead,
    reduce(
      cursor: DeltaCursor,
      op: DeltaOp,
      page: DeltaPage,
      _known: ReadonlySet<string>,
      ctx: PlanContext,
    ): StepOutcome<DeltaCursor> {
      if (!followsFrom(cursor, op)) return emptyOutcome(cursor);
      if (page.folderGone) {
        // The folder is gone at Microsoft (404 ErrorItemNotFound): its stream rests, and the contacts it held are
        // swept as deleted there (the sweep spares a person another listed contact stands for, and a contact
        // moved to another folder: its item belongs to that folder's stream by then).
        const ended = passOf(cursor, true, ctx.now) ?? { pass: `gone@${ctx.now}`, passes: 0 };
        return {
          ...emptyOutcome({ ...cursor, ...ended, next: null, gone: true }),
          pass: { id: ended.pass, sweep: true },
          advanced: true,
        };
      }
      const out = reduceContactsPage(cursor, page);
      // A full round stamps what it lists; one run again after Graph forgot the folder's state sweeps, when it
      // ends, the contacts it did not list (a round lists live contacts only: removals meanwhile are never sent).
      const full = cursor.rounds === 0 || cursor.resync;
      const pass = full ? passOf(cursor, cursor.next === null, ctx.now) : null;
      return {
        cursor: pass ? { ...out.cursor, ...pass } : out.cursor,
        messages: [],
        contacts: out.contacts,
        ...(pass ? { pass: { id: pass.pass, sweep: out.caughtUp && cursor.resync } } : {}),
        seen: out.unreadable.map((item) => ({ item: `contact:${item}`, reason: 'unreadable' as const })),
        // An account connected before contact folders were listed gains the listing at its next check (`keep`:
        // a stream only added when missing, nothing ended).
        ...(out.caughtUp && folder === DEFAULT_CONTACT_FOLDER ? { streams: LISTING_STREAM } : {}),
        advanced: true,
        caughtUp: out.caughtUp,
      };
    },
    restart: (cursor: DeltaCursor, _options: SyncOptions) => restartDelta(cursor),
    hasWork: deltaHasWork,
    progress: progressOf,
  };
}

const LISTING_STREAM = {
  prefix: CONTACT_FOLDERS_STREAM,
  want: { [CONTACT_FOLDERS_STREAM]: initialFoldersCursor() },
  keep: true,
};

export const GRAPH_CONTACTS_PLANNER = contactsPlanner();

/** The fixed Graph streams: Inbox, Sent Items, the default contact folder, then the contact folders' listing. */
export const GRAPH_PLANNERS = [...GRAPH_FOLDER_PLANNERS, GRAPH_CONTACTS_PLANNER, CONTACT_FOLDERS_PLANNER];

/** One planner per picked folder, made once (a planner is pure: the same folder always plans the same way). */
const pickedPlanners = new Map<string, GraphPlanner>();
/** One planner per contact folder found, made once, like the picked folders'. */
const contactPlanners = new Map<string, GraphPlanner>();

/**
 * Every Graph stream an account's row holds: Inbox, Sent Items, the folders the user picked (each its own delta,
 * keyed by the folder's immutable id, in id order), the default contact folder, every other contact folder the
 * listing found (by id order), then the listing itself. The runner and the panel both ask here, so a folder is
 * synced and shown alike; a folder no longer picked (or listed) has no stream, so nothing runs for it.
 */
export function graphPlannersFor(streams: Readonly<Record<string, unknown>>): AnyStreamPlanner[] {
  const resting = (stream: string) => {
    const state = streams[stream] as { cursor?: Partial<DeltaCursor> } | undefined;
    return state?.cursor?.gone === true;
  };
  const picked = Object.keys(streams)
    .map(pickedFolderOf)
    .filter((f): f is string => f !== null)
    .sort();
  const extra = picked.map((folder) => {
    let planner = pickedPlanners.get(folder);
    if (!planner) pickedPlanners.set(folder, (planner = folderPlanner(folder)));
    return planner;
  });
  const contactFolders = Object.keys(streams)
    .map(contactFolderOf)
    .filter((f): f is string => f !== null && f !== DEFAULT_CONTACT_FOLDER)
    .sort()
    .map((folder) => {
      let planner = contactPlanners.get(folder);
      if (!planner) contactPlanners.set(folder, (planner = contactsPlanner(folder)));
      return planner;
    });
  // A folder deleted in Outlook rests: nothing to run, and nothing the panel waits for.
  return [
    ...GRAPH_FOLDER_PLANNERS,
    ...extra.filter((p) => !resting(p.stream)),
    GRAPH_CONTACTS_PLANNER,
    ...contactFolders.filter((p) => !resting(p.stream)),
    CONTACT_FOLDERS_PLANNER,
  ];
}
