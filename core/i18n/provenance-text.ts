// Where a card field came from, and which accounts deleted the person's contact, in words (en/uk/ru).
import type { Person } from '../model';
import { fieldOrigin, type ProvenanceField } from '../provenance';
import type { Translate } from './index';

/** "From Google contacts (ivan@firm.ua) on 3 Dec 2026", or undefined for a field of unknown origin. */
export function originText(
  person: Pick<Person, 'fieldMeta'>,
  field: ProvenanceField,
  t: Translate,
  date: (at: number) => string,
): string | undefined {
  const o = fieldOrigin(person, field);
  if (!o) return undefined;
  const when = date(o.at);
  switch (o.kind) {
    case 'user':
      return t('contactsSync.from.user', { date: when });
    case 'import':
      return t('contactsSync.from.import', { date: when });
    case 'google':
    case 'microsoft':
      return t(`contactsSync.from.${o.kind}`, { account: o.account, date: when });
    case 'other':
      return t('contactsSync.from.other', { source: o.source, date: when });
  }
}

/** One sentence per account whose contact of this person was deleted: "Deleted in Google contacts on …". */
export function deletedTexts(
  person: Pick<Person, 'deletedAtSource'>,
  t: Translate,
  date: (at: number) => string,
): string[] {
  return Object.entries(person.deletedAtSource ?? {}).flatMap(([source, at]) => {
    const m = /^(google|microsoft):(.+)$/u.exec(source);
    if (at === undefined || (m?.[1] !== 'google' && m?.[1] !== 'microsoft')) return [];
    return [t(`contactsSync.deleted.${m[1]}`, { date: date(at), account: m[2] ?? '' })];
  });
}
