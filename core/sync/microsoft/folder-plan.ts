// What one page of a mail folder's delta means: messages to log, items settled without logging (replays and
// stored ones as known, removals, drafts (as a skipped label, like Gmail's DRAFT), mail older than the backfill window), and the cursor after it.
import type { LoggableMessage } from '../../logging-policy';
import { advanceDelta, type DeltaCursor, type DeltaPage } from './delta-cursor';
import { parseGraphItem } from './graph-message';

import type { SeenReason } from '../planner';

export interface FolderOutcome {
  cursor: DeltaCursor;
  messages: { item: string; message: LoggableMessage }[];
  seen: { item: string; reason: SeenReason }[];
  caughtUp: boolean;
}

/** The ids on a page the store must look up before `reduceFolderPage`. */
export function folderPageIds(page: DeltaPage): string[] {
  return page.value.flatMap((raw) => {
    const item = parseGraphItem(raw);
    return item.kind === 'message' ? [item.id] : [];
  });
}

/**
 * `known`: ids of the page already in the base (replays, a resync, a page asked for again after the worker
 * stopped). `backfillFrom`: mail older than this is settled without logging; the window is applied here because
 * a $filter in a delta caps the folder at 5,000 messages.
 */
export function reduceFolderPage(
  cursor: DeltaCursor,
  page: DeltaPage,
  known: ReadonlySet<string>,
  backfillFrom: number | null,
): FolderOutcome {
  const sent = cursor.folder.toLowerCase() === 'sentitems';
  const messages: FolderOutcome['messages'] = [];
  const seen: FolderOutcome['seen'] = [];
  const onPage = new Set<string>();
  for (const raw of page.value) {
    const item = parseGraphItem(raw, sent);
    if (item.kind === 'invalid') {
      if (item.id) seen.push({ item: item.id, reason: 'unreadable' });
      continue;
    }
    // Graph may repeat an item within a page too: it is settled once.
    if (onPage.has(item.id)) continue;
    onPage.add(item.id);
    if (item.kind === 'removed') seen.push({ item: item.id, reason: 'gone' });
    else if (known.has(item.id)) seen.push({ item: item.id, reason: 'known' });
    else if (item.isDraft) seen.push({ item: item.id, reason: 'skipped-label' });
    else if (item.at === null) seen.push({ item: item.id, reason: 'unreadable' });
    else if (backfillFrom !== null && item.at < backfillFrom)
      seen.push({ item: item.id, reason: 'outside-window' });
    else messages.push({ item: item.id, message: item.message });
  }
  const { cursor: after, caughtUp } = advanceDelta(cursor, page, onPage.size);
  return { cursor: after, messages, seen, caughtUp };
}
