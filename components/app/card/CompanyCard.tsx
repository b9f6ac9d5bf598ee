// A company's full card: requisites and facts editable in place, its people (decision makers first, former
// employees apart), deals, tasks, documents and the whole history.
import type { Translate } from '../../../core/i18n';
import type {
  ClientDocument,
  Company,
  Deal,
  Interaction,
  PostalAddress,
  StageDef,
  Task,
} from '../../../core/model';
import type { CompanyDraft } from '../../../core/validate';
import type { Formats } from '../format';
import { CardActions } from './CardActions';
import type { ClientActions } from './client-actions';
import { CompanyPeople, type CompanyPerson } from './CompanyPeople';
import { CustomFields } from './CustomFields';
import { DealsPanel } from './DealsPanel';
import { DocumentsPanel } from './DocumentsPanel';
import { InlineField } from './InlineField';
import { ListField } from './ListField';
import { RegistrationIdsField } from './RegistrationIdsField';
import { StageField } from './StageField';
import { TasksPanel } from './TasksPanel';
import { Timeline } from './Timeline';

export type CompanyPatch = { [K in keyof CompanyDraft]?: CompanyDraft[K] | undefined };

export type CompanyActions = ClientActions<CompanyPatch>;

export interface CompanyCardProps {
  company: Company;
  people: { current: readonly CompanyPerson[]; former: readonly CompanyPerson[] };
  interactions: readonly Interaction[];
  deals: readonly Deal[];
  tasks: readonly Task[];
  documents: readonly ClientDocument[];
  pipeline: readonly StageDef[];
  currency: string;
  now: number;
  actions: CompanyActions;
  f: Formats;
  t: Translate;
}

/** One line for an address: street, city, region, postcode, country. */
export function addressLine(a: PostalAddress): string {
  return [a.street, a.city, a.region, a.postcode, a.country].filter(Boolean).join(', ');
}

export function CompanyCard({
  company: c,
  people,
  interactions,
  deals,
  tasks,
  documents,
  pipeline,
  currency,
  now,
  actions: a,
  f,
  t,
}: CompanyCardProps) {
  const text = (field: keyof CompanyDraft) => (value: string) => a.save({ [field]: value });
  const attachments = interactions.flatMap((i) => i.attachmentNames.map((name) => ({ name, at: i.at })));
  const saveAddresses = (lines: string[]) =>
    a.save({
      addresses: lines.map(
        (line) => c.addresses.find((x) => addressLine(x) === line) ?? { street: line.trim() },
      ),
    });
  return (
    <article className="card-page" aria-labelledby="card-name" data-testid="company-card">
      <header className="card-header">
        <div className="grow">
          <h1 id="card-name">{[c.legalForm, c.name].filter(Boolean).join(' ')}</h1>
          <StageField stage={c.stage} pipeline={pipeline} onSet={a.setStage} t={t} />
        </div>
        <CardActions
          id={c.id}
          name={c.name}
          search={a.searchCompanies}
          onMerge={a.merge}
          onDelete={a.remove}
          t={t}
        />
      </header>
      <div className="card-grid">
        <section className="panel fields" aria-label={t('app.card.details')}>
          <InlineField
            label={t('app.company.name')}
            value={c.name}
            onSave={(v) => a.save({ name: v })}
            t={t}
          />
          <InlineField
            label={t('app.company.legalForm')}
            value={c.legalForm ?? ''}
            onSave={text('legalForm')}
            t={t}
          />
          <InlineField
            label={t('app.field.industry')}
            value={c.industry ?? ''}
            onSave={text('industry')}
            t={t}
          />
          <InlineField label={t('app.field.city')} value={c.city ?? ''} onSave={text('city')} t={t} />
          <InlineField label={t('app.company.region')} value={c.region ?? ''} onSave={text('region')} t={t} />
          <InlineField label={t('app.company.size')} value={c.size ?? ''} onSave={text('size')} t={t} />
          <InlineField
            label={t('app.company.website')}
            value={c.website ?? ''}
            onSave={text('website')}
            type="url"
            t={t}
          />
          <ListField
            label={t('app.company.domains')}
            values={c.domains}
            onSave={(domains) => a.save({ domains })}
            addLabel={t('app.company.addDomain')}
            t={t}
          />
          <RegistrationIdsField
            values={c.registrationIds}
            onSave={(registrationIds) => a.save({ registrationIds })}
            t={t}
          />
          <ListField
            label={t('app.company.iban')}
            values={c.bankAccounts.map((b) => b.iban)}
            onSave={(ibans) =>
              a.save({
                bankAccounts: ibans.map((iban) => c.bankAccounts.find((b) => b.iban === iban) ?? { iban }),
              })
            }
            addLabel={t('app.company.addIban')}
            t={t}
          />
          <ListField
            label={t('app.company.addresses')}
            values={c.addresses.map(addressLine)}
            onSave={saveAddresses}
            addLabel={t('app.company.addAddress')}
            t={t}
          />
          <ListField
            label={t('app.field.tags')}
            values={c.tags}
            onSave={(tags) => a.save({ tags })}
            addLabel={t('app.field.addTag')}
            t={t}
          />
          <InlineField
            label={t('app.field.manager')}
            value={c.manager ?? ''}
            onSave={text('manager')}
            t={t}
          />
          <InlineField
            label={t('app.field.notes')}
            value={c.notes ?? ''}
            onSave={text('notes')}
            multiline
            t={t}
          />
          <h3>{t('app.custom.title')}</h3>
          <CustomFields values={c.custom} onSave={(custom) => a.save({ custom })} t={t} />
        </section>
        <div className="card-side">
          <CompanyPeople current={people.current} former={people.former} t={t} />
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
