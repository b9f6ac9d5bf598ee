// Deals and orders: open, won or lost with a reason; closing one re-derives the client's stage.
import { dealId as asDealId, type CompanyId, type DealId, type PersonId } from '../core/ids';
import type { Deal, Settings } from '../core/model';
import { newId, type KartkaDB } from './db';
import { refreshStage } from './stages';

export type DealInput = Pick<Deal, 'title'> &
  Partial<Pick<Deal, 'amount' | 'currency' | 'personId' | 'companyId' | 'openedAt'>>;

/** Opens a deal; it needs a title and a person or a company. */
export async function addDeal(db: KartkaDB, input: DealInput, now: number): Promise<Deal> {
  const title = input.title.trim();
  if (!title) throw new Error('A deal needs a title; nothing was saved.');
  if (!input.personId && !input.companyId)
    throw new Error(`Deal "${title}" needs a person or a company; nothing was saved.`);
  if (input.amount !== undefined && !(Number.isFinite(input.amount) && input.amount >= 0)) {
    throw new Error(`Deal "${title}": the amount must be a number of 0 or more.`);
  }
  const deal: Deal = {
    ...input,
    title,
    id: asDealId(newId()),
    status: 'open',
    openedAt: input.openedAt ?? now,
    createdAt: now,
    updatedAt: now,
  };
  if (input.currency) deal.currency = input.currency.trim().toUpperCase();
  await db.deals.add(deal);
  return deal;
}

/** Closes a deal as won or lost (a lost deal keeps its reason) and re-derives the client's stage. */
export async function closeDeal(
  db: KartkaDB,
  id: DealId,
  outcome: 'won' | 'lost',
  reason: string,
  settings: Settings,
  now: number,
): Promise<Deal | undefined> {
  return db.transaction('rw', [db.deals, db.people, db.companies, db.lastContact], async () => {
    const deal = await db.deals.get(id);
    if (!deal) return undefined;
    const closed: Deal = { ...deal, status: outcome, closedAt: now, updatedAt: now };
    if (outcome === 'lost') closed.lostReason = reason.trim() || 'no reason given';
    else delete closed.lostReason;
    await db.deals.put(closed);
    if (deal.personId) await refreshStage(db, { kind: 'person', id: deal.personId }, settings, now);
    if (deal.companyId) await refreshStage(db, { kind: 'company', id: deal.companyId }, settings, now);
    return closed;
  });
}

/** A person's deals, newest first. */
export async function dealsForPerson(db: KartkaDB, personId: PersonId): Promise<Deal[]> {
  return (await db.deals.where('personId').equals(personId).toArray()).sort(
    (a, b) => b.openedAt - a.openedAt,
  );
}

/** A company's deals, newest first. */
export async function dealsForCompany(db: KartkaDB, companyId: CompanyId): Promise<Deal[]> {
  return (await db.deals.where('companyId').equals(companyId).toArray()).sort(
    (a, b) => b.openedAt - a.openedAt,
  );
}
