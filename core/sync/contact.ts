// A contact as a provider's contact stream delivers it (Google People, Graph contacts), before the base's
// identity rules decide whom it is: plain, validated data.
import type { Birthday } from '../model';

export interface SyncContact {
  /** The provider's id of the contact (`people/c123…`, a Graph contact id): the sync item. */
  item: string;
  /** Deleted at the provider: marked on the person, never deleted from the base. */
  deleted: boolean;
  displayName?: string;
  givenName?: string;
  familyName?: string;
  /** Lower-cased, valid addresses only. */
  emails: string[];
  /** As the provider has them; the store normalises to E.164 with the user's default region. */
  phones: string[];
  company?: string;
  position?: string;
  city?: string;
  birthday?: Birthday;
}

/** The sync item that ties a provider's contact to the person it is (`contact:<provider id>`). */
export const contactItem = (item: string): string => `contact:${item}`;
