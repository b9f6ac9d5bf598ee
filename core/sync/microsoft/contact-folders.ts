// The account's Outlook contact folders, found by a stream of its own (`graph:contact-folders`) that lists them at
// every poll: `/me/contactFolders` answers the folders under the default Contacts folder (user-list-contactfolders:
// "the contact folder collection in the default Contacts folder"), `/me/contactFolders/{id}/childFolders` the ones
// under a folder (contactfolder-list-childfolders). A finished listing makes the account's contact streams exactly
// the default folder's plus one per folder found (`graph:contacts:<folder id>`, each its own delta and deltaLink):
// a new folder starts its stream, one no longer listed ends (its contacts are marked deleted at Microsoft). Folder
// ids are stable: Microsoft's immutable-id page says container types keep their regular ids
// (https://learn.microsoft.com/graph/outlook-immutable-id, "Items that support immutable IDs"). Pure: the runner
// sends the link planned here, through the mailbox's quota and its one in-flight gate, like any delta page.
import {
  emptyOutcome,
  type PlanContext,
  type StepOutcome,
  type StreamPlanner,
  type SyncOp,
} from '../planner';
import { deltaStream, GRAPH_ROOT, initialDeltaCursor, isGraphLink } from './delta-cursor';
import { GRAPH_LIMITS } from './limits';

export const CONTACT_FOLDERS_STREAM = 'graph:contact-folders';
/** Every contact folder's stream starts so: the default folder's `graph:contacts:contacts`, others by their id. */
export const CONTACTS_STREAM_PREFIX = deltaStream('contacts', '');
/** The default Contacts folder, by the name Graph accepts for it (the folder /me/contacts reads). */
export const DEFAULT_CONTACT_FOLDER = 'contacts';

export interface ContactFolder {
  id: string;
  /** Its display name when listed (untrusted text, for the panel). */
  name: string;
  /** 1 for a folder directly under the default Contacts folder. */
  depth: number;
}

export interface ContactFoldersCursor {
  /** The link the listing under way asks next; null: no listing under way. */
  next: string | null;
  /** Depth of the folders the `next` link lists (1: under the default folder). */
  level: number;
  /** Folders found whose child folders are still to be listed, in order. */
  queue: { id: string; depth: number }[];
  /** Folders found by the listing under way. */
  found: ContactFolder[];
  /** Requests the listing under way has sent. */
  requests: number;
  /** The listing under way hit one of the bounds (it will end no stream). */
  truncated: boolean;
  /** The last finished listing. */
  folders: ContactFolder[];
  listedAt: number | null;
  rounds: number;
}

export interface ContactFoldersOp extends SyncOp {
  quota: 'graph';
  method: 'contactFolders.list';
  cost: 1;
  url: string;
}

/** One page of a folder list, already checked to be a JSON object with a `value` array. */
export interface ContactFoldersPage {
  value: unknown[];
  nextLink: string | null;
  /** The folder whose children were asked for is gone (404 ErrorItemNotFound): deleted while being listed. */
  missing?: boolean;
}

const SELECT = '$select=id,displayName,parentFolderId';

/** The first page of the folders under the default Contacts folder, or under `parent`. */
export function contactFoldersUrl(parent: string | null): string {
  const top = `$top=${GRAPH_LIMITS.contactFolders.pageTop}`;
  return parent === null
    ? `${GRAPH_ROOT}/me/contactFolders?${SELECT}&${top}`
    : `${GRAPH_ROOT}/me/contactFolders/${encodeURIComponent(parent)}/childFolders?${SELECT}&${top}`;
}

export function contactFolderStream(folder: string): string {
  return deltaStream('contacts', folder);
}

/** The folder of a contacts stream (`contacts` for the default one), or null for any other stream. */
export function contactFolderOf(stream: string): string | null {
  if (!stream.startsWith(CONTACTS_STREAM_PREFIX)) return null;
  return stream.slice(CONTACTS_STREAM_PREFIX.length) || null;
}

export function initialFoldersCursor(): ContactFoldersCursor {
  return {
    next: null,
    level: 1,
    queue: [],
    found: [],
    requests: 0,
    truncated: false,
    folders: [],
    listedAt: null,
    rounds: 0,
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** The folders of a page that have a usable id (a name is cleaned and bounded; Graph's text is untrusted). */
function parseFolders(value: readonly unknown[], depth: number): ContactFolder[] {
  return value.flatMap((raw) => {
    if (!isRecord(raw) || typeof raw.id !== 'string' || !raw.id || raw.id.length > 512) return [];
    const name = typeof raw.displayName === 'string' ? raw.displayName.replace(/\s+/gu, ' ').trim() : '';
    return [{ id: raw.id, name: name.slice(0, GRAPH_LIMITS.contactFolders.maxNameLength), depth }];
  });
}

/** The cursor after one page of the listing under way (not yet finished, or finished: `next` null). */
export function advanceListing(cursor: ContactFoldersCursor, page: ContactFoldersPage): ContactFoldersCursor {
  const { maxFolders, maxDepth, maxRequests } = GRAPH_LIMITS.contactFolders;
  const requests = cursor.requests + 1;
  // A folder met twice (a page asked again, a tree that changed while listed) counts once.
  const fresh: ContactFolder[] = [];
  const seen = new Set(cursor.found.map((f) => f.id));
  for (const f of page.missing ? [] : parseFolders(page.value, cursor.level)) {
    if (seen.has(f.id)) continue;
    seen.add(f.id);
    fresh.push(f);
  }
  const room = Math.max(0, maxFolders - cursor.found.length);
  let truncated = cursor.truncated || fresh.length > room;
  const kept = fresh.slice(0, room);
  const found = [...cursor.found, ...kept];
  const queue = [
    ...cursor.queue,
    ...kept.filter((f) => f.depth < maxDepth).map((f) => ({ id: f.id, depth: f.depth })),
  ];
  // A folder at the deepest level may have children: they are not listed (the listing says it was cut short).
  if (kept.some((f) => f.depth >= maxDepth)) truncated = true;
  let next = !page.missing && page.nextLink && isGraphLink(page.nextLink) ? page.nextLink : null;
  let level = cursor.level;
  if (next === null) {
    const parent = queue.shift();
    if (parent) {
      next = contactFoldersUrl(parent.id);
      level = parent.depth + 1;
    }
  }
  if (next !== null && (requests >= maxRequests || found.length >= maxFolders)) {
    // Out of bounds with links left: what was found counts, and nothing is ended on this listing's word.
    return { ...cursor, next: null, queue: [], found, requests, truncated: true };
  }
  return { ...cursor, next, level, queue, found, requests, truncated };
}

/** What a finished listing wants: the default folder's stream and one per folder found, each at its start. */
export function wantedStreams(folders: readonly ContactFolder[]): Record<string, unknown> {
  const want: Record<string, unknown> = {
    [contactFolderStream(DEFAULT_CONTACT_FOLDER)]: initialDeltaCursor('contacts', DEFAULT_CONTACT_FOLDER),
  };
  for (const f of folders) want[contactFolderStream(f.id)] = initialDeltaCursor('contacts', f.id, f.name);
  return want;
}

/** A cursor with no listing under way, keeping what the last finished one found. */
function freshListing(cursor: ContactFoldersCursor): ContactFoldersCursor {
  return {
    ...initialFoldersCursor(),
    folders: cursor.folders,
    listedAt: cursor.listedAt,
    rounds: cursor.rounds,
  };
}

type FoldersPlanner = StreamPlanner<ContactFoldersCursor, ContactFoldersOp, ContactFoldersPage>;

export const CONTACT_FOLDERS_PLANNER: FoldersPlanner = {
  stream: CONTACT_FOLDERS_STREAM,
  initial: initialFoldersCursor,
  next(cursor: ContactFoldersCursor, ctx: PlanContext): ContactFoldersOp | null {
    // One listing at a time, one page at a time: each link is known from the page before.
    if (ctx.inFlight.length > 0) return null;
    // A listing starts with each poll (a run opens one check per stream) and until one has finished (like a
    // delta without its first deltaLink), and resumes where it stopped.
    if (cursor.next === null && !ctx.poll && cursor.listedAt !== null) return null;
    const url = cursor.next ?? contactFoldersUrl(null);
    return {
      stream: CONTACT_FOLDERS_STREAM,
      key: `${CONTACT_FOLDERS_STREAM}|${url}`,
      quota: 'graph',
      method: 'contactFolders.list',
      cost: 1,
      url,
      ...(cursor.next === null && ctx.poll ? { check: true } : {}),
    };
  },
  lookups: () => [],
  reduce(
    cursor: ContactFoldersCursor,
    op: ContactFoldersOp,
    page: ContactFoldersPage,
    _known: ReadonlySet<string>,
    ctx: PlanContext,
  ): StepOutcome<ContactFoldersCursor> {
    // An answer to a link this cursor no longer asks (stored twice, or planned before a restart) changes nothing.
    const asked = cursor.next ?? contactFoldersUrl(null);
    if (op.url !== asked) return emptyOutcome(cursor);
    const after = advanceListing(cursor.next === null ? freshListing(cursor) : cursor, page);
    if (after.next !== null) return { ...emptyOutcome(after), advanced: true };
    const done: ContactFoldersCursor = {
      ...after,
      level: 1,
      found: [],
      requests: 0,
      folders: after.found,
      listedAt: ctx.now,
      rounds: cursor.rounds + 1,
    };
    return {
      ...emptyOutcome(done),
      streams: {
        prefix: CONTACTS_STREAM_PREFIX,
        want: wantedStreams(after.found),
        ...(after.truncated ? { keep: true } : {}),
      },
      advanced: true,
      caughtUp: true,
    };
  },
  // Nothing of a listing is kept by Graph: starting again is asking the first page again.
  restart: freshListing,
  hasWork: (cursor: ContactFoldersCursor) => cursor.next !== null || cursor.listedAt === null,
  progress: (cursor: ContactFoldersCursor) => ({
    phase: cursor.listedAt === null ? 'starting' : cursor.next !== null ? 'partial' : 'idle',
    done: 0,
    estimate: null,
    resync: false,
  }),
};
