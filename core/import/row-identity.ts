// Who in the base an imported row is: the people sharing its emails or phones, judged by core/identity.
// Used by the preview (before anything is written) and by the plan, so both say the same.
import type { PersonId } from '../ids';
import {
  personFacts,
  resolveIdentity,
  type Evidence,
  type IdentityFacts,
  type IdentityOptions,
  type Judged,
  type Verdict,
} from '../identity';
import type { Person } from '../model';
import type { PersonFields } from '../validate';

/** People by email (one owner each) and by phone (a number may be shared), updated as rows are planned. */
export class PeopleIndex {
  private readonly byEmail = new Map<string, Person>();
  private readonly byPhone = new Map<string, Person[]>();
  private readonly byId = new Map<PersonId, Person>();

  constructor(people: readonly Person[] = []) {
    people.forEach((p) => this.add(p));
  }

  /** Adds or replaces a person (a planned merge replaces the version indexed before). */
  add(p: Person): void {
    const before = this.byId.get(p.id);
    if (before) for (const ph of before.phones) this.dropPhone(ph, p.id);
    this.byId.set(p.id, p);
    for (const e of p.emails) this.byEmail.set(e, p);
    for (const ph of p.phones) {
      const list = this.byPhone.get(ph);
      if (list) list.push(p);
      else this.byPhone.set(ph, [p]);
    }
  }

  private dropPhone(phone: string, id: PersonId): void {
    const list = this.byPhone.get(phone)?.filter((p) => p.id !== id);
    if (list?.length) this.byPhone.set(phone, list);
    else this.byPhone.delete(phone);
  }

  /** The person holding an email, if any. */
  emailOwner(email: string): Person | undefined {
    return this.byEmail.get(email);
  }

  get(id: PersonId): Person | undefined {
    return this.byId.get(id);
  }

  /** Everyone sharing one of the row's emails or phones, each once, the version last planned. */
  candidates(fields: Pick<PersonFields, 'emails' | 'phones'>): Person[] {
    const found = new Map<PersonId, Person>();
    for (const e of fields.emails) {
      const p = this.byEmail.get(e);
      if (p) found.set(p.id, p);
    }
    for (const ph of fields.phones) for (const p of this.byPhone.get(ph) ?? []) found.set(p.id, p);
    return [...found.values()].map((p) => this.byId.get(p.id) ?? p);
  }
}

/** The identity facts of an imported row. */
export function rowFacts(fields: PersonFields): IdentityFacts {
  return personFacts(fields);
}

/** What a row is in the base: the person it is, and others it may be. */
export interface RowIdentity {
  match?: { person: Person; verdict: Verdict };
  possible: { person: Person; verdict: Verdict }[];
}

/** Resolves a row against the index (see core/identity for the rules). */
export function identifyRow(fields: PersonFields, index: PeopleIndex, options: IdentityOptions): RowIdentity {
  const people = index.candidates(fields);
  if (people.length === 0) return { possible: [] };
  const r = resolveIdentity(
    rowFacts(fields),
    people.map((p) => ({ ...personFacts(p), id: p.id })),
    options,
  );
  const withPerson = (j: Judged<PersonId>) => {
    const person = index.get(j.id);
    return person ? [{ person, verdict: j.verdict }] : [];
  };
  const match = r.match ? withPerson(r.match)[0] : undefined;
  const possible = r.possible.flatMap(withPerson);
  return match ? { match, possible } : { possible };
}

/** The value a verdict rests on, as a report names it: the shared email, phone or handle. */
export function evidenceValue(evidence: readonly Evidence[]): string {
  const first = evidence[0];
  if (!first) return '';
  if (first.kind === 'handle') return first.handle.value;
  return first.kind === 'name' ? '' : first.value;
}
