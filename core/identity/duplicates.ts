// Possible duplicates: two people who share a phone, a handle, a domain or a whole name but whose identity
// the evidence does not settle. Kept for the user to merge or to mark as different; never merged by Kartka.
import type { PersonId } from '../ids';
import type { Person } from '../model';
import type { IdentityFacts, Verdict } from './judge';

/** Where a suggestion came from. */
export type DuplicateSource = 'import' | 'capture' | 'manual' | 'sync' | 'chat';

export interface PossibleDuplicate {
  /** pairKey(a, b): one record per pair, whichever way round it was found. */
  id: string;
  a: PersonId;
  b: PersonId;
  verdict: Verdict;
  source: DuplicateSource;
  at: number;
  /** The user said these are two different people: not offered again. */
  dismissedAt?: number;
}

/** One key per unordered pair. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/** The suggestion to store for a pair judged 'possible' (or 'same' but left apart, as when the user chose "create"). */
export function possibleDuplicate(
  a: PersonId,
  b: PersonId,
  verdict: Verdict,
  source: DuplicateSource,
  now: number,
): PossibleDuplicate {
  const [first, second] = a < b ? [a, b] : [b, a];
  return { id: pairKey(a, b), a: first, b: second, verdict, source, at: now };
}

/** The facts identity compares, from a stored person (every phone on a person is personal: company phones live on companies). */
export function personFacts(
  p: Pick<Person, 'displayName' | 'givenName' | 'familyName' | 'patronymic' | 'emails' | 'phones'>,
): IdentityFacts {
  const facts: IdentityFacts = { displayName: p.displayName, emails: p.emails, phones: p.phones };
  if (p.givenName !== undefined) facts.givenName = p.givenName;
  if (p.familyName !== undefined) facts.familyName = p.familyName;
  if (p.patronymic !== undefined) facts.patronymic = p.patronymic;
  return facts;
}
