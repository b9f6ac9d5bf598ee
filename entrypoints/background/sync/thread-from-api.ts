// The card without the page, from the Gmail API: when Gmail's page cannot be read but names a thread, the
// connected account that owns it reads the thread with threads.get (metadata only), spending its quota units
// through the same ledger as the sync and never while a wait is running; the answer is cached for a while.
// Its messages go through the one logging path (source gmail-api); the card then shows as for a page reading.
import { canonicalEmail } from '../../../core/email';
import type { SyncAccount } from '../../../core/sync/account';
import { GMAIL_QUOTA, GMAIL_STREAM } from '../../../core/sync/google/gmail-plan';
import { GMAIL_ID, type GmailMessageMeta } from '../../../core/sync/google/gmail-types';
import { loggableFromGmail } from '../../../core/sync/google/gmail-message';
import { snapshotFromGmail } from '../../../core/sync/google/gmail-thread';
import { gmailCostModel, spendableBudget, SYNC_LIMITS } from '../../../core/sync/limits';
import { syncPrefsOf } from '../../../core/sync/prefs';
import { waitToSpend } from '../../../core/sync/quota';
import { threadPreview } from '../../../core/thread-context';
import { backoffDelay } from '../../../core/sync/failure';
import { getThread } from '../../../integrations/google/gmail-api';
import { listAccounts } from '../../../storage/sync/accounts';
import type { ThreadFallback } from '../thread-fallback';
import { syncStore } from './engine';
import { googleTokens } from './tokens';

const cache = new Map<string, { at: number; messages: GmailMessageMeta[] }>();

function accountFor(accounts: readonly SyncAccount[], address: string | null): SyncAccount | undefined {
  const usable = accounts.filter((a) => a.provider === 'google' && !a.paused && a.auth === 'ok');
  if (address) return usable.find((a) => a.address === canonicalEmail(address));
  return usable.length === 1 ? usable[0] : undefined;
}

async function readThread(
  account: SyncAccount,
  threadId: string,
  now: number,
  prefs: ReturnType<typeof syncPrefsOf>,
) {
  const key = `${account.id}|${threadId}`;
  const hit = cache.get(key);
  if (hit && now - hit.at < SYNC_LIMITS.gmail.threadCacheMs) return hit.messages;
  if (account.backoff && account.backoff.until > now) return null;
  const model = gmailCostModel(prefs.gmailCostModel);
  const budget = spendableBudget(model.perUser);
  const cost = model.costs['threads.get'] ?? 10;
  if (waitToSpend(account.ledgers[GMAIL_QUOTA] ?? [], cost, budget, now) > 0) return null;
  const token = await googleTokens.get(account.id);
  if (!token) return null;
  if (!(await syncStore.recordSpend(account.id, GMAIL_QUOTA, cost, budget, now))) return null;
  const api = { fetch: (url: string, init: RequestInit) => fetch(url, init), now: () => Date.now() };
  const r = await getThread(api, token, threadId, new AbortController().signal);
  if (!r.ok) {
    // A wait the API asks for holds for the sync too; a thread Gmail does not know is simply not shown.
    if (r.failure.kind === 'rate' || r.failure.kind === 'server')
      await syncStore.recordFailure(
        account.id,
        r.failure,
        (n) => backoffDelay(r.failure, n, Math.random()),
        now,
      );
    return null;
  }
  cache.set(key, { at: now, messages: r.value });
  return r.value;
}

export const fromGmailApi: ThreadFallback = async ({ db, thread, settings, now, problem }) => {
  if (thread.provider !== 'gmail' || !GMAIL_ID.test(thread.threadId)) return null;
  const account = accountFor(await listAccounts(db), thread.account);
  if (!account) return null;
  const messages = await readThread(account, thread.threadId, now, syncPrefsOf(settings));
  const snapshot = messages && snapshotFromGmail(thread.threadId, account.address, messages);
  if (!messages || !snapshot) return null;
  const loggable = messages.filter((m) => snapshot.messages.some((s) => s.providerMessageId === m.id));
  // Tied to the account like synced mail: disconnecting with removal takes these too.
  const outcomes = await syncStore.logOutsidePass(
    account.id,
    GMAIL_STREAM,
    loggable.map((m) => ({ item: m.id, message: loggableFromGmail(m) })),
    now,
  );
  const preview = threadPreview(snapshot, settings);
  return {
    status: 'thread',
    threadKey: preview.threadKey,
    subject: snapshot.subject,
    provider: 'gmail',
    correspondents: preview.correspondents,
    main: preview.main,
    pending: false,
    added: outcomes.filter((o) => o.logged && !o.duplicate).length,
    alreadyLogged: outcomes.filter((o) => o.duplicate).length,
    decisions: outcomes.map((o, n) => ({
      providerMessageId: loggable[n]?.id ?? '',
      logged: o.logged,
      reason: o.reason,
      ...(o.because ? { because: o.because } : {}),
    })),
    at: now,
    readFrom: 'api',
    pageProblem: problem,
  };
};
