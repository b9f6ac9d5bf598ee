// Reads what the sidebar card shows for one address, through indexes only.
import {
  buildTimeline,
  initialsOf,
  TIMELINE_LIMIT,
  type CardView,
  type DealView,
  type TaskView,
} from '../core/card';
import Dexie from 'dexie';
import { foldGmail } from '../core/email';
import type { PersonId } from '../core/ids';
import { defaultStageRules } from '../core/lifecycle';
import { isGmailAddress } from '../core/matching';
import type { Settings } from '../core/model';
import type { KartkaDB, StoredPerson } from './db';

/** Up to this many interactions, a person's history is read whole through `personIds` and sorted. */
const SMALL_HISTORY = 1000;
/** Open tasks shown on the card, soonest first. */
const TASK_LIMIT = 20;

/**
 * The latest interactions of a person, newest first. A usual history is read through the `personIds`
 * index; a very long one (thousands of emails) is walked backwards along `at`, where its recent
 * entries are dense, and stops at `limit`.
 */
function latestInteractions(db: KartkaDB, id: PersonId, count: number, limit: number) {
  if (count <= SMALL_HISTORY) {
    return db.interactions
      .where('personIds')
      .equals(id)
      .toArray()
      .then((all) => all.sort((a, b) => b.at - a.at).slice(0, limit));
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
  // The background runs this under liveQuery, which sees only the reads made in its zone: so every await
  // here is on a Dexie promise (no native async helpers, no native Promise.all, no explicit transaction,
  // which would commit early), and a change to anything read re-runs it.
  const email = address.trim().toLowerCase();
  let person: StoredPerson | undefined = await db.people.where('emails').equals(email).first();
  if (!person && settings.gmailDotPlusFolding && isGmailAddress(email)) {
    person = await db.people.where('gmailKeys').equals(foldGmail(email)).first();
  }
  for (let hops = 0; person?.mergedInto && hops < 8; hops++) person = await db.people.get(person.mergedInto);
  if (!person) return null;
  const id = person.id;
  const link = person.companies.find((c) => !c.archived);
  const [company, historyCount, tasks, deals] = await Dexie.Promise.all([
    link ? db.companies.get(link.companyId) : Dexie.Promise.resolve(undefined),
    db.interactions.where('personIds').equals(id).count(),
    db.tasks
      .where('personId')
      .equals(id)
      .filter((t) => !t.done)
      .toArray(),
    db.deals.where('personId').equals(id).toArray(),
  ]);
  const interactions = await latestInteractions(db, id, historyCount, TIMELINE_LIMIT);
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
}
