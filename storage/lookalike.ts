// Finds the person in the base whose address another one imitates (core/lookalike.ts), by the emails index.
import { canonicalEmail } from '../core/email';
import { lookalikeKeys } from '../core/lookalike';
import type { KartkaDB } from './db';

/** Someone in the base whose address `address` looks like without being it. */
export interface Lookalike {
  name: string;
  address: string;
}

/** The person `address` looks like (a Cyrillic "о" for an "o", a 0 for an o), or null. Reads in liveQuery too. */
export async function findLookalike(db: KartkaDB, address: string): Promise<Lookalike | null> {
  const keys = lookalikeKeys(address);
  if (keys.length === 0) return null;
  const own = canonicalEmail(address);
  const people = await db.people.where('emails').anyOf(keys).toArray();
  const person = people.find((p) => p.mergedInto === undefined && !p.emails.includes(own));
  const email = person?.emails.find((e) => keys.includes(e));
  return person && email ? { name: person.displayName, address: email } : null;
}
