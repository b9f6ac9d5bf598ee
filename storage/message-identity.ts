// The logging path's one identity step: for each message of a chunk, the record the base already holds for it
// (by provider key, an alias key, the Message-ID, or the fingerprint), and that record rekeyed with what the
// message adds. The rule itself is core/message-identity.ts; how other sources feed it: /work/notes/14.md.
import { canonicalEmail } from '../core/email';
import type { InteractionId, ThreadKey } from '../core/ids';
import type { LoggableMessage } from '../core/logging-policy';
import {
  chooseMatch,
  fingerprintOf,
  fingerprintRange,
  keyStrengthOf,
  mergeIdentity,
  type IdentityFacts,
  type IdentityPatch,
} from '../core/message-identity';
import type { InteractionSource } from '../core/model';
import type { KartkaDB, StoredInteraction } from './db';
import { entriesInRanges, primaryKeysByKeys } from './lookup';

/** Sources whose dates are a page's whole minutes and whose subject is the thread's. */
export const PAGE_SOURCES: ReadonlySet<InteractionSource> = new Set(['gmail', 'outlook']);

/** How a message was recognised as one already in the base. */
export type KnownVia = 'key' | 'alias' | 'rfc' | 'fingerprint';

export interface KnownMessage {
  row: StoredInteraction;
  via: KnownVia;
}

/** Identity facts of an incoming message (positional keys included: they are compared, never stored). */
export function incomingFacts(m: LoggableMessage, source: InteractionSource): IdentityFacts {
  const facts: IdentityFacts = {
    strength: keyStrengthOf(m.providerKey, m.keyStrength),
    aliasKeys: [],
    threadAliases: [],
    sender: m.from ? canonicalEmail(m.from.address) : null,
    recipients: [...m.to, ...m.cc].map((r) => canonicalEmail(r.address)),
    subject: m.subject,
    at: m.date ?? 0,
    precise: m.date !== null && !PAGE_SOURCES.has(source),
  };
  if (m.providerKey) facts.providerKey = m.providerKey;
  if (m.rfcMessageId) facts.rfcMessageId = m.rfcMessageId;
  if (m.threadKey) facts.threadKey = m.threadKey;
  return facts;
}

/** Identity facts of a stored record. */
export function storedFacts(row: StoredInteraction): IdentityFacts {
  const facts: IdentityFacts = {
    strength: row.provisionalKey ? 'provisional' : keyStrengthOf(row.providerKey),
    aliasKeys: row.aliasKeys ?? [],
    threadAliases: row.threadAliases ?? [],
    sender: row.participants.find((p) => p.role === 'from')?.address ?? null,
    recipients: row.participants.flatMap((p) =>
      (p.role === 'to' || p.role === 'cc') && p.address ? [p.address] : [],
    ),
    subject: row.subject ?? '',
    at: row.at,
    precise: !row.pageDated,
  };
  if (row.providerKey) facts.providerKey = row.providerKey;
  if (row.rfcMessageId) facts.rfcMessageId = row.rfcMessageId;
  if (row.threadKey) facts.threadKey = row.threadKey;
  return facts;
}

/** The record with a patch applied (a new object; the caller writes it). */
export function applyIdentityPatch(row: StoredInteraction, patch: IdentityPatch): StoredInteraction {
  const next: StoredInteraction = { ...row };
  if (patch.providerKey !== undefined) next.providerKey = patch.providerKey;
  if (patch.provisionalKey === true) next.provisionalKey = true;
  else if (patch.provisionalKey === false) delete next.provisionalKey;
  if (patch.aliasKeys) next.aliasKeys = patch.aliasKeys;
  if (patch.rfcMessageId) next.rfcMessageId = patch.rfcMessageId;
  if (patch.threadKey) next.threadKey = patch.threadKey as ThreadKey;
  if (patch.threadAliases) next.threadAliases = patch.threadAliases as ThreadKey[];
  if (patch.at !== undefined) next.at = patch.at;
  if (patch.subject !== undefined) next.subject = patch.subject.slice(0, 500);
  if (patch.precise) delete next.pageDated;
  return next;
}

/** The patch a known message makes to its record, or null. */
export function identityPatch(known: KnownMessage, m: LoggableMessage, source: InteractionSource) {
  return mergeIdentity(storedFacts(known.row), incomingFacts(m, source));
}

/**
 * For each message, the record the base already holds for it, or undefined; runs inside the caller's rw
 * transaction over `interactions`. Lookups go in waves (keys and aliases, then Message-IDs, then
 * fingerprints), each wave one batch of requests, and only for what the previous ones did not find; rows are
 * read only for fingerprint entries of the same sender.
 */
export async function findKnownMessages(
  db: KartkaDB,
  messages: readonly LoggableMessage[],
  source: InteractionSource,
): Promise<(KnownMessage | undefined)[]> {
  const facts = messages.map((m) => incomingFacts(m, source));
  const keyOf = (i: number) => {
    const f = facts[i];
    return f?.providerKey && f.strength !== 'positional' ? f.providerKey : undefined;
  };
  const keys = messages.flatMap((_, i) => keyOf(i) ?? []);
  const [byKey, byAlias] = await Promise.all([
    primaryKeysByKeys(db.interactions, 'providerKey', keys),
    primaryKeysByKeys(db.interactions, 'aliasKeys', keys),
  ]);
  const found: ({ id: string; via: KnownVia } | undefined)[] = messages.map((_, i) => {
    const key = keyOf(i);
    const direct = key ? byKey.get(key) : undefined;
    if (direct) return { id: direct, via: 'key' };
    const alias = key ? byAlias.get(key) : undefined;
    return alias ? { id: alias, via: 'alias' } : undefined;
  });

  const rfcs = messages.flatMap((m, i) => (!found[i] && m.rfcMessageId ? [m.rfcMessageId] : []));
  const byRfc = await primaryKeysByKeys(db.interactions, 'rfcMessageId', rfcs);
  messages.forEach((m, i) => {
    const id = !found[i] && m.rfcMessageId ? byRfc.get(m.rfcMessageId) : undefined;
    if (id) found[i] = { id, via: 'rfc' };
  });

  // The rest may be a message the base holds under another key: look among the records near its fingerprint
  // from the same sender. One that has a Message-ID can only be a record without one (the sparse index).
  const open = messages.flatMap((m, i) =>
    !found[i] && m.date !== null && fingerprintOf(m.from?.address, m.date) ? [i] : [],
  );
  const [loose, full] = [
    open.filter((i) => messages[i]?.rfcMessageId),
    open.filter((i) => !messages[i]?.rfcMessageId),
  ];
  const rangesOf = (group: number[]) => group.map((i) => fingerprintRange(messages[i]?.date ?? 0));
  const [looseEntries, fullEntries] = await Promise.all([
    entriesInRanges(db.interactions, 'looseFingerprint', rangesOf(loose)),
    entriesInRanges(db.interactions, 'fingerprint', rangesOf(full)),
  ]);
  const nearby = new Map<number, string[]>();
  const collect = (group: number[], entries: [string, string][][]) =>
    group.forEach((i, n) => {
      const sender = facts[i]?.sender ?? '';
      nearby.set(
        i,
        (entries[n] ?? []).flatMap(([key, id]) => (key.slice(key.indexOf('|') + 1) === sender ? [id] : [])),
      );
    });
  collect(loose, looseEntries);
  collect(full, fullEntries);
  const ids = [...new Set([...found.flatMap((f) => (f ? [f.id] : [])), ...[...nearby.values()].flat()])];
  const rows = new Map<string, StoredInteraction>();
  for (const row of ids.length ? await db.interactions.bulkGet(ids as InteractionId[]) : [])
    if (row) rows.set(row.id, row);

  const result: (KnownMessage | undefined)[] = found.map((f) => {
    const row = f && rows.get(f.id);
    return row && f ? { row, via: f.via } : undefined;
  });
  const candidates = new Map<string, { row: StoredInteraction; facts: IdentityFacts }>();
  const candidateOf = (row: StoredInteraction) => {
    let c = candidates.get(row.id);
    if (!c) candidates.set(row.id, (c = { row, facts: storedFacts(row) }));
    return c;
  };
  // A record is one message: once a message of this batch is it, no other message of the batch can be.
  const claimed = new Set(result.flatMap((k) => (k ? [candidateOf(k.row)] : [])));
  open.forEach((i) => {
    const incoming = facts[i];
    const near = (nearby.get(i) ?? []).flatMap((id) => {
      const row = rows.get(id);
      return row ? [candidateOf(row)] : [];
    });
    const match = incoming && chooseMatch(incoming, near, claimed);
    if (!match) return;
    claimed.add(match);
    result[i] = { row: match.row, via: 'fingerprint' };
  });
  return result;
}
