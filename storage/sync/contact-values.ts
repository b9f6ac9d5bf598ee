// An email or phone removed from a contact in Google or Outlook leaves the person it was synced to only when that
// account alone brought it and nobody edited the list since (core/provenance.ts `removedValues`). The person's
// list carries one stamp, not one per value, so "alone" is read from the contacts themselves: each contact item
// keeps the emails and phones its contact had when last read, and a value another contact item still lists (any
// account, any stream) stays. A person with a contact item stored before values were kept loses nothing (what
// that contact holds is not known). Runs inside the store's transaction (storage/sync/store.ts).
import type { PersonId } from '../../core/ids';
import type { PreparedRow } from '../../core/import';
import type { Person } from '../../core/model';
import { dropValues, removedValues } from '../../core/provenance';
import { contactItem } from '../../core/sync/contact';
import type { KartkaDB, SyncItemRow } from '../db';
import { contactCompanyKey, type Reread } from './contact-company';

const LISTS = ['emails', 'phones'] as const;

/** What a contact's sync item keeps of it as read: its company's name key, its emails and phones. */
export function contactValues(row: PreparedRow): Pick<SyncItemRow, 'company' | 'emails' | 'phones'> {
  return {
    company: contactCompanyKey(row),
    emails: row.fields?.emails ?? [],
    phones: row.fields?.phones ?? [],
  };
}

/** The values every other live contact item lists, and the people one of them stands for without its values. */
async function otherContacts(db: KartkaDB, except: ReadonlySet<string>) {
  const values = new Set<string>();
  const unknown = new Set<PersonId>();
  for (const account of await db.syncItems.orderBy('account').uniqueKeys()) {
    const prefix = `${String(account)}|${contactItem('')}`;
    for (const r of await db.syncItems.where('key').startsWith(prefix).toArray()) {
      if (except.has(r.key) || r.state !== 'logged') continue;
      if (!r.emails || !r.phones) {
        if (r.personId) unknown.add(r.personId);
        continue;
      }
      for (const v of [...r.emails, ...r.phones]) values.add(v);
    }
  }
  return { values, unknown };
}

/** Drops from `touched` people the values their contacts dropped, by the rule above. */
export async function dropRemovedValues(
  db: KartkaDB,
  rereads: readonly Reread[],
  touched: Map<PersonId, Person>,
  source: string,
  now: number,
): Promise<void> {
  const removed = (r: Reread, person: Person, elsewhere: ReadonlySet<string>) =>
    LISTS.map(
      (field) =>
        [
          field,
          removedValues(person, field, source, r.item?.[field], r.row.fields?.[field] ?? [], elsewhere),
        ] as const,
    );
  const latest = (r: Reread) => touched.get(r.person.id) ?? r.person;
  // Only a page where a contact dropped a value this account brought reads the other contacts.
  const none = new Set<string>();
  const candidates = rereads.filter((r) => removed(r, latest(r), none).some(([, v]) => v.length > 0));
  if (candidates.length === 0) return;
  const { values, unknown } = await otherContacts(
    db,
    new Set(rereads.flatMap((r) => (r.item ? [r.item.key] : []))),
  );
  for (const r of candidates) {
    const before = latest(r);
    if (unknown.has(before.id)) continue;
    let person = before;
    for (const [field, gone] of removed(r, person, values))
      person = (gone.length > 0 && dropValues(person, field, gone, source, now)) || person;
    if (person !== before) touched.set(person.id, person);
  }
}
