// The fake's mail folder tree, as Graph serves it (https://learn.microsoft.com/graph/api/user-list-mailfolders,
// mailfolder-list-childfolders, mailfolder-get): `/me/mailFolders` lists the folders directly under the root
// (msgfolderroot), `/me/mailFolders/{id}/childFolders` the ones under a folder, `/me/mailFolders/{id}` one
// folder (an id or a well-known name); hidden folders only with `includeHiddenFolders=true`; pages of 10 unless
// `$top` says otherwise, the next page by `$skip` in `@odata.nextLink`; `$select` projects as Graph does.
import type { FakeFolder, FakeMailbox } from './mailbox';
import { GRAPH, project } from './shapes';

type Answer = { status: number; body: Record<string, unknown> };

const DEFAULT_TOP = 10;
/** Graph refuses a $top beyond this for folder lists (the fake's bound; the real one is not documented). */
const MAX_TOP = 1000;

const notFound = (): Answer => ({
  status: 404,
  body: {
    error: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' },
  },
});
const bad = (message: string): Answer => ({ status: 400, body: { error: { code: 'BadRequest', message } } });

function folderJson(box: FakeMailbox, f: FakeFolder): Record<string, unknown> {
  const inFolder = [...box.messages.values()].filter((m) => m.folderId === f.id);
  return {
    id: f.id,
    displayName: f.displayName,
    parentFolderId: f.parentId ?? box.rootFolderId,
    childFolderCount: [...box.folders.values()].filter((c) => c.parentId === f.id).length,
    unreadItemCount: inFolder.filter((m) => !m.isRead).length,
    totalItemCount: inFolder.length,
    isHidden: f.isHidden ?? false,
  };
}

const selectOf = (q: URLSearchParams) =>
  q
    .get('$select')
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean) ?? null;

function list(box: FakeMailbox, parent: string | null, q: URLSearchParams, path: string): Answer {
  const top = Number(q.get('$top') ?? DEFAULT_TOP);
  const skip = Number(q.get('$skip') ?? 0);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) return bad(`Invalid $top value: ${q.get('$top')}`);
  if (!Number.isInteger(skip) || skip < 0) return bad(`Invalid $skip value: ${q.get('$skip')}`);
  const hidden = q.get('includeHiddenFolders')?.toLowerCase() === 'true';
  const all = [...box.folders.values()].filter(
    (f) => (f.parentId ?? null) === parent && (hidden || !f.isHidden),
  );
  const value = [];
  for (const f of all.slice(skip, skip + top)) {
    const item = project(folderJson(box, f), selectOf(q), 'microsoft.graph.mailFolder');
    if ('error' in item) return bad(String(item.error));
    value.push(item);
  }
  const body: Record<string, unknown> = {
    '@odata.context': `${GRAPH}/$metadata#users('${box.user.id}')/mailFolders`,
    value,
  };
  if (skip + top < all.length) {
    const next = new URLSearchParams(q);
    next.set('$skip', String(skip + top));
    body['@odata.nextLink'] = `${GRAPH}${path}?${next.toString()}`;
  }
  return { status: 200, body };
}

/** Answers the folder requests, or null for any other path. */
export function folderRoute(box: FakeMailbox, path: string, q: URLSearchParams): Answer | null {
  if (/^\/me\/mailfolders$/i.test(path)) return list(box, null, q, path);
  const children = /^\/me\/mailfolders\/([^/]+)\/childfolders$/i.exec(path);
  if (children?.[1]) {
    const folder = box.folder(decodeURIComponent(children[1]));
    return folder ? list(box, folder.id, q, path) : notFound();
  }
  const one = /^\/me\/mailfolders\/([^/]+)$/i.exec(path);
  if (one?.[1]) {
    const folder = box.folder(decodeURIComponent(one[1]));
    if (!folder) return notFound();
    const item = project(folderJson(box, folder), selectOf(q), 'microsoft.graph.mailFolder');
    if ('error' in item) return bad(String(item.error));
    return {
      status: 200,
      body: { '@odata.context': `${GRAPH}/$metadata#users('${box.user.id}')/mailFolders/$entity`, ...item },
    };
  }
  return null;
}
