// Who a thread is with, decided before anything is written: lets the sidebar show the card at once.
import { canonicalEmail } from './email';
import { threadKey as makeThreadKey, type ThreadKey } from './ids';
import {
  mainCorrespondent,
  messagesFromThread,
  participantsOf,
  type LoggableMessage,
} from './logging-policy';
import type { ThreadSnapshot } from './mail';
import { isInternalAddress, isOwnAddress } from './matching';
import type { Interaction, Settings } from './model';

export interface ThreadPreview {
  threadKey: ThreadKey;
  main: string | null;
  correspondents: { address: string; name: string }[];
}

/** The thread's external correspondents (in order of appearance) and its main one. */
export function threadPreview(snapshot: ThreadSnapshot, settings: Settings): ThreadPreview {
  const messages = messagesFromThread(snapshot);
  const own = snapshot.account
    ? [...settings.ownAddresses, canonicalEmail(snapshot.account)]
    : settings.ownAddresses;
  const fold = settings.gmailDotPlusFolding;
  const seen = new Map<string, { address: string; name: string }>();
  for (const p of messages.flatMap(participantsOf)) {
    if (isOwnAddress(p.address, own, fold) || isInternalAddress(p.address, settings.internalDomains))
      continue;
    const known = seen.get(p.address);
    if (!known) seen.set(p.address, { address: p.address, name: p.name.trim() });
    else if (!known.name && p.name.trim()) known.name = p.name.trim();
  }
  return {
    threadKey: makeThreadKey(snapshot.provider, snapshot.threadId),
    main: mainCorrespondent(messages, { settings, own }),
    correspondents: [...seen.values()],
  };
}

/** A logged interaction as the policy sees a message: its people by role, its date and subject. */
function asMessage(i: Interaction): LoggableMessage {
  const by = (role: string) =>
    i.participants.flatMap((p) =>
      p.role === role && p.address ? [{ address: p.address, name: p.name ?? '' }] : [],
    );
  return {
    from: by('from')[0] ?? null,
    to: by('to'),
    cc: by('cc'),
    subject: i.subject ?? '',
    date: i.at,
    attachmentNames: i.attachmentNames,
  };
}

/**
 * Who a thread the base already holds is with, read from its logged messages when the page cannot be read: the
 * external correspondents, the main one and the latest subject. Own addresses are the settings', the page's
 * account when it showed one, and the senders of the thread's outgoing mail.
 */
export function knownThreadPreview(
  key: ThreadKey,
  interactions: readonly Interaction[],
  settings: Settings,
  account: string | null,
): ThreadPreview & { subject: string } {
  const messages = interactions.map(asMessage);
  const senders = interactions.flatMap((i, n) =>
    i.direction === 'outgoing' && messages[n]?.from ? [messages[n].from.address] : [],
  );
  const own = [...settings.ownAddresses, ...(account ? [canonicalEmail(account)] : []), ...senders];
  const seen = new Map<string, { address: string; name: string }>();
  for (const p of messages.flatMap(participantsOf)) {
    if (isOwnAddress(p.address, own, settings.gmailDotPlusFolding)) continue;
    if (isInternalAddress(p.address, settings.internalDomains)) continue;
    const known = seen.get(p.address);
    if (!known) seen.set(p.address, { address: p.address, name: p.name.trim() });
    else if (!known.name && p.name.trim()) known.name = p.name.trim();
  }
  const latest = [...interactions].sort((a, b) => b.at - a.at)[0];
  return {
    threadKey: key,
    main: mainCorrespondent(messages, { settings, own }),
    correspondents: [...seen.values()],
    subject: latest?.subject ?? '',
  };
}
