// The Outlook folders a Microsoft account syncs beyond Inbox and Sent Items: each picked folder is a stream of
// the account's row (`graph:folder:<immutable id>`, its own delta and deltaLink). Picking adds the stream at its
// start; unpicking removes it, so nothing more runs for it, while what it synced stays in the base (its
// messages, and the sync items that tie them to the account for "Disconnect and remove").
import { newStream } from '../../core/sync/account';
import { pickedFolders, type PickedFolder } from '../../core/sync/microsoft/folders';
import { folderPlanner } from '../../core/sync/microsoft/planners';
import type { KartkaDB } from '../db';

/**
 * Makes `folders` the account's picked folders, in one transaction: new ones start a full round (the backfill
 * window applies, what is already stored is recognised and not written again), kept ones keep their cursor,
 * dropped ones lose their stream. Returns what changed; null when the account is gone.
 */
export async function setPickedFolders(
  db: KartkaDB,
  accountId: string,
  folders: readonly PickedFolder[],
  now: number,
): Promise<{ added: PickedFolder[]; removed: PickedFolder[] } | null> {
  return db.transaction('rw', db.syncAccounts, async () => {
    const account = await db.syncAccounts.get(accountId);
    if (!account || account.provider !== 'microsoft') return null;
    const before = pickedFolders(account.streams);
    const wanted = new Map(folders.map((f) => [f.id, f]));
    const removed = before.filter((f) => !wanted.has(f.id));
    const had = new Set(before.map((f) => f.id));
    const added = [...wanted.values()].filter((f) => !had.has(f.id));
    if (added.length === 0 && removed.length === 0) return { added, removed };
    const gone = new Set(removed.map((f) => folderPlanner(f.id).stream));
    const streams = Object.fromEntries(Object.entries(account.streams).filter(([s]) => !gone.has(s)));
    for (const f of added) {
      const planner = folderPlanner(f.id, f.name);
      streams[planner.stream] = newStream(planner.initial({ backfillFrom: null, costs: {} }), now);
    }
    await db.syncAccounts.update(accountId, { streams });
    return { added, removed };
  });
}
