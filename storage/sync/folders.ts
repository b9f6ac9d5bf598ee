// The Outlook folders a Microsoft account syncs beyond Inbox and Sent Items: each picked folder is a stream of
// the account's row (`graph:folder:<immutable id>`, its own delta and deltaLink). Picking adds the stream at its
// start; unpicking removes it, so nothing more runs for it, while what it synced stays in the base (its
// messages, and the sync items that tie them to the account for "Disconnect and remove").
import { newStream, type StreamState, type SyncAccountRow } from '../../core/sync/account';
import type { StepOutcome } from '../../core/sync/planner';
import type { Settings } from '../../core/model';
import { pickedFolders, type PickedFolder } from '../../core/sync/microsoft/folders';
import { folderPlanner } from '../../core/sync/microsoft/planners';
import type { KartkaDB } from '../db';
import { stampAndSweep } from './contacts';

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

/**
 * A finished listing of the account's folders (the Outlook contact folders' stream), applied inside the
 * transaction that stores its last page: a stream it wants and the account lacks starts at the cursor given; one
 * under its prefix it does not want ends: the contacts that stream holds are swept as deleted at the provider (the
 * sweep a folder's 404 or a lost cursor takes, sparing a person another live contact stands for and a contact
 * since moved to another folder's stream), then the stream is dropped. A listing cut short (`keep`) ends nothing.
 * Writes the swept items; returns the account's streams after it.
 */
export async function settleListedStreams(
  db: KartkaDB,
  account: SyncAccountRow,
  listing: NonNullable<StepOutcome<unknown>['streams']>,
  settings: Settings,
  now: number,
): Promise<Record<string, StreamState>> {
  const ending = listing.keep
    ? []
    : Object.keys(account.streams).filter((s) => s.startsWith(listing.prefix) && !(s in listing.want));
  // One stream after the other, each sweep written before the next: a person whose contacts were all in the
  // folders ending here is marked by the last of them (each earlier sweep still saw the others' as live).
  for (const stream of ending) {
    const swept = await stampAndSweep(
      db,
      account,
      stream,
      { id: `ended@${now}`, sweep: true },
      [],
      settings,
      now,
    );
    if (swept.length > 0) await db.syncItems.bulkPut(swept);
  }
  const streams = Object.fromEntries(Object.entries(account.streams).filter(([s]) => !ending.includes(s)));
  for (const [stream, cursor] of Object.entries(listing.want))
    if (!streams[stream]) streams[stream] = newStream(cursor, now);
  return streams;
}
