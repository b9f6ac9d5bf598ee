// The mailbox's folders, for the picker in Settings → Accounts: `/me/mailFolders` lists the folders under the
// root, each folder's `childFolders` the ones under it (https://learn.microsoft.com/graph/api/user-list-mailfolders,
// mailfolder-list-childfolders: Mail.ReadBasic is enough; hidden folders are left out; pages of 10 unless $top
// says otherwise, with an @odata.nextLink). Everything Graph sends is untrusted: ids are checked, display names
// are cut and stripped of control characters, and are only ever shown as text.
import type { StreamState } from '../account';
import { GRAPH_ROOT, isGraphLink, type DeltaCursor } from './delta-cursor';
import { GRAPH_LIMITS } from './limits';
import { pickedFolderOf } from './planners';

/** A folder the user picked, with the name it had when picked. */
export interface PickedFolder {
  id: string;
  name: string;
  /** Deleted in Outlook since: its stream rests. */
  gone?: boolean;
}

/** The folders an account's streams sync beyond Inbox and Sent Items. */
export function pickedFolders(streams: Readonly<Record<string, StreamState>>): PickedFolder[] {
  return Object.entries(streams).flatMap(([stream, state]) => {
    const id = pickedFolderOf(stream);
    if (id === null) return [];
    const cursor = state.cursor as Partial<DeltaCursor> | undefined;
    const name = typeof cursor?.name === 'string' ? cursor.name : '';
    return [cursor?.gone === true ? { id, name, gone: true } : { id, name }];
  });
}

/** One folder as the picker lists it: its place in the tree and whether it is synced. */
export interface MailFolderEntry {
  id: string;
  name: string;
  /** 0 for a folder under the root. */
  depth: number;
  /** The names above it, from the root down (for the label of a nested folder). */
  path: string[];
  /** Inbox or Sent Items: always synced, not a choice. */
  always: boolean;
}

export interface RawFolder {
  id: string;
  name: string;
  childCount: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An id Graph could have given: no spaces or control characters, bounded (ids are base64 with `-_=+/`). */
export function isFolderId(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Za-z0-9._=+/-]{1,512}$/u.test(value);
}

/** A display name as text: control characters dropped, whitespace folded, bounded. */
export function folderName(value: unknown): string {
  if (typeof value !== 'string') return '';
  return value
    .replace(/\p{Cc}/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim()
    .slice(0, GRAPH_LIMITS.folders.maxNameLength);
}

const SELECT = '$select=id,displayName,childFolderCount';

/** The first page of the folders under `parent` (null: the root). */
export function folderListUrl(parent: string | null): string {
  const base = parent
    ? `${GRAPH_ROOT}/me/mailFolders/${encodeURIComponent(parent)}/childFolders`
    : `${GRAPH_ROOT}/me/mailFolders`;
  return `${base}?$top=${GRAPH_LIMITS.folders.pageTop}&${SELECT}`;
}

/** `/me/mailFolders/inbox`: the well-known folder's id (to mark it in the list). */
export function wellKnownFolderUrl(name: string): string {
  return `${GRAPH_ROOT}/me/mailFolders/${encodeURIComponent(name)}?$select=id`;
}

/** One page of a folder listing: its readable folders and the link to the next page (null: the last). */
export function parseFolderPage(body: unknown): { folders: RawFolder[]; next: string | null } | null {
  if (!isRecord(body) || !Array.isArray(body.value)) return null;
  const folders: RawFolder[] = [];
  for (const raw of body.value) {
    if (!isRecord(raw) || !isFolderId(raw.id)) continue;
    const count = raw.childFolderCount;
    folders.push({
      id: raw.id,
      name: folderName(raw.displayName),
      childCount: typeof count === 'number' && Number.isFinite(count) && count > 0 ? Math.floor(count) : 0,
    });
  }
  const link = body['@odata.nextLink'];
  return { folders, next: typeof link === 'string' && isGraphLink(link) ? link : null };
}

/** The id in a `/me/mailFolders/{name}?$select=id` answer, or null. */
export function parseFolderId(body: unknown): string | null {
  return isRecord(body) && isFolderId(body.id) ? body.id : null;
}

/** Folder listings the walk read, in the order it read them: which parent each one was under. */
export interface FolderLevel {
  parent: string | null;
  folders: RawFolder[];
}

/**
 * The tree in reading order (each folder followed by the ones under it, siblings in Graph's order), with
 * Inbox and Sent Items marked as always synced. A folder listed twice (a page asked again) is kept once.
 */
export function folderTree(
  levels: readonly FolderLevel[],
  alwaysIds: ReadonlySet<string>,
): MailFolderEntry[] {
  const children = new Map<string | null, RawFolder[]>();
  for (const level of levels)
    children.set(level.parent, [...(children.get(level.parent) ?? []), ...level.folders]);
  const out: MailFolderEntry[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number, path: string[]) => {
    for (const f of children.get(parent) ?? []) {
      if (seen.has(f.id)) continue;
      seen.add(f.id);
      out.push({ id: f.id, name: f.name, depth, path, always: alwaysIds.has(f.id) });
      walk(f.id, depth + 1, [...path, f.name]);
    }
  };
  walk(null, 0, []);
  return out;
}
