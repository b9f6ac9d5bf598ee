// Version 10: people carry messenger handles (Telegram id and username, WhatsApp jid), indexed by `*handleKeys`.
// Existing people gain the Telegram usernames their notes or own fields already name as t.me links (a captured
// signature's profile link lands in the notes), so a chat with them finds their card from the first day.
import type { Transaction } from 'dexie';
import {
  handleKeysOf,
  normalizeHandle,
  telegramLinksIn,
  unionHandles,
  type Handle,
} from '../../core/handles';
import { handleSearchTokens } from '../../core/search';

/** The fields the migration reads and writes. */
interface Row {
  notes?: string;
  custom?: Record<string, string>;
  handles?: Handle[];
  handleKeys?: string[];
  searchTokens?: string[];
  mergedInto?: string;
}

/** The handles a stored person's own text names, united with the ones they have. */
export function handlesFromRow(row: Row): Handle[] {
  const text = [row.notes ?? '', ...Object.values(row.custom ?? {})].join('\n');
  return unionHandles(
    row.handles,
    text.includes('t.me/') || text.includes('telegram.me/') ? telegramLinksIn(text) : [],
  );
}

/** True when the row names handles it does not carry, or carries handles without their index keys. */
function needsHandles(row: Row): boolean {
  const handles = handlesFromRow(row);
  return (
    handles.length > 0 && (handles.length !== (row.handles?.length ?? 0) || row.handleKeys === undefined)
  );
}

/**
 * Named data migration for version 10: people whose text names t.me usernames get them as `handles`, with their
 * `handleKeys` and search tokens. Everyone else is left as they are (no handles, no index entries).
 */
export async function backfillHandles(tx: Transaction): Promise<void> {
  await tx
    .table<Row>('people')
    .filter(needsHandles)
    .modify((row) => {
      const handles = handlesFromRow(row);
      row.handles = handles;
      // A merged-away row keeps its data for undo but must match nobody (like its emptied emails).
      const live = row.mergedInto === undefined;
      row.handleKeys = live ? handleKeysOf(handles) : [];
      // "@username" finds them in search, as it does for people written after this version.
      if (live && handles.length > 0)
        row.searchTokens = [...new Set([...(row.searchTokens ?? []), ...handleSearchTokens(handles)])];
    });
}

/**
 * The valid handles of a person row from a backup file; with `fromText` (a backup older than version 10) also the
 * t.me usernames its text names, as the migration gives them.
 */
export function restoredHandles(row: Record<string, unknown>, fromText: boolean): Handle[] {
  const given = Array.isArray(row.handles) ? (row.handles as unknown[]) : [];
  const valid = given.flatMap((h) => {
    const candidate = h as Partial<Handle> | null;
    if (typeof candidate?.kind !== 'string' || typeof candidate.value !== 'string') return [];
    const n = normalizeHandle({ kind: candidate.kind, value: candidate.value } as Handle);
    return n.ok ? [n.handle] : [];
  });
  return fromText ? handlesFromRow({ ...(row as Row), handles: valid }) : valid;
}
