// When the page cannot be read but names a thread, what else can say who the thread is with. The base first
// (logged before, imported or synced); then the Gmail API's threads.get (sync/thread-from-api.ts) and Graph's
// conversation read (sync/thread-from-graph.ts), which handlers.ts appends: they import this file's types. A fallback answers for the thread named, or null; never
// another thread.
import type { ThreadSnapshot, UnreadableThread } from '../../core/mail';
import type { Settings } from '../../core/model';
import { knownThreadPreview, threadPreview } from '../../core/thread-context';
import type { TabContext } from '../../integrations/messaging/protocol';
import type { KartkaDB } from '../../storage/db';
import { knownThread } from '../../storage/known-thread';
import type { MessageOutcome } from '../../storage/log';

export interface FallbackInput {
  db: KartkaDB;
  thread: UnreadableThread;
  settings: Settings;
  now: number;
  /** Why the page could not be read: shown beside the card, copied into a bug report. */
  problem: { reason: string; details: Record<string, string> };
}

export type ThreadFallback = (input: FallbackInput) => Promise<TabContext | null>;

/** The thread's card from what the base holds of it: its correspondents and main one, nothing newly logged. */
export const fromBase: ThreadFallback = async ({ db, thread, settings, now, problem }) => {
  const known = await knownThread(db, thread.provider, thread.threadId);
  if (!known) return null;
  const preview = knownThreadPreview(known.key, known.interactions, settings, thread.account);
  if (preview.correspondents.length === 0) return null;
  return {
    status: 'thread',
    threadKey: preview.threadKey,
    subject: preview.subject,
    provider: thread.provider,
    correspondents: preview.correspondents,
    main: preview.main,
    pending: false,
    added: 0,
    alreadyLogged: 0,
    decisions: [],
    at: now,
    readFrom: 'base',
    pageProblem: problem,
  };
};

export const THREAD_FALLBACKS: readonly ThreadFallback[] = [fromBase];

/** The first fallback's context for the thread, or null when none knows it (the sidebar then shows the notice). */
export async function contextWithoutPage(
  input: FallbackInput,
  fallbacks: readonly ThreadFallback[] = THREAD_FALLBACKS,
): Promise<TabContext | null> {
  for (const fallback of fallbacks) {
    const context = await fallback(input);
    if (context) return context;
  }
  return null;
}

/**
 * The card of a thread an account's API read (Gmail threads.get, Graph's conversation), once its messages went
 * through the sync's logging path (`outcomes`, in the order of `ids`): as for a page reading, saying where it
 * was read from instead.
 */
export function apiThreadContext(
  snapshot: ThreadSnapshot,
  ids: readonly string[],
  outcomes: readonly MessageOutcome[],
  { settings, now, problem }: Pick<FallbackInput, 'settings' | 'now' | 'problem'>,
): TabContext {
  const preview = threadPreview(snapshot, settings);
  return {
    status: 'thread',
    threadKey: preview.threadKey,
    subject: snapshot.subject,
    provider: snapshot.provider,
    correspondents: preview.correspondents,
    main: preview.main,
    pending: false,
    added: outcomes.filter((o) => o.logged && !o.duplicate).length,
    alreadyLogged: outcomes.filter((o) => o.duplicate).length,
    decisions: outcomes.map((o, n) => ({
      providerMessageId: ids[n] ?? '',
      logged: o.logged,
      reason: o.reason,
      ...(o.because ? { because: o.because } : {}),
    })),
    at: now,
    readFrom: 'api',
    pageProblem: problem,
  };
}
