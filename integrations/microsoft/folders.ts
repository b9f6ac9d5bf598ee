// Lists a mailbox's folders for the picker: the root's folders page by page, then each folder's childFolders,
// level by level, within GRAPH_LIMITS.folders (folders, depth, requests). Every request is paid for by the client
// (its `spend`, the sync's ledger) once it holds its slot, which may refuse (a wait Graph asked for, the budget
// spent): that comes back as a `rate` failure (GRAPH_NOT_NOW), like a wait Graph asked for.
import type { Client } from '@microsoft/microsoft-graph-client';
import { classifyGraphError, GRAPH_NOT_NOW, type GraphFailure } from '../../core/sync/microsoft/errors';
import {
  folderListUrl,
  folderTree,
  parseFolderId,
  parseFolderPage,
  wellKnownFolderUrl,
  type FolderLevel,
  type MailFolderEntry,
} from '../../core/sync/microsoft/folders';
import { GRAPH_LIMITS } from '../../core/sync/microsoft/limits';
import { graphGet, type RawAnswer } from './graph-client';

export type FolderListing =
  | { ok: true; folders: MailFolderEntry[]; truncated: boolean; requests: number }
  | { ok: false; failure: GraphFailure; requests: number };

export async function listMailFolders(client: Client, now: () => number): Promise<FolderListing> {
  const { maxFolders, maxDepth, maxRequests } = GRAPH_LIMITS.folders;
  let requests = 0;
  let truncated = false;
  const get = async (url: string): Promise<RawAnswer | GraphFailure> => {
    const answer = await graphGet(client, url);
    const failure =
      answer.status === 200
        ? null
        : classifyGraphError(answer.status, answer.body, answer.headers.get('retry-after'), now());
    // Counted only when it left: the client's own refusals (busy, not paid for) never reached Graph.
    if (failure?.kind !== 'busy' && failure?.reason !== GRAPH_NOT_NOW) requests++;
    return failure ?? answer;
  };
  const failed = (failure: GraphFailure): FolderListing => ({ ok: false, failure, requests });

  // Inbox and Sent Items by their well-known names: the list marks them as always synced.
  const always = new Set<string>();
  for (const name of GRAPH_LIMITS.defaultFolders) {
    const answer = await get(wellKnownFolderUrl(name));
    if (!('body' in answer)) return failed(answer);
    const id = parseFolderId(answer.body);
    if (id) always.add(id);
  }

  const levels: FolderLevel[] = [];
  let listed = 0;
  let parents: (string | null)[] = [null];
  for (let depth = 0; depth < maxDepth && parents.length > 0; depth++) {
    const below: string[] = [];
    for (const parent of parents) {
      let url: string | null = folderListUrl(parent);
      while (url) {
        if (listed >= maxFolders || requests >= maxRequests) {
          truncated = true;
          break;
        }
        const answer = await get(url);
        if (!('body' in answer)) return failed(answer);
        const page = parseFolderPage(answer.body);
        if (!page) return failed({ kind: 'server', status: 200, reason: 'malformed' });
        const room = page.folders.slice(0, maxFolders - listed);
        if (room.length < page.folders.length) truncated = true;
        listed += room.length;
        levels.push({ parent, folders: room });
        below.push(...room.filter((f) => f.childCount > 0).map((f) => f.id));
        url = page.next;
      }
    }
    if (depth === maxDepth - 1 && below.length > 0) truncated = true;
    parents = below;
  }
  return { ok: true, folders: folderTree(levels, always), truncated, requests };
}
