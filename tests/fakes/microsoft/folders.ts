// The fake's mail folder tree, as Graph serves it (https://learn.microsoft.com/graph/api/user-list-mailfolders,
// mailfolder-list-childfolders, mailfolder-get): `/me/mailFolders` lists the folders directly under the root
// (msgfolderroot), `/me/mailFolders/{id}/childFolders` the ones under a folder, `/me/mailFolders/{id}` one
// folder (an id or a well-known name); hidden folders only with `includeHiddenFolders=true`; pages of 10 unless
// `$top` says otherwise, the next page by `$skip` in `@odata.nextLink`; `$select` projects as Graph does.
// The contact folder tree the same way (user-list-contactfolders, contactfolder-list-childfolders,
// contactfolder-get): `/me/contactFolders` lists the folders under the default Contacts folder (not the default
// one itself), `/me/contactFolders/{id}/childFolders` those under a folder; a contactFolder has only id,
// displayName and parentFolderId (no counts).
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

function contactFolderJson(box: FakeMailbox, f: FakeFolder): Record<string, unknown> {
  return { id: f.id, displayName: f.displayName, parentFolderId: f.parentId ?? box.contactRootId };
}

type Kind = 'mail' | 'contacts';
const TYPE: Record<Kind, string> = {
  mail: 'microsoft.graph.mailFolder',
  contacts: 'microsoft.graph.contactFolder',
};

function list(box: FakeMailbox, kind: Kind, parent: string | null, q: URLSearchParams, path: string): Answer {
  const top = Number(q.get('$top') ?? DEFAULT_TOP);
  const skip = Number(q.get('$skip') ?? 0);
  if (!Number.isInteger(top) || top < 1 || top > MAX_TOP) return bad(`Invalid $top value: ${q.get('$top')}`);
  if (!Number.isInteger(skip) || skip < 0) return bad(`Invalid $skip value: ${q.get('$skip')}`);
  const hidden = q.get('includeHiddenFolders')?.toLowerCase() === 'true';
  const all =
    kind === 'mail'
      ? [...box.folders.values()].filter((f) => (f.parentId ?? null) === parent && (hidden || !f.isHidden))
      : [...box.contactFolders.values()].filter(
          (f) => !f.wellKnownName && (f.parentId ?? box.contactRootId) === (parent ?? box.contactRootId),
        );
  const json = kind === 'mail' ? folderJson : contactFolderJson;
  const value = [];
  for (const f of all.slice(skip, skip + top)) {
    const item = project(json(box, f), selectOf(q), TYPE[kind]);
    if ('error' in item) return bad(String(item.error));
    value.push(item);
  }
  const body: Record<string, unknown> = {
    '@odata.context': `${GRAPH}/$metadata#users('${box.user.id}')/${kind === 'mail' ? 'mailFolders' : 'contactFolders'}`,
    value,
  };
  if (skip + top < all.length) {
    const next = new URLSearchParams(q);
    next.set('$skip', String(skip + top));
    body['@odata.nextLink'] = `${GRAPH}${path}?${next.toString()}`;
  }
  return { status: 200, body };
}

/** Answers the folder requests (mail or contact folders), or null for any other path. */
export function folderRoute(box: FakeMailbox, path: string, q: URLSearchParams): Answer | null {
  const m = /^\/me\/(mailfolders|contactfolders)(?:\/([^/]+)(\/childfolders)?)?$/i.exec(path);
  if (!m?.[1]) return null;
  const kind: Kind = m[1].toLowerCase() === 'mailfolders' ? 'mail' : 'contacts';
  if (!m[2]) return list(box, kind, null, q, path);
  const id = decodeURIComponent(m[2]);
  const folder = kind === 'mail' ? box.folder(id) : box.contactFolder(id);
  if (!folder) return notFound();
  if (m[3]) return list(box, kind, folder.id, q, path);
  const json = kind === 'mail' ? folderJson : contactFolderJson;
  const item = project(json(box, folder), selectOf(q), TYPE[kind]);
  if ('error' in item) return bad(String(item.error));
  const set = kind === 'mail' ? 'mailFolders' : 'contactFolders';
  return {
    status: 200,
    body: { '@odata.context': `${GRAPH}/$metadata#users('${box.user.id}')/${set}/$entity`, ...item },
  };
}
