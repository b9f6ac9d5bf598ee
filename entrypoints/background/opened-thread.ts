// Logs a thread read from a mail page and turns it into the sidebar's context for that tab: a preview
// at once (who is on the thread), then the logged result (what was added and why).
import { canonicalEmail } from '../../core/email';
import { mainCorrespondent, messagesFromThread, participantsOf } from '../../core/logging-policy';
import type { ThreadSnapshot } from '../../core/mail';
import { isInternalAddress, isOwnAddress } from '../../core/matching';
import type { Settings } from '../../core/model';
import { threadKey } from '../../core/ids';
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

/** The thread's correspondents (everyone but me and my colleagues, in order of appearance) and the main one. */
function whoIsOnIt(
  snapshot: ThreadSnapshot,
  settings: Settings,
): Pick<LogThreadResult, 'correspondents' | 'main'> {
  const own = snapshot.account
    ? [...settings.ownAddresses, canonicalEmail(snapshot.account)]
    : settings.ownAddresses;
  const fold = settings.gmailDotPlusFolding;
  const messages = messagesFromThread(snapshot);
  const seen = new Map<string, string>();
  for (const p of messages.flatMap(participantsOf)) {
    if (isOwnAddress(p.address, own, fold) || isInternalAddress(p.address, settings.internalDomains))
      continue;
    if (!seen.get(p.address)) seen.set(p.address, p.name.trim());
  }
  const correspondents = [...seen].map(([address, name]) => ({ address, name, isNew: false }));
  return { correspondents, main: mainCorrespondent(messages, { settings, own }) };
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
      },
  );
  const everyone = whoIsOnIt(snapshot, settings);
  const known = new Set(result.correspondents.map((c) => c.address));
  const correspondents = [
    ...result.correspondents,
    ...everyone.correspondents.filter((c) => !known.has(c.address)),
  ];
  return { ...result, decisions, correspondents, main: everyone.main };
}

/**
 * The context to show while the thread is being logged: its correspondents are known from the page, so
 * the card of someone already in the base can show before the logging transaction ends.
 */
export function previewContext(snapshot: ThreadSnapshot, settings: Settings, now: number): TabContext {
  const { correspondents, main } = whoIsOnIt(snapshot, settings);
  return {
    status: 'thread',
    threadKey: threadKey(snapshot.provider, snapshot.threadId),
    subject: snapshot.subject,
    provider: snapshot.provider,
    correspondents: correspondents.map(({ address, name }) => ({ address, name })),
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
    decisions: result.decisions.map(({ providerMessageId, logged, reason }) => ({
      providerMessageId,
      logged,
      reason,
    })),
    at: now,
  };
}
