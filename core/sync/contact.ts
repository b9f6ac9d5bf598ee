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

/**
 * A full pass of a contact stream, as its answers are stored. A pass lists live contacts only (People after
 * EXPIRED_SYNC_TOKEN, a Graph contacts delta started again after 410/syncStateNotFound), so a contact deleted while
 * the cursor was lost is never reported deleted: every contact item is stamped with the pass that listed it, in
 * the transaction that stores its page, and the answer that finishes a pass run again (`sweep`) marks the stream's
 * contacts the pass did not list as deleted at the provider. A first pass sweeps nothing (nothing was known).
 */
export interface ContactPass {
  id: string;
  sweep: boolean;
}

/** What a contact stream's cursor keeps of its passes (optional: cursors stored before the sweep have none). */
export interface PassMarks {
  /** The pass in progress or last finished; set by the pass's first page (a pass begun without it never sweeps). */
  pass?: string;
  /** Passes begun so far, so an id is new even when the clock gives the same time twice. */
  passes?: number;
}

/**
 * The pass of an answer of a full pass: a new one on its first page, else the one in progress (none for a pass
 * begun before passes were kept). `now` makes the id unique across a stream forgotten and added again.
 */
export function passOf(cursor: PassMarks, first: boolean, now: number): Required<PassMarks> | null {
  if (first) {
    const passes = (cursor.passes ?? 0) + 1;
    return { pass: `${passes}@${now}`, passes };
  }
  return cursor.pass === undefined ? null : { pass: cursor.pass, passes: cursor.passes ?? 0 };
}
