// People to vCard 4.0 (RFC 6350), one card per person, through the parser package's writer.
import type { VCardInput } from '../parse/vcard-contact.ts';
import { serializeVCard4 } from '../parse/vcard-write.ts';
import type { Person } from '../model';
import type { ExportContext } from './columns';

/** The vCard fields of one person; the first current company becomes ORG. */
export function personToVCard(p: Person, ctx: Pick<ExportContext, 'companyNames'>): VCardInput {
  const card: VCardInput = {
    fullName: p.displayName,
    emails: p.emails.map((value) => ({ value, types: [] })),
    phones: p.phones.map((value) => ({ value, types: [] })),
    // A Telegram username travels as its profile link (vCard has no Telegram field; t.me links read back as one).
    urls: (p.handles ?? []).flatMap((h) =>
      h.kind === 'telegram-username' ? [`https://t.me/${h.value}`] : [],
    ),
    addresses: p.city ? [{ city: p.city, types: [] }] : [],
    categories: [...p.tags],
  };
  const company = p.companies.find((l) => !l.archived && ctx.companyNames.has(l.companyId));
  if (company) card.org = ctx.companyNames.get(company.companyId) ?? '';
  if (p.givenName) card.givenName = p.givenName;
  if (p.familyName) card.familyName = p.familyName;
  if (p.patronymic) card.middleName = p.patronymic;
  if (p.position) card.title = p.position;
  if (p.birthday) card.birthday = p.birthday;
  if (p.notes) card.note = p.notes;
  return card;
}

/** A .vcf file with every person (merged-away people are left out). */
export function peopleToVCards(people: readonly Person[], ctx: Pick<ExportContext, 'companyNames'>): string {
  return people
    .filter((p) => p.mergedInto === undefined)
    .map((p) => serializeVCard4(personToVCard(p, ctx)))
    .join('');
}
