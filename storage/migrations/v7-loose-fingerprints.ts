// Version 7: `looseFingerprint`, the fingerprint of a record that has no Message-ID yet. A message that carries
// one (an API sync, an archive) can only turn out to be such a record (two Message-IDs are two messages), so its
// fingerprint lookup walks this sparse index instead of every message of those minutes.
import type { Transaction } from 'dexie';
import type { Interaction } from '../../core/model';
import { identityKeys as fingerprintKeys } from './v6-message-identity';

/**
 * The derived fingerprints of an interaction (set by the `derivedKeys` middleware on every write): `fingerprint`
 * on every one with a sender address, and `looseFingerprint` too while it has no Message-ID.
 */
export function identityKeys(i: {
  participants: readonly { role: string; address?: string }[];
  at: number;
  rfcMessageId?: string;
}): { fingerprint?: string; looseFingerprint?: string } {
  const { fingerprint } = fingerprintKeys(i);
  if (!fingerprint) return {};
  return i.rfcMessageId ? { fingerprint } : { fingerprint, looseFingerprint: fingerprint };
}

/** Named data migration for version 7: every interaction without a Message-ID gets its loose fingerprint. */
export async function backfillLooseFingerprints(tx: Transaction): Promise<void> {
  await tx
    .table<Interaction & { fingerprint?: string; looseFingerprint?: string }>('interactions')
    .toCollection()
    .modify((interaction) => {
      delete interaction.looseFingerprint;
      Object.assign(interaction, identityKeys(interaction));
    });
}
