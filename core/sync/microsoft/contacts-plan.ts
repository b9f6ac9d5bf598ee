// What one page of a contact folder's delta means: contacts to merge through the base's identity rules (each
// field stamped with where it came from, `microsoft:<account>`), removals to mark, unreadable items to skip.
import { normalizeEmail } from '../../email';
import type { SyncContact } from '../contact';
import { advanceDelta, type DeltaCursor, type DeltaPage } from './delta-cursor';

/** A contact as Graph delivers it, checked: the plain shape every provider's contact stream produces. */
export type GraphContact = SyncContact;

export interface ContactsOutcome {
  cursor: DeltaCursor;
  contacts: GraphContact[];
  unreadable: string[];
  caughtUp: boolean;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max = 300): string | undefined => {
  if (typeof v !== 'string') return undefined;
  const t = v.replace(/\s+/gu, ' ').trim();
  return t ? t.slice(0, max) : undefined;
};

/** One delta item → a checked contact, or null when it has no usable id. */
export function parseGraphContact(raw: unknown): GraphContact | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !raw.id || raw.id.length > 512) return null;
  if (isRecord(raw['@removed'])) return { item: raw.id, deleted: true, emails: [], phones: [] };
  const emails = Array.isArray(raw.emailAddresses)
    ? raw.emailAddresses.flatMap((e) => {
        const address = isRecord(e) && typeof e.address === 'string' ? normalizeEmail(e.address) : null;
        return address?.ok ? [address.email] : [];
      })
    : [];
  const phones = [...(Array.isArray(raw.businessPhones) ? raw.businessPhones : []), raw.mobilePhone].flatMap(
    (p) => text(p, 40) ?? [],
  );
  const contact: GraphContact = {
    item: raw.id,
    deleted: false,
    emails: [...new Set(emails)],
    phones: [...new Set(phones)],
  };
  const fields: [keyof GraphContact, unknown][] = [
    ['displayName', raw.displayName],
    ['givenName', raw.givenName],
    ['familyName', raw.surname],
    ['company', raw.companyName],
    ['position', raw.jobTitle],
  ];
  for (const [key, value] of fields) {
    const t = text(value);
    if (t !== undefined) (contact as unknown as Record<string, unknown>)[key] = t;
  }
  return contact;
}

export function reduceContactsPage(cursor: DeltaCursor, page: DeltaPage): ContactsOutcome {
  const byId = new Map<string, GraphContact>();
  const unreadable: string[] = [];
  for (const raw of page.value) {
    const c = parseGraphContact(raw);
    if (!c) {
      if (isRecord(raw) && typeof raw.id === 'string') unreadable.push(raw.id.slice(0, 512));
      continue;
    }
    // The last state of a contact on the page wins (a replay repeats an older one first).
    byId.set(c.item, c);
  }
  const { cursor: after, caughtUp } = advanceDelta(cursor, page, byId.size + unreadable.length);
  return { cursor: after, contacts: [...byId.values()], unreadable, caughtUp };
}
