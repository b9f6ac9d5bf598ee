// Settings → Accounts → a Microsoft account → "Choose folders": the background reads the mailbox's folder tree
// from Graph (each request paid for from the mailbox's budget, like the sync's) and saves the user's pick as the
// account's streams (storage/sync/folders.ts); a newly picked folder starts syncing at once.
import { ActionError } from '../../../core/action-error';
import { GRAPH_LIMITS } from '../../../core/sync/microsoft/limits';
import type { GraphFailure } from '../../../core/sync/microsoft/errors';
import type { SyncAccount } from '../../../core/sync/account';
import { listMailFolders } from '../../../integrations/microsoft/folders';
import type { Handlers } from '../../../integrations/messaging/router';
import { db } from '../../../storage/db';
import { setPickedFolders } from '../../../storage/sync/folders';
import { pickedFolders } from '../../../core/sync/microsoft/folders';
import { runAccount, syncStore } from './engine';
import { paidGraphClient, type GraphSpendStore } from './graph-spend';
import { msTokens } from './microsoft';

type FolderHandlers = Pick<Handlers, 'sync.outlookFolders' | 'sync.pickOutlookFolders'>;

async function microsoftAccount(accountId: string) {
  const account = await db.syncAccounts.get(accountId);
  if (!account || account.provider !== 'microsoft')
    throw new ActionError(`No connected Microsoft account ${accountId}.`, { code: 'sync.gone' });
  return account;
}

function listingRefused(failure: GraphFailure): ActionError {
  if (failure.kind === 'busy')
    return new ActionError('Kartka already has the requests Microsoft allows for this mailbox under way.', {
      code: 'outlookFolders.busy',
    });
  if (failure.kind === 'rate')
    return new ActionError('Microsoft asked to wait, or the mailbox budget is spent for now.', {
      code: 'outlookFolders.wait',
    });
  if (failure.kind === 'auth')
    return new ActionError('Not signed in to this Microsoft account.', { code: 'outlookFolders.reconnect' });
  const error = `${failure.status} ${failure.reason ?? ''} ${failure.message ?? ''}`.trim().slice(0, 300);
  return new ActionError(`Outlook's folders could not be read: ${error}`, {
    code: 'outlookFolders.failed',
    params: { error },
  });
}

export interface FolderListDeps {
  store: GraphSpendStore;
  /** A valid access token for the account (renewed silently); null: the user must reconnect. */
  token(accountId: string): Promise<string | null>;
  fetch: typeof fetch;
  now(): number;
}

/** The picker's list for a Microsoft account: its folders (picked ones marked), and picked ones Graph lost. */
export async function listOutlookFolders(
  deps: FolderListDeps,
  account: Pick<SyncAccount, 'id' | 'auth' | 'streams'>,
) {
  const token = account.auth === 'ok' ? await deps.token(account.id) : null;
  if (!token)
    throw new ActionError('Not signed in to this Microsoft account.', { code: 'outlookFolders.reconnect' });
  // Paid once its slot is held: a listing refused as busy costs nothing.
  const client = paidGraphClient(deps, account.id, token);
  const listing = await listMailFolders(client, deps.now);
  if (!listing.ok) throw listingRefused(listing.failure);
  const picked = pickedFolders(account.streams);
  const ids = new Set(picked.map((f) => f.id));
  const listed = new Set(listing.folders.map((f) => f.id));
  return {
    folders: listing.folders.map((f) => ({ ...f, picked: ids.has(f.id) })),
    // A picked folder Graph no longer lists (deleted, or beyond the listing's bounds): shown so it can be dropped.
    missing: listing.truncated ? [] : picked.filter((f) => !listed.has(f.id)),
    truncated: listing.truncated,
  };
}

export const outlookFolderHandlers: FolderHandlers = {
  async 'sync.outlookFolders'({ accountId }) {
    const deps: FolderListDeps = {
      store: syncStore,
      token: (id) => msTokens.get(id),
      fetch: (input, init) => fetch(input, init),
      now: () => Date.now(),
    };
    return listOutlookFolders(deps, await microsoftAccount(accountId));
  },

  async 'sync.pickOutlookFolders'({ accountId, folders }) {
    await microsoftAccount(accountId);
    const { maxPicked } = GRAPH_LIMITS.folders;
    const unique = [...new Map(folders.map((f) => [f.id, f])).values()];
    if (unique.length > maxPicked)
      throw new ActionError(`At most ${maxPicked} folders can be picked.`, {
        code: 'outlookFolders.tooMany',
        params: { max: maxPicked },
      });
    const changed = await setPickedFolders(db, accountId, unique, Date.now());
    if (!changed)
      throw new ActionError(`No connected Microsoft account ${accountId}.`, { code: 'sync.gone' });
    if (changed.added.length > 0) runAccount(accountId);
    return changed;
  },
};
