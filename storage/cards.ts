// Reads what the sidebar card shows for one address, in one read transaction.
import { initialsOf, type CardView } from '../core/card';
import type { StageDef } from '../core/model';
import type { KartkaDB, StoredPerson } from './db';

/** Follows merges to the surviving person (bounded, in case of a corrupt cycle). */
async function surviving(db: KartkaDB, person: StoredPerson | undefined): Promise<StoredPerson | undefined> {
  let current = person;
  for (let hops = 0; current?.mergedInto && hops < 8; hops++)
    current = await db.people.get(current.mergedInto);
  return current;
}

/** The card for the person who owns `address`, or null when nobody in the base does. */
export async function cardForAddress(
  db: KartkaDB,
  address: string,
  pipeline: readonly StageDef[],
): Promise<CardView | null> {
  return db.transaction('r', [db.people, db.companies, db.interactions], async () => {
    const person = await surviving(
      db,
      await db.people.where('emails').equals(address.trim().toLowerCase()).first(),
    );
    if (!person) return null;
    const link = person.companies.find((c) => !c.archived);
    const company = link ? await db.companies.get(link.companyId) : undefined;
    const messageCount = await db.interactions.where('personIds').equals(person.id).count();
    const stageDef = person.stage ? pipeline.find((s) => s.id === person.stage?.stage) : undefined;
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
          }
        : null,
      emails: person.emails,
      phones: person.phones,
      lastContactAt: person.lastContactAt ?? null,
      messageCount,
      tags: person.tags,
      manager: person.manager ?? null,
    };
  });
}
