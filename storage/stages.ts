// Re-derives a client's stage from its deals and contact history, storing the rule's reason.
import { defaultStageRules, stageOf, type StageVerdict } from '../core/lifecycle';
import type { Settings, StageState } from '../core/model';
import type { KartkaDB } from './db';
import { laterContact } from './last-contact';
import type { ClientRef } from './people';

/** Applies the stage rules to one client; a stage set by hand or import is left as it is. */
export async function refreshStage(
  db: KartkaDB,
  ref: ClientRef,
  settings: Settings,
  now: number,
): Promise<StageVerdict | undefined> {
  const rules = settings.stageRules ?? defaultStageRules();
  return db.transaction('rw', [db.deals, db.people, db.companies, db.lastContact], async () => {
    const record = ref.kind === 'person' ? await db.people.get(ref.id) : await db.companies.get(ref.id);
    if (!record) return undefined;
    const lastContactAt = laterContact(record.lastContactAt, (await db.lastContact.get(ref.id))?.at);
    const deals = await (
      ref.kind === 'person'
        ? db.deals.where('personId').equals(ref.id)
        : db.deals.where('companyId').equals(ref.id)
    ).toArray();
    const history = lastContactAt === undefined ? { deals } : { deals, lastContactAt };
    const verdict = stageOf(record, history, rules, now);
    const same =
      record.stage?.stage === verdict.stage &&
      record.stage.reason === verdict.reason &&
      // A rule stage stored before reasons were kept by rule is written once more, with its rule.
      (record.stage.setBy !== 'rule' || record.stage.because !== undefined);
    if (same) return verdict;
    if (verdict.setBy !== 'rule') return verdict;
    const since = record.stage?.stage === verdict.stage ? record.stage.since : now;
    const stage: StageState = { stage: verdict.stage, reason: verdict.reason, setBy: 'rule', since };
    if (verdict.because) stage.because = verdict.because;
    if (ref.kind === 'person') await db.people.update(ref.id, { stage, updatedAt: now });
    else await db.companies.update(ref.id, { stage, updatedAt: now });
    return verdict;
  });
}
