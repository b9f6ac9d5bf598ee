// Logs a thread read from a mail page and turns it into the sidebar's context for that tab: a preview
// at once (who is on the thread), then the logged result (what was added and why).
import type { MessageSnapshot, ThreadSnapshot } from '../../core/mail';
import { isOwnAddress } from '../../core/matching';
import type { Settings } from '../../core/model';
import { threadPreview } from '../../core/thread-context';
import type { ChatContext, TabContext } from '../../integrations/messaging/protocol';
import type { KartkaDB } from '../../storage/db';
import { logThread, type LogDecision, type LogThreadResult } from '../../storage/interactions';

/** Why a collapsed Gmail message is not logged yet, shown in the sidebar's "why" list. */
export const PROVISIONAL_REASON =
  'collapsed on the page, so Gmail shows no id yet: logged once it is expanded';
/** Why a collapsed message whose sender's address or recipients the page does not show is not logged yet. */
export const COLLAPSED_REASON =
  "collapsed on the page, which does not show its sender's address or recipients yet: logged once it is expanded";

/**
 * Why a message read from the page is not logged yet, or null when it can be. Gmail shows no ids on a
 * collapsed message in its older layout (the adapter numbers it `<threadId>#<index>`); logging it under that
 * key would duplicate it once expanded. A collapsed Outlook message names its sender without an address, and a
 * collapsed message of mine shows no recipients: logging those would say "internal" or drop the people. Such
 * messages still name the thread's correspondents, and the Gmail API / Graph sync logs them in full.
 */
export function notYetLoggable(
  snapshot: ThreadSnapshot,
  m: MessageSnapshot,
  settings: Settings,
): { reason: string; code: 'provisional' | 'collapsed' } | null {
  if (snapshot.provider === 'gmail' && m.providerMessageId.includes('#'))
    return { reason: PROVISIONAL_REASON, code: 'provisional' };
  if (m.expanded) return null;
  // Outlook shows a collapsed message's sender without an address (older pages titled it): wait in both, so that
  // every layout logs the same messages.
  if (snapshot.provider === 'outlook') return { reason: COLLAPSED_REASON, code: 'collapsed' };
  const own = snapshot.account ? [...settings.ownAddresses, snapshot.account] : settings.ownAddresses;
  const mine = m.from !== null && isOwnAddress(m.from.address, own, settings.gmailDotPlusFolding);
  if (m.from === null || (mine && m.to.length + m.cc.length === 0))
    return { reason: COLLAPSED_REASON, code: 'collapsed' };
  return null;
}

/** Logs the thread's messages that can be; the others still name the thread's correspondents. */
export async function logOpenedThread(
  db: KartkaDB,
  snapshot: ThreadSnapshot,
  settings: Settings,
  now: number,
): Promise<LogThreadResult> {
  const waiting = new Map(
    snapshot.messages.flatMap((m) => {
      const why = notYetLoggable(snapshot, m, settings);
      return why ? [[m, why] as const] : [];
    }),
  );
  const loggable = snapshot.messages.filter((m) => !waiting.has(m));
  const result = await logThread(db, { ...snapshot, messages: loggable }, settings, now);
  if (waiting.size === 0) return result;

  const byId = new Map(result.decisions.map((d) => [d.providerMessageId, d]));
  const decisions = snapshot.messages.map((m) => {
    const why = waiting.get(m);
    return why
      ? {
          providerMessageId: m.providerMessageId,
          logged: false,
          reason: why.reason,
          because: { code: why.code },
        }
      : (byId.get(m.providerMessageId) ?? {
          providerMessageId: m.providerMessageId,
          logged: false,
          reason: '',
        });
  });
  const everyone = threadPreview(snapshot, settings);
  const known = new Set(result.correspondents.map((c) => c.address));
  const correspondents = [
    ...result.correspondents,
    ...everyone.correspondents.filter((c) => !known.has(c.address)).map((c) => ({ ...c, isNew: false })),
  ];
  return { ...result, decisions, correspondents, main: everyone.main };
}

/**
 * The context to show while the thread is being logged: its correspondents are known from the page, so
 * the card of someone already in the base can show before the logging transaction ends.
 */
export function previewContext(snapshot: ThreadSnapshot, settings: Settings, now: number): TabContext {
  const { threadKey, correspondents, main } = threadPreview(snapshot, settings);
  return {
    status: 'thread',
    threadKey,
    subject: snapshot.subject,
    provider: snapshot.provider,
    correspondents,
    main,
    pending: true,
    added: 0,
    alreadyLogged: 0,
    decisions: [],
    at: now,
  };
}

/** Logging decisions as the sidebar's "why?" list shows them (no interaction ids; a code when there is one). */
export function decisionViews(decisions: readonly LogDecision[]): ChatContext['decisions'] {
  return decisions.map(({ providerMessageId, logged, reason, because }) =>
    because ? { providerMessageId, logged, reason, because } : { providerMessageId, logged, reason },
  );
}

/** The sidebar's context for a logged thread. */
export function threadContext(snapshot: ThreadSnapshot, result: LogThreadResult, now: number): TabContext {
  return {
    status: 'thread',
    threadKey: result.threadKey,
    subject: snapshot.subject,
    provider: snapshot.provider,
    correspondents: result.correspondents.map(({ address, name }) => ({ address, name })),
    main: result.main,
    pending: false,
    added: result.added,
    alreadyLogged: result.alreadyLogged,
    decisions: decisionViews(result.decisions),
    at: now,
  };
}
