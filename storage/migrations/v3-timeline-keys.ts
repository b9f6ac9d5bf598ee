// Version 3: interactions are indexed by (person, time) and (company, time), so a card reads a client's
// latest entries straight off the index; person and company search moves to memory (no token index).
import type { Transaction } from 'dexie';
import type { CompanyId, PersonId } from '../../core/ids';

/** What the derived timeline keys are computed from. */
interface Linked {
  at: number;
  personIds?: readonly PersonId[];
  companyIds?: readonly CompanyId[];
}

/** The derived index values: one `[id, at]` key per linked person and per linked company. */
export function timelineKeys(i: Linked): {
  personAt: [PersonId, number][];
  companyAt: [CompanyId, number][];
} {
  return {
    personAt: [...new Set(i.personIds ?? [])].map((id) => [id, i.at]),
    companyAt: [...new Set(i.companyIds ?? [])].map((id) => [id, i.at]),
  };
}

/** Named data migration for version 3: sets `personAt` and `companyAt` on every stored interaction. */
export async function backfillTimelineKeys(tx: Transaction): Promise<void> {
  await tx
    .table<Linked & { personAt?: unknown; companyAt?: unknown }>('interactions')
    .toCollection()
    .modify((interaction) => {
      Object.assign(interaction, timelineKeys(interaction));
    });
}
