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
import { isMessageKind } from '../core/card';
import { foldGmail } from '../core/email';
import { defaultStageRules } from '../core/lifecycle';
import { isGmailAddress } from '../core/matching';
import { matchIdentity, type ChatIdentity } from '../core/chat-identity';
import { handleKey } from '../core/handles';
import type { PersonId } from '../core/ids';
import type { Settings } from '../core/model';
import type { KartkaDB, StoredPerson } from './db';
import { personHistory } from './interactions';
import { laterContact } from './last-contact';
import { knownPerson } from './rows';

/** Open tasks shown on the card, soonest first. */
const TASK_LIMIT = 20;

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
  return cardForRow(db, person, settings);
}

/**
 * The card of a chat's peer, found as logging finds them (core/chat-identity.ts: Telegram id, username, WhatsApp
 * jid, phone), live: adding or linking the person, or merging a duplicate, shows at once. Null for nobody.
 */
export async function cardForIdentity(
  db: KartkaDB,
  identity: ChatIdentity,
  settings: Settings,
): Promise<CardView | null> {
  const reads = identity.handles.map((h) => db.people.where('handleKeys').equals(handleKey(h)).toArray());
  if (identity.phone) reads.push(db.people.where('phones').equals(identity.phone).toArray());
  const rows = new Map<string, StoredPerson>();
  for (const list of await Dexie.Promise.all(reads))
    for (const row of list) if (row.mergedInto === undefined) rows.set(row.id, row);
  const match = matchIdentity(identity, [...rows.values()].map(knownPerson));
  return match ? cardForRow(db, rows.get(match.person.id), settings) : null;
}

/** The card of one person by id (a chat's participant), following merges; null when they are gone. */
export async function cardForPerson(
  db: KartkaDB,
  personId: PersonId,
  settings: Settings,
): Promise<CardView | null> {
  return cardForRow(db, await db.people.get(personId), settings);
}

/** The card of a stored person (liveQuery rules as above: Dexie promises only). */
async function cardForRow(
  db: KartkaDB,
  found: StoredPerson | undefined,
  settings: Settings,
): Promise<CardView | null> {
  let person = found;
  for (let hops = 0; person?.mergedInto && hops < 8; hops++) person = await db.people.get(person.mergedInto);
  if (!person) return null;
  const id = person.id;
  const link = person.companies.find((c) => !c.archived);
  const [company, interactions, tasks, deals, logged] = await Dexie.Promise.all([
    link ? db.companies.get(link.companyId) : Dexie.Promise.resolve(undefined),
    personHistory(db, id).limit(TIMELINE_LIMIT).toArray(),
    db.tasks
      .where('personId')
      .equals(id)
      .filter((t) => !t.done)
      .toArray(),
    db.deals.where('personId').equals(id).toArray(),
    db.lastContact.get(id),
  ]);
  // A history shorter than the timeline is counted by reading it. A longer one is left uncounted (null): IndexedDB
  // walks an index range entry by entry (~1 s for 12,000 emails on a slow machine, blocking every other read), so
  // the sidebar port counts it after the card is shown (`historyCount`).
  const historyCount = interactions.length < TIMELINE_LIMIT ? interactions.length : null;
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
          ...(person.stage.because ? { because: person.stage.because } : {}),
        }
      : null,
    emails: person.emails,
    phones: person.phones,
    phoneExt: person.phoneExt ?? {},
    handles: person.handles ?? [],
    birthday: person.birthday ?? null,
    manager: person.manager ?? null,
    tags: person.tags,
    consent: person.consent ?? null,
    ...(person.deletedAtSource && Object.keys(person.deletedAtSource).length > 0
      ? { deletedAtSource: person.deletedAtSource }
      : {}),
    lastContactAt: laterContact(person.lastContactAt, logged?.at) ?? null,
    historyCount,
    messageCount: historyCount === null ? null : interactions.filter((i) => isMessageKind(i.kind)).length,
    timeline: buildTimeline(interactions, deals, TIMELINE_LIMIT, settings.ownAddresses),
    openTasks,
    deals: dealViews,
    stages: settings.pipeline.map(({ id, label, color }) => ({ id, label, color })),
    currency: (settings.stageRules ?? defaultStageRules()).amountCurrency,
  };
}
