// Who a thread is with, decided before anything is written: lets the sidebar show the card at once.
import { canonicalEmail } from './email';
import { threadKey as makeThreadKey, type ThreadKey } from './ids';
import { mainCorrespondent, messagesFromThread, participantsOf } from './logging-policy';
import type { ThreadSnapshot } from './mail';
import { isInternalAddress, isOwnAddress } from './matching';
import type { Settings } from './model';

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
