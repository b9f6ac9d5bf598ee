// A person's companies: current ones (role, decision maker, "left"), former ones apart, and linking a new one.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { CompanyLink } from '../../../core/model';
import type { Formats } from '../format';
import { ClientPicker, type PickerHit } from './ClientPicker';

export interface LinkedCompany {
  link: CompanyLink;
  name: string;
  href: string;
}

export interface CompanyLinksProps {
  links: readonly LinkedCompany[];
  search: (query: string) => Promise<PickerHit[]>;
  onLink: (companyId: string, moved: boolean) => Promise<void>;
  onUpdate: (link: CompanyLink) => Promise<void>;
  onArchive: (link: CompanyLink) => Promise<void>;
  f: Formats;
  t: Translate;
}

export function CompanyLinks({ links, search, onLink, onUpdate, onArchive, f, t }: CompanyLinksProps) {
  const [adding, setAdding] = useState(false);
  const [moved, setMoved] = useState(false);
  const current = links.filter((l) => !l.link.archived);
  const former = links.filter((l) => l.link.archived);
  return (
    <section className="panel" aria-labelledby="links-title">
      <h2 id="links-title">{t('app.links.title')}</h2>
      <ul className="rows">
        {current.map(({ link, name, href }) => (
          <li key={link.companyId}>
            <a href={href} className="grow">
              {name}
            </a>
            <input
              aria-label={t('app.links.role', { company: name })}
              placeholder={t('app.links.rolePlaceholder')}
              defaultValue={link.role ?? ''}
              onBlur={(e) => {
                const role = e.target.value.trim();
                if (role !== (link.role ?? '')) {
                  const { role: _old, ...rest } = link;
                  void onUpdate(role ? { ...rest, role } : rest);
                }
              }}
            />
            <label className="check">
              <input
                type="checkbox"
                checked={link.decisionMaker}
                onChange={(e) => void onUpdate({ ...link, decisionMaker: e.target.checked })}
              />
              {t('app.links.decisionMaker')}
            </label>
            <button type="button" onClick={() => void onArchive(link)}>
              {t('app.links.left')}
            </button>
          </li>
        ))}
      </ul>
      {former.length > 0 && (
        <>
          <h3>{t('app.links.former')}</h3>
          <ul className="rows muted">
            {former.map(({ link, name, href }) => (
              <li key={`${link.companyId}-${link.until ?? 0}`}>
                <a href={href}>{name}</a>
                {link.role && <span>{link.role}</span>}
                {link.until !== undefined && (
                  <span className="small">{t('app.links.until', { date: f.date(link.until) })}</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {adding ? (
        <div className="dialog">
          <label className="check">
            <input type="checkbox" checked={moved} onChange={(e) => setMoved(e.target.checked)} />
            {t('app.links.moved')}
          </label>
          <ClientPicker
            label={t('app.links.find')}
            search={search}
            exclude={current.map((l) => l.link.companyId)}
            onPick={(hit) => void onLink(hit.id, moved).then(() => setAdding(false))}
            t={t}
          />
          <button type="button" onClick={() => setAdding(false)}>
            {t('app.card.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" onClick={() => setAdding(true)}>
          {t('app.links.add')}
        </button>
      )}
    </section>
  );
}
