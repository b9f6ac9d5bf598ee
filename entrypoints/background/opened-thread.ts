// Logs a thread read from a mail page and turns the result into the sidebar's context for that tab.
import { browser } from '#imports';
import { canonicalEmail } from '../../core/email';
import { mainCorrespondent, messagesFromThread, participantsOf } from '../../core/logging-policy';
import type { ThreadSnapshot } from '../../core/mail';
import { isInternalAddress, isOwnAddress } from '../../core/matching';
import type { Settings } from '../../core/model';
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
      },
  );
  const own = snapshot.account
    ? [...settings.ownAddresses, canonicalEmail(snapshot.account)]
    : settings.ownAddresses;
  const fold = settings.gmailDotPlusFolding;
  const correspondents = [...result.correspondents];
  const known = new Set(correspondents.map((c) => c.address));
  const all = messagesFromThread(snapshot);
  for (const p of all.flatMap(participantsOf)) {
    if (
      known.has(p.address) ||
      isOwnAddress(p.address, own, fold) ||
      isInternalAddress(p.address, settings.internalDomains)
    )
      continue;
    known.add(p.address);
    correspondents.push({ address: p.address, name: p.name.trim(), isNew: false });
  }
  return { ...result, decisions, correspondents, main: mainCorrespondent(all, { settings, own }) };
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

// The tab's last snapshot lives in storage.session (the worker may be stopped between reading a thread
// and the user adding its correspondent), so adding someone can log the thread's mail with them at once.
const snapshotKey = (tabId: number) => `thread:${tabId}`;

/** Remembers the thread a tab shows. */
export async function rememberThread(tabId: number, snapshot: ThreadSnapshot): Promise<void> {
  await browser.storage.session.set({ [snapshotKey(tabId)]: snapshot });
}

/** The thread a tab showed last, if it still does. */
export async function rememberedThread(tabId: number): Promise<ThreadSnapshot | null> {
  const key = snapshotKey(tabId);
  return ((await browser.storage.session.get(key))[key] as ThreadSnapshot | undefined) ?? null;
}

/** Forgets a tab's thread: it navigated away or closed. */
export async function forgetThread(tabId: number): Promise<void> {
  await browser.storage.session.remove(snapshotKey(tabId));
}
