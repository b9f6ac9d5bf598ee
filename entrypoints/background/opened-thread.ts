// Logs a thread read from a mail page and turns it into the sidebar's context for that tab: a preview
// at once (who is on the thread), then the logged result (what was added and why).
import type { ThreadSnapshot } from '../../core/mail';
import type { Settings } from '../../core/model';
import { threadPreview } from '../../core/thread-context';
import type { TabContext } from '../../integrations/messaging/protocol';
import type { KartkaDB } from '../../storage/db';
import { logThread, type LogThreadResult } from '../../storage/interactions';

/** Why a collapsed Gmail message is not logged yet, shown in the sidebar's "why" list. */
export const PROVISIONAL_REASON =
  'collapsed on the page, so Gmail shows no id yet: logged once it is expanded';

/**
 * Gmail shows no ids on a collapsed message; the adapter numbers it `<threadId>#<index>`. Logging it
 * under that key would duplicate the same message once it is expanded and read with its real id.
 */
export function isProvisional(snapshot: ThreadSnapshot, providerMessageId: string): boolean {
  return snapshot.provider === 'gmail' && providerMessageId.includes('#');
}

/** Logs the thread's messages that have real ids; provisional ones still name the thread's correspondents. */
export async function logOpenedThread(
  db: KartkaDB,
  snapshot: ThreadSnapshot,
  settings: Settings,
  now: number,
): Promise<LogThreadResult> {
  const loggable = snapshot.messages.filter((m) => !isProvisional(snapshot, m.providerMessageId));
  const result = await logThread(db, { ...snapshot, messages: loggable }, settings, now);
  if (loggable.length === snapshot.messages.length) return result;

  const byId = new Map(result.decisions.map((d) => [d.providerMessageId, d]));
  const decisions = snapshot.messages.map(
    (m) =>
      byId.get(m.providerMessageId) ?? {
        providerMessageId: m.providerMessageId,
        logged: false,
        reason: PROVISIONAL_REASON,
        because: { code: 'provisional' as const },
      },
  );
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
    decisions: result.decisions.map(({ providerMessageId, logged, reason, because }) =>
      because ? { providerMessageId, logged, reason, because } : { providerMessageId, logged, reason },
    ),
    at: now,
  };
}
