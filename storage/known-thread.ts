// A thread the base already knows, found by the ids a page shows even when it cannot be read: the thread key
// (or another name the thread was seen under), else the key of a message the URL names (Outlook's item id with
// conversation view off), whose thread it is.
import { threadKey, type ThreadKey } from '../core/ids';
import type { Provider } from '../core/mail';
import type { KartkaDB, StoredInteraction } from './db';

/** How many of a thread's messages are read to name its people: the latest ones. */
const THREAD_LIMIT = 200;

export interface KnownThread {
  key: ThreadKey;
  /** Oldest first. */
  interactions: StoredInteraction[];
}

async function byThread(db: KartkaDB, key: ThreadKey): Promise<StoredInteraction[]> {
  const [own, aliased] = await Promise.all([
    db.interactions.where('threadKey').equals(key).limit(THREAD_LIMIT).toArray(),
    db.interactions.where('threadAliases').equals(key).limit(THREAD_LIMIT).toArray(),
  ]);
  const byId = new Map([...own, ...aliased].map((i) => [i.id, i]));
  return [...byId.values()].sort((a, b) => a.at - b.at);
}

/** The thread `provider` + `id` names in the base, or null when the base has no message of it. */
export async function knownThread(db: KartkaDB, provider: Provider, id: string): Promise<KnownThread | null> {
  const key = threadKey(provider, id);
  const direct = await byThread(db, key);
  if (direct.length > 0) return { key, interactions: direct };
  const messageKey = `${provider}:${id}`;
  const message =
    (await db.interactions.where('providerKey').equals(messageKey).first()) ??
    (await db.interactions.where('aliasKeys').equals(messageKey).first());
  if (!message) return null;
  if (!message.threadKey) return { key, interactions: [message] };
  const thread = await byThread(db, message.threadKey);
  return { key: message.threadKey, interactions: thread.length > 0 ? thread : [message] };
}
