// Reads what the sidebar card shows for one address, in one read transaction, through indexes only.
import {
  buildTimeline,
  initialsOf,
  TIMELINE_LIMIT,
  type CardView,
  type DealView,
  type TaskView,
} from '../core/card';
import { foldGmail } from '../core/email';
import type { PersonId } from '../core/ids';
import { defaultStageRules } from '../core/lifecycle';
import { isGmailAddress } from '../core/matching';
import type { Interaction, Settings } from '../core/model';
import type { KartkaDB, StoredPerson } from './db';

/** Up to this many interactions, a person's history is read whole through `personIds` and sorted. */
const SMALL_HISTORY = 1000;
/** Open tasks shown on the card, soonest first. */
const TASK_LIMIT = 20;

/** Follows merges to the surviving person (bounded, in case of a corrupt cycle). */
async function surviving(db: KartkaDB, person: StoredPerson | undefined): Promise<StoredPerson | undefined> {
  let current = person;
  for (let hops = 0; current?.mergedInto && hops < 8; hops++)
    current = await db.people.get(current.mergedInto);
  return current;
}

async function personFor(db: KartkaDB, address: string, fold: boolean): Promise<StoredPerson | undefined> {
  const email = address.trim().toLowerCase();
  const exact = await db.people.where('emails').equals(email).first();
  if (exact || !fold || !isGmailAddress(email)) return surviving(db, exact);
  return surviving(db, await db.people.where('gmailKeys').equals(foldGmail(email)).first());
}

/**
 * The latest interactions of a person, newest first. A usual history is read through the `personIds`
 * index; a very long one (thousands of emails) is walked backwards along `at`, where its recent
 * entries are dense, and stops at `limit`.
 */
async function latestInteractions(
  db: KartkaDB,
  id: PersonId,
  count: number,
  limit: number,
): Promise<Interaction[]> {
  if (count <= SMALL_HISTORY) {
    const all = await db.interactions.where('personIds').equals(id).toArray();
    return all.sort((a, b) => b.at - a.at).slice(0, limit);
  }
  return db.interactions
    .orderBy('at')
    .reverse()
    .filter((i) => i.personIds.includes(id))
    .limit(limit)
    .toArray();
}

/** The card for the person who owns `address`, or null when nobody in the base does. */
export async function cardForAddress(
  db: KartkaDB,
  address: string,
  settings: Settings,
): Promise<CardView | null> {
  return db.transaction('r', [db.people, db.companies, db.interactions, db.tasks, db.deals], async () => {
    const person = await personFor(db, address, settings.gmailDotPlusFolding);
    if (!person) return null;
    const link = person.companies.find((c) => !c.archived);
    const [company, historyCount, tasks, deals] = await Promise.all([
      link ? db.companies.get(link.companyId) : undefined,
      db.interactions.where('personIds').equals(person.id).count(),
      db.tasks
        .where('personId')
        .equals(person.id)
        .filter((t) => !t.done)
        .toArray(),
      db.deals.where('personId').equals(person.id).toArray(),
    ]);
    const interactions = await latestInteractions(db, person.id, historyCount, TIMELINE_LIMIT);
    const stageDef = person.stage ? settings.pipeline.find((s) => s.id === person.stage?.stage) : undefined;
    const openTasks: TaskView[] = tasks
      .sort((a, b) => a.due - b.due)
      .slice(0, TASK_LIMIT)
      .map(({ id, title, due }) => ({ id, title, due }));
    const dealViews: DealView[] = deals
      .sort((a, b) => Number(a.status !== 'open') - Number(b.status !== 'open') || b.openedAt - a.openedAt)
      .map((d) => ({
        id: d.id,
        title: d.title,
        amount: d.amount ?? null,
        currency: d.currency ?? null,
        status: d.status,
        openedAt: d.openedAt,
        closedAt: d.closedAt ?? null,
        lostReason: d.lostReason ?? null,
      }));
    return {
      personId: person.id,
      displayName: person.displayName,
      initials: initialsOf(person.displayName, person.emails[0] ?? ''),
      company: company ? [company.legalForm, company.name].filter(Boolean).join(' ') : null,
      position: person.position ?? link?.role ?? null,
      stage: person.stage
        ? {
            id: person.stage.stage,
            label: stageDef?.label ?? person.stage.stage,
            color: stageDef?.color ?? '#5f6368',
            reason: person.stage.reason,
            setBy: person.stage.setBy,
          }
        : null,
      emails: person.emails,
      phones: person.phones,
      birthday: person.birthday ?? null,
      manager: person.manager ?? null,
      tags: person.tags,
      consent: person.consent ?? null,
      lastContactAt: person.lastContactAt ?? null,
      historyCount,
      timeline: buildTimeline(interactions, deals),
      openTasks,
      deals: dealViews,
      stages: settings.pipeline.map(({ id, label, color }) => ({ id, label, color })),
      currency: (settings.stageRules ?? defaultStageRules()).amountCurrency,
    };
  });
}
