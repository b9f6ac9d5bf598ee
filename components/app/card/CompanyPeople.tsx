// A company's people: decision makers first, then the others, and former employees apart.
import type { Translate } from '../../../core/i18n';
import type { CompanyLink, Person } from '../../../core/model';

export interface CompanyPerson {
  person: Pick<Person, 'id' | 'displayName' | 'emails' | 'position'>;
  link: CompanyLink | undefined;
  href: string;
}

export interface CompanyPeopleProps {
  current: readonly CompanyPerson[];
  former: readonly CompanyPerson[];
  t: Translate;
}

/** Decision makers first, then by name. */
export function orderPeople(people: readonly CompanyPerson[], locale: string): CompanyPerson[] {
  const collator = new Intl.Collator(locale);
  return [...people].sort(
    (a, b) =>
      Number(b.link?.decisionMaker ?? false) - Number(a.link?.decisionMaker ?? false) ||
      collator.compare(a.person.displayName, b.person.displayName),
  );
}

function Person({ p, t }: { p: CompanyPerson; t: Translate }) {
  return (
    <li>
      <a href={p.href} className="grow">
        {p.person.displayName}
      </a>
      {p.link?.decisionMaker && <span className="badge">{t('app.links.decisionMaker')}</span>}
      <span className="muted">{p.link?.role ?? p.person.position ?? ''}</span>
      <span className="muted small">{p.person.emails[0] ?? ''}</span>
    </li>
  );
}

export function CompanyPeople({ current, former, t }: CompanyPeopleProps) {
  return (
    <section className="panel" aria-labelledby="people-title">
      <h2 id="people-title">{t('app.company.people', { count: current.length })}</h2>
      {current.length === 0 && <p className="muted">{t('app.company.noPeople')}</p>}
      <ul className="rows" data-testid="company-people">
        {current.map((p) => (
          <Person key={p.person.id} p={p} t={t} />
        ))}
      </ul>
      {former.length > 0 && (
        <>
          <h3>{t('app.company.former', { count: former.length })}</h3>
          <ul className="rows muted" data-testid="company-former">
            {former.map((p) => (
              <Person key={p.person.id} p={p} t={t} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
