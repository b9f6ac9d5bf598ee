// The card without the page, from Microsoft Graph: when Outlook on the web shows a conversation Kartka cannot
// read but its id is in the URL, the connected Microsoft account reads the conversation's messages
// (`$filter=conversationId eq …`, metadata only), spending one request of the mailbox's 10-minute budget through
// the sync's ledger and never while a wait Graph asked for is running. The answer is cached for a while
// (GRAPH_LIMITS.conversation.cacheMs); the messages go through the sync's logging path tied to the account
// (logOutsidePass, so "Disconnect and remove" takes them), keyed by their immutable Graph ids, so the folder sync
// meeting them later adds nothing.
import { canonicalEmail } from '../../../core/email';
import type { SyncAccount } from '../../../core/sync/account';
import { backoffDelay } from '../../../core/sync/failure';
import { GRAPH_NOT_NOW } from '../../../core/sync/microsoft/errors';
import { ConversationCache, readConversation } from '../../../integrations/microsoft/conversation';
import type { Tokens } from '../../../integrations/sync/types';
import { listAccounts } from '../../../storage/sync/accounts';
import type { DexieSyncStore } from '../../../storage/sync/store';
import { GRAPH_FOLDER_PLANNERS } from '../../../core/sync/microsoft/planners';
import { apiThreadContext, type ThreadFallback } from '../thread-fallback';
import { syncStore } from './engine';
import { paidGraphClient, type GraphSpendStore } from './graph-spend';
import { msTokens } from './microsoft';

export interface GraphFallbackDeps {
  store: GraphSpendStore & Pick<DexieSyncStore, 'recordFailure' | 'logOutsidePass'>;
  tokens: Pick<Tokens, 'get'>;
  fetch: typeof fetch;
  now(): number;
  random(): number;
  cache: ConversationCache;
}

function accountFor(accounts: readonly SyncAccount[], address: string | null): SyncAccount | undefined {
  const usable = accounts.filter((a) => a.provider === 'microsoft' && !a.paused && a.auth === 'ok');
  if (address) return usable.find((a) => a.address === canonicalEmail(address));
  return usable.length === 1 ? usable[0] : undefined;
}

/** The fallback over its dependencies (the background's: `fromGraph` below; tests pass a fake Graph's). */
export function graphFallback(deps: GraphFallbackDeps): ThreadFallback {
  return async ({ db, thread, settings, now, problem }) => {
    if (thread.provider !== 'outlook' || !thread.threadId) return null;
    const account = accountFor(await listAccounts(db), thread.account);
    if (!account) return null;
    const token = await deps.tokens.get(account.id);
    if (!token) return null;
    const client = paidGraphClient(deps, account.id, token);
    const read = await readConversation(client, thread.threadId, account.address, deps.cache, deps.now);
    if (!read.ok) {
      // The account's slots stayed taken (the sync's pages, other cards; nothing was sent, no wait of Graph's to
      // keep): the notice says so in words, and opening the conversation again asks again.
      if (read.failure.kind === 'busy')
        return { status: 'unreadable', ...problem, at: now, busy: account.address };
      // Not paid for: a wait already stored, or the budget spent; the sync's own record says so.
      if (read.failure.reason === GRAPH_NOT_NOW) return null;
      // A wait Graph asks for holds for the sync too; a conversation Graph does not know is simply not shown.
      const { failure } = read;
      if (failure.kind === 'rate' || failure.kind === 'server')
        await deps.store.recordFailure(
          account.id,
          failure,
          (n) => backoffDelay(failure, n, deps.random()),
          now,
        );
      return null;
    }
    if (!read.thread) return null;
    // Tied to the account like synced mail (one transaction): "Disconnect and remove" takes these too. The
    // folder sync meeting them later finds them settled and adds nothing.
    const outcomes = await deps.store.logOutsidePass(
      account.id,
      GRAPH_FOLDER_PLANNERS[0]?.stream ?? '',
      read.messages,
      now,
    );
    return apiThreadContext(
      read.thread,
      read.messages.map((m) => m.item),
      outcomes,
      { settings, now, problem },
    );
  };
}

/** The background's Graph fallback (handlers.ts appends it after the base and the Gmail API). */
export const fromGraph: ThreadFallback = graphFallback({
  store: syncStore,
  tokens: msTokens,
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
  random: () => Math.random(),
  cache: new ConversationCache(),
});
