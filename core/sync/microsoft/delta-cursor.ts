// The cursor of one Graph delta (a mail folder's messages, a contact folder's contacts): which link to follow,
// which page size to ask for, and how to start again when Graph forgets the state. Pure; the executor sends the
// URL planned here, and the store writes the cursor a page returns in the transaction that stores the page, so a
// worker stopped between pages asks for the same page again (state tokens are immutable: the same page, whose
// items are then already known).
import type { PassMarks } from '../contact';
import { GRAPH_LIMITS } from './limits';

export type DeltaCollection = 'messages' | 'contacts';

/** `PassMarks`: kept by a contacts folder's rounds (core/sync/contact.ts), for the sweep after a restart. */
export interface DeltaCursor extends PassMarks {
  collection: DeltaCollection;
  /** A well-known name (inbox, sentitems, contacts) or a folder id. */
  folder: string;
  /** The @odata.nextLink to follow: a round is under way. */
  next: string | null;
  /** The @odata.deltaLink of the last finished round: where the next check starts. */
  delta: string | null;
  /** Index into GRAPH_LIMITS.pageSizes of the page size asked for. */
  pageSizeIndex: number;
  /** True once the service applied a page size (it stays as it is). */
  pageSizeSettled: boolean;
  /** Items settled in the current full round (or resync), for progress. */
  done: number;
  /** True while a full round runs again because Graph forgot the folder's state. */
  resync: boolean;
  /** Full rounds finished; 0 until the first deltaLink. */
  rounds: number;
  /** A folder the user picked: its display name when picked (untrusted text), for the picker to show it. */
  name?: string;
  /** Graph no longer has the folder (404 ErrorItemNotFound: deleted in Outlook): nothing more is asked for it. */
  gone?: boolean;
}

export interface DeltaOp {
  stream: string;
  key: string;
  quota: 'graph';
  method: 'messages.delta' | 'contacts.delta';
  cost: 1;
  url: string;
  /** The Prefer: odata.maxpagesize to send. */
  pageSize: number;
  /** This op asks the deltaLink: a check for new items. */
  check?: boolean;
}

/** What the executor hands back for one page (already checked to be a JSON object with a `value` array). */
export interface DeltaPage {
  value: unknown[];
  nextLink: string | null;
  deltaLink: string | null;
  /** The service answered Preference-Applied: odata.maxpagesize=… */
  pageSizeApplied: boolean;
  /** Not a page: the folder no longer exists (a picked folder deleted in Outlook). */
  folderGone?: boolean;
}

export const GRAPH_ROOT = 'https://graph.microsoft.com/v1.0';

export const deltaStream = (collection: DeltaCollection, folder: string): string =>
  `graph:${collection === 'messages' ? 'folder' : 'contacts'}:${folder}`;

/** A link Graph gave us is followed only when it points back at Graph over HTTPS. */
export function isGraphLink(url: string): boolean {
  return url.startsWith(`${GRAPH_ROOT}/`);
}

export function initialDeltaCursor(collection: DeltaCollection, folder: string, name?: string): DeltaCursor {
  return {
    ...(name === undefined ? {} : { name }),
    collection,
    folder,
    next: null,
    delta: null,
    pageSizeIndex: 0,
    pageSizeSettled: false,
    done: 0,
    resync: false,
    rounds: 0,
  };
}

/** The first request of a full round: its $select is carried by every later link of the folder. */
export function firstDeltaUrl(collection: DeltaCollection, folder: string): string {
  const f = encodeURIComponent(folder);
  return collection === 'messages'
    ? `${GRAPH_ROOT}/me/mailFolders/${f}/messages/delta?$select=${GRAPH_LIMITS.messageSelect.join(',')}`
    : `${GRAPH_ROOT}/me/contactFolders/${f}/contacts/delta?$select=${GRAPH_LIMITS.contactSelect.join(',')}`;
}

export function pageSizeOf(cursor: DeltaCursor): number {
  const sizes = GRAPH_LIMITS.pageSizes;
  return sizes[Math.min(cursor.pageSizeIndex, sizes.length - 1)] ?? GRAPH_LIMITS.defaultPageSize;
}

/** The link the cursor follows next: the round under way, else the last deltaLink, else a new full round. */
function linkOf(cursor: DeltaCursor): string {
  return cursor.next ?? cursor.delta ?? firstDeltaUrl(cursor.collection, cursor.folder);
}

/** A page answers the cursor's own request (not one planned from an older cursor, or before a restart). */
export function followsFrom(cursor: DeltaCursor, op: Pick<DeltaOp, 'url'>): boolean {
  return op.url === linkOf(cursor);
}

/** The next page to ask for: the round under way, a new full round, or (when a check is due) the deltaLink. */
export function nextDeltaOp(cursor: DeltaCursor, poll: boolean, inFlight: number): DeltaOp | null {
  // One folder's pages come one after another: each link is known only from the page before.
  if (inFlight > 0 || cursor.gone) return null;
  if (cursor.next === null && cursor.delta !== null && !poll) return null;
  const url = linkOf(cursor);
  const stream = deltaStream(cursor.collection, cursor.folder);
  return {
    stream,
    key: `${stream}|${url}`,
    quota: 'graph',
    method: cursor.collection === 'messages' ? 'messages.delta' : 'contacts.delta',
    cost: 1,
    url,
    pageSize: pageSizeOf(cursor),
    ...(cursor.next === null && cursor.delta !== null ? { check: true } : {}),
  };
}

/**
 * The cursor after a page of `settled` items. A page with neither link (or with links that do not point at
 * Graph) cannot be followed: the folder starts again.
 */
export function advanceDelta(
  cursor: DeltaCursor,
  page: DeltaPage,
  settled: number,
): { cursor: DeltaCursor; caughtUp: boolean } {
  const next = page.nextLink && isGraphLink(page.nextLink) ? page.nextLink : null;
  const delta = !next && page.deltaLink && isGraphLink(page.deltaLink) ? page.deltaLink : null;
  if (!next && !delta) return { cursor: restartDelta(cursor), caughtUp: false };
  // A page size Graph did not apply is not asked for again: the next smaller one is, until one is applied.
  const settledSize = cursor.pageSizeSettled || page.pageSizeApplied;
  const full = cursor.rounds === 0 || cursor.resync;
  const finished = delta !== null;
  return {
    cursor: {
      ...cursor,
      next,
      delta: finished ? delta : cursor.delta,
      pageSizeIndex: settledSize
        ? cursor.pageSizeIndex
        : Math.min(cursor.pageSizeIndex + 1, GRAPH_LIMITS.pageSizes.length - 1),
      pageSizeSettled: settledSize,
      done: full ? cursor.done + settled : cursor.done,
      resync: finished ? false : cursor.resync,
      rounds: finished ? cursor.rounds + 1 : cursor.rounds,
    },
    caughtUp: finished,
  };
}

/**
 * The cursor a page will leave, for planning the next request while the page is stored (the runner's
 * pipelining): the links and page size move as `advanceDelta` moves them; the count of settled items is the
 * store's business. Null for a page that does not follow from the cursor.
 */
export function deltaAhead(
  cursor: DeltaCursor,
  op: Pick<DeltaOp, 'url'>,
  page: DeltaPage,
): DeltaCursor | null {
  if (!followsFrom(cursor, op)) return null;
  // A folder deleted in Outlook: nothing follows (planning a new round from it would ask for it again at once).
  return page.folderGone ? { ...cursor, next: null, gone: true } : advanceDelta(cursor, page, 0).cursor;
}

/**
 * Graph forgot the folder's state (410 Gone, syncStateNotFound, resyncRequired): a full round again. Its pages
 * carry the items themselves, so nothing is fetched twice per item; what is stored is recognised as known and
 * not written again.
 */
export function restartDelta(cursor: DeltaCursor): DeltaCursor {
  return { ...cursor, next: null, delta: null, done: 0, resync: true };
}

export function deltaHasWork(cursor: DeltaCursor): boolean {
  return !cursor.gone && (cursor.next !== null || cursor.delta === null);
}
