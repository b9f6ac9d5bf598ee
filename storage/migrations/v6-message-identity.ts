// Version 6: one record per message whichever way it arrived. Each interaction gets its fingerprint
// (`<minute>|<sender>`), which finds a page reading that has no real id yet; page readings are marked
// page-dated; Outlook page keys become provisional (Graph's immutable ids will replace them) and positional
// ones (`<conversationId>#<index>`, a place on the page, not an id) are dropped.
import type { Transaction } from 'dexie';
import { fingerprintOf, keyStrengthOf } from '../../core/message-identity';
import type { Interaction } from '../../core/model';

/** The derived fingerprint of an interaction (absent when it has no sender address). */
export function identityKeys(i: {
  participants: readonly { role: string; address?: string }[];
  at: number;
}): { fingerprint?: string } {
  const sender = i.participants.find((p) => p.role === 'from')?.address;
  const fingerprint = fingerprintOf(sender, i.at);
  return fingerprint ? { fingerprint } : {};
}

const PAGE_SOURCES = new Set(['gmail', 'outlook']);

/** Named data migration for version 6. */
export async function backfillMessageIdentity(tx: Transaction): Promise<void> {
  await tx
    .table<Interaction & { fingerprint?: string }>('interactions')
    .toCollection()
    .modify((interaction) => {
      Object.assign(interaction, identityKeys(interaction));
      if (!PAGE_SOURCES.has(interaction.source)) return;
      interaction.pageDated = true;
      const strength = keyStrengthOf(interaction.providerKey);
      if (strength === 'positional') delete interaction.providerKey;
      else if (interaction.source === 'outlook' || strength === 'provisional')
        interaction.provisionalKey = true;
    });
}
