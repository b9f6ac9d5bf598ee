// Microsoft as a sync provider of the shared framework: the folder planners, the mailbox's quota (10,000
// requests per 10 minutes, spent at one unit per request), 4 requests in flight, and the thin executor that sends
// each planned delta page through Microsoft's Graph client with our middleware.
import { newStream, type StreamState, type SyncAccount, type SyncAccountId } from '../../core/sync/account';
import type { DeltaOp, DeltaPage } from '../../core/sync/microsoft/delta-cursor';
import type { GraphFailure } from '../../core/sync/microsoft/errors';
import { GRAPH_LIMITS } from '../../core/sync/microsoft/limits';
import {
  CONTACT_FOLDERS_PLANNER,
  CONTACT_FOLDERS_STREAM,
  CONTACTS_STREAM_PREFIX,
  contactFolderOf,
  DEFAULT_CONTACT_FOLDER,
  type ContactFoldersOp,
} from '../../core/sync/microsoft/contact-folders';
import {
  GRAPH_CONTACTS_PLANNER,
  GRAPH_FOLDER_PLANNERS,
  GRAPH_PLANNERS,
  GRAPH_QUOTA,
  FOLDER_STREAM_PREFIX,
  graphPlannersFor,
  pickedFolderOf,
} from '../../core/sync/microsoft/planners';
import { spendableBudget } from '../../core/sync/limits';
import type { SyncOp, SyncOptions } from '../../core/sync/planner';
import type { StreamBinding } from '../../storage/sync/store';
import { backfillFrom } from '../google/provider';
import type { AnyPlanner, ExecResult, SyncProvider, SyncSettings } from '../sync/types';
import { createGraphClient } from './graph-client';
import { fetchContactFolders, fetchDeltaPage } from './graph-executor';

/**
 * How the store keys Graph messages: `outlook:<immutable id>`, where page readings of them are rekeyed to.
 * Contacts are merged by identity, never logged as interactions: their key matches no interaction.
 */
export const MICROSOFT_BINDINGS: Record<string, StreamBinding> = {
  // Every mail folder (Inbox, Sent Items, each one the user picked: `graph:folder:<id>`) by its prefix.
  [`${FOLDER_STREAM_PREFIX}*`]: { source: 'graph', providerKey: (id: string) => `outlook:${id}` },
  // Every contact folder (the default one, each one the listing found: `graph:contacts:<id>`) by its prefix. One
  // contact is one item whichever folder lists it: with ImmutableId its id stays when it is moved between folders.
  [`${CONTACTS_STREAM_PREFIX}*`]: { source: 'graph', providerKey: (id: string) => `outlook-contact:${id}` },
  // The folder listing stores no item; its key matches nothing.
  [CONTACT_FOLDERS_STREAM]: { source: 'graph', providerKey: (id: string) => `outlook-contact-folder:${id}` },
};

export function microsoftOptions(settings: SyncSettings, now: number): SyncOptions {
  return {
    backfillFrom: backfillFrom(settings.backfillMonths, now),
    costs: { 'messages.delta': 1, 'contacts.delta': 1, 'contactFolders.list': 1 },
  };
}

/**
 * Fresh streams for a newly connected Microsoft account: Inbox and Sent Items when mail may be read, the default
 * contact folder and the listing that finds the others when Contacts.Read was granted (a declined scope turns
 * them off).
 */
export function microsoftStreams(scopes: readonly string[], now: number): Record<string, StreamState> {
  const mail = scopes.some((s) => s === 'mail.readbasic' || s === 'mail.read');
  const contacts = scopes.includes('contacts.read');
  const planners: AnyPlanner[] = [
    ...(mail ? GRAPH_FOLDER_PLANNERS : []),
    ...(contacts ? [GRAPH_CONTACTS_PLANNER, CONTACT_FOLDERS_PLANNER] : []),
  ];
  return Object.fromEntries(
    planners.map((p) => [p.stream, newStream(p.initial({ backfillFrom: null, costs: {} }), now)]),
  );
}

const GONE_PAGE: DeltaPage = {
  value: [],
  nextLink: null,
  deltaLink: null,
  pageSizeApplied: false,
  folderGone: true,
};

/** A folder the user picked, or a contact folder the listing found, that Graph no longer has. */
const folderGone = (op: SyncOp, failure: GraphFailure): boolean => {
  const contactFolder = contactFolderOf(op.stream);
  const found = contactFolder !== null && contactFolder !== DEFAULT_CONTACT_FOLDER;
  return (
    (pickedFolderOf(op.stream) !== null || found) &&
    failure.status === 404 &&
    failure.reason === 'ErrorItemNotFound'
  );
};

export interface MicrosoftDeps {
  fetch: typeof fetch;
  now: () => number;
}

export function microsoftProvider(deps: MicrosoftDeps): SyncProvider {
  const planners: readonly AnyPlanner[] = GRAPH_PLANNERS;
  return {
    id: 'microsoft',
    concurrency: GRAPH_LIMITS.concurrentPerMailbox,
    planners,
    streamsFor(account: SyncAccount) {
      return graphPlannersFor(account.streams).filter((p) => account.streams[p.stream] !== undefined);
    },
    budgets() {
      return { [GRAPH_QUOTA]: spendableBudget(GRAPH_LIMITS.perMailbox) };
    },
    options: microsoftOptions,
    async execute(
      op: SyncOp,
      token: string,
      signal: AbortSignal,
      account: SyncAccountId,
    ): Promise<ExecResult> {
      // The runner keeps the backoff (persisted) and its own cap; the client adds the token, ImmutableId and the
      // account's in-flight gate, shared with the card from Graph, the folder picker and Teams (graph-gate.ts).
      const client = createGraphClient({
        accountId: account,
        token: async () => token,
        fetch: (input, init) => deps.fetch(input, { ...init, signal }),
        now: deps.now,
        backoff: { until: async () => 0, hold: async () => undefined },
      });
      if (op.method === 'contactFolders.list') {
        const listed = await fetchContactFolders(client, op as ContactFoldersOp, deps.now);
        return listed.ok ? listed : { ok: false, failure: listed.failure };
      }
      const res = await fetchDeltaPage(client, op as DeltaOp, deps.now);
      if (res.ok) return { ok: true, result: res.result };
      // A folder the user picked (or a contact folder) then deleted in Outlook: a fact about that folder, not a
      // failure of the mailbox (as a failure it would hold every folder's sync for the "denied" wait, again and again).
      if (folderGone(op, res.failure)) return { ok: true, result: GONE_PAGE };
      return { ok: false, failure: res.failure };
    },
  };
}
