// A person's full card: every field editable in place, their companies, deals, tasks, documents and history.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Translate } from '../../../core/i18n';
import type { ClientDocument, Deal, Interaction, Person, StageDef, Task } from '../../../core/model';
import type { PersonDraft } from '../../../core/validate';
import type { Formats } from '../format';
import { BirthdayField } from './BirthdayField';
import { CardActions } from './CardActions';
import type { ClientActions } from './client-actions';
import type { PickerHit } from './ClientPicker';
import { CompanyLinks, type LinkedCompany } from './CompanyLinks';
import { CustomFields } from './CustomFields';
import { DealsPanel } from './DealsPanel';
import { DocumentsPanel } from './DocumentsPanel';
import { HandlesField } from './HandlesField';
import { InlineField } from './InlineField';
import { ListField } from './ListField';
import { StageField } from './StageField';
import { TasksPanel } from './TasksPanel';
import { Timeline } from './Timeline';

/** A change to some fields; an undefined value clears that field. */
export type PersonPatch = { [K in keyof PersonDraft]?: PersonDraft[K] | undefined };

export interface PersonActions extends ClientActions<PersonPatch> {
  searchPeople: (query: string) => Promise<PickerHit[]>;
  link: LinkActions;
}

export interface LinkActions {
  add: (companyId: string, moved: boolean) => Promise<void>;
  update: (link: LinkedCompany['link']) => Promise<void>;
  archive: (link: LinkedCompany['link']) => Promise<void>;
}

export interface PersonCardProps {
  person: Person;
  links: readonly LinkedCompany[];
  interactions: readonly Interaction[];
  deals: readonly Deal[];
  tasks: readonly Task[];
  documents: readonly ClientDocument[];
  pipeline: readonly StageDef[];
  currency: string;
  managers: readonly string[];
  now: number;
  actions: PersonActions;
  f: Formats;
  t: Translate;
}

const phone = (e164: string) => parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;

export function PersonCard({
  person: p,
  links,
  interactions,
  deals,
  tasks,
  documents,
  pipeline,
  currency,
  managers,
  now,
  actions: a,
  f,
  t,
}: PersonCardProps) {
  const text = (field: keyof PersonDraft) => (value: string) => a.save({ [field]: value });
  const attachments = interactions.flatMap((i) => i.attachmentNames.map((name) => ({ name, at: i.at })));
  return (
    <article className="card-page" aria-labelledby="card-name" data-testid="person-card">
      <header className="card-header">
        <div className="grow">
          <h1 id="card-name">{p.displayName}</h1>
          <StageField stage={p.stage} pipeline={pipeline} onSet={a.setStage} t={t} />
        </div>
        <CardActions
          id={p.id}
          name={p.displayName}
          search={a.searchPeople}
          onMerge={a.merge}
          onDelete={a.remove}
          t={t}
        />
      </header>
      <div className="card-grid">
        <section className="panel fields" aria-label={t('app.card.details')}>
          <InlineField
            label={t('app.field.displayName')}
            value={p.displayName}
            onSave={(v) => a.save({ displayName: v })}
            t={t}
          />
          <InlineField
            label={t('app.field.givenName')}
            value={p.givenName ?? ''}
            onSave={text('givenName')}
            t={t}
          />
          <InlineField
            label={t('app.field.patronymic')}
            value={p.patronymic ?? ''}
            onSave={text('patronymic')}
            t={t}
          />
          <InlineField
            label={t('app.field.familyName')}
            value={p.familyName ?? ''}
            onSave={text('familyName')}
            t={t}
          />
          <InlineField
            label={t('app.field.position')}
            value={p.position ?? ''}
            onSave={text('position')}
            t={t}
          />
          <ListField
            label={t('email')}
            values={p.emails}
            onSave={(emails) => a.save({ emails })}
            addLabel={t('app.field.addEmail')}
            t={t}
          />
          <ListField
            label={t('phone')}
            values={p.phones}
            show={phone}
            onSave={(phones) => a.save({ phones })}
            addLabel={t('app.field.addPhone')}
            t={t}
          />
          <HandlesField handles={p.handles ?? []} onSave={(handles) => a.save({ handles })} t={t} />
          <ListField
            label={t('app.field.tags')}
            values={p.tags}
            onSave={(tags) => a.save({ tags })}
            addLabel={t('app.field.addTag')}
            t={t}
          />
          <InlineField
            label={t('app.field.manager')}
            value={p.manager ?? ''}
            onSave={text('manager')}
            suggestions={managers}
            t={t}
          />
          <InlineField label={t('app.field.city')} value={p.city ?? ''} onSave={text('city')} t={t} />
          <BirthdayField
            value={p.birthday}
            onSave={(birthday) => a.save({ birthday: birthday ?? undefined })}
            f={f}
            t={t}
          />
          <InlineField
            label={t('app.field.preferences')}
            value={p.preferences ?? ''}
            onSave={text('preferences')}
            multiline
            t={t}
          />
          <InlineField
            label={t('app.field.notes')}
            value={p.notes ?? ''}
            onSave={text('notes')}
            multiline
            t={t}
          />
          <InlineField label={t('app.field.source')} value={p.source ?? ''} onSave={text('source')} t={t} />
          <label className="check consent">
            <input
              type="checkbox"
              checked={p.consent?.given ?? false}
              onChange={(e) =>
                void a.save({ consent: { given: e.target.checked, at: now, source: 'manual' } })
              }
            />
            {t('app.field.consent')}
            {p.consent?.at !== undefined && <span className="muted small"> ({f.date(p.consent.at)})</span>}
          </label>
          <h3>{t('app.custom.title')}</h3>
          <CustomFields values={p.custom} onSave={(custom) => a.save({ custom })} t={t} />
          <p className="muted small">
            {t('app.card.created', { date: f.date(p.createdAt) })}
            {p.lastContactAt !== undefined && ` · ${t('lastContact')}: ${f.date(p.lastContactAt)}`}
          </p>
        </section>
        <div className="card-side">
          <CompanyLinks
            links={links}
            search={a.searchCompanies}
            onLink={a.link.add}
            onUpdate={a.link.update}
            onArchive={a.link.archive}
            f={f}
            t={t}
          />
          <TasksPanel
            tasks={tasks}
            now={now}
            onAdd={a.addTask}
            onComplete={a.completeTask}
            onDelete={a.deleteTask}
            f={f}
            t={t}
          />
          <DealsPanel
            deals={deals}
            defaultCurrency={currency}
            onAdd={a.addDeal}
            onClose={a.closeDeal}
            f={f}
            t={t}
          />
          <DocumentsPanel
            documents={documents}
            attachments={attachments}
            onAdd={a.addDocument}
            onRemove={a.removeDocument}
            f={f}
            t={t}
          />
        </div>
      </div>
      <Timeline items={interactions} onAddNote={a.addNote} f={f} t={t} />
    </article>
  );
}
