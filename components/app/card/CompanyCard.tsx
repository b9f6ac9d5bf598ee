// A company's full card: requisites and facts editable in place, its people (decision makers first, former
// employees apart), deals, tasks, documents and the whole history.
import type { MessageKey } from '../../../core/i18n';
import type { Company, PostalAddress } from '../../../core/model';
import type { CompanyDraft } from '../../../core/validate';
import { CardFrame, type ClientCardData } from './CardFrame';
import type { ClientActions } from './client-actions';
import { CompanyPeople, type CompanyPerson } from './CompanyPeople';
import { InlineField, type InlineFieldProps } from './InlineField';
import { ListField } from './ListField';
import { RegistrationIdsField } from './RegistrationIdsField';

export type CompanyPatch = { [K in keyof CompanyDraft]?: CompanyDraft[K] | undefined };

export type CompanyActions = ClientActions<CompanyPatch>;

export interface CompanyCardProps extends ClientCardData {
  company: Company;
  people: { current: readonly CompanyPerson[]; former: readonly CompanyPerson[] };
  actions: CompanyActions;
}

/** The fields edited as text in place. */
type TextField =
  'name' | 'legalForm' | 'industry' | 'city' | 'region' | 'size' | 'website' | 'manager' | 'notes';

/** One line for an address: street, city, region, postcode, country. */
export function addressLine(a: PostalAddress): string {
  return [a.street, a.city, a.region, a.postcode, a.country].filter(Boolean).join(', ');
}

export function CompanyCard({ company: c, people, actions: a, ...card }: CompanyCardProps) {
  const { t } = card;
  const text = (field: TextField, label: MessageKey, more: Partial<InlineFieldProps> = {}) => (
    <InlineField
      label={t(label)}
      value={c[field] ?? ''}
      onSave={(v) => a.save({ [field]: v })}
      t={t}
      {...more}
    />
  );
  const saveAddresses = (lines: string[]) =>
    a.save({
      addresses: lines.map(
        (line) => c.addresses.find((x) => addressLine(x) === line) ?? { street: line.trim() },
      ),
    });
  const details = (
    <>
      {text('name', 'app.company.name')}
      {text('legalForm', 'app.company.legalForm')}
      {text('industry', 'app.field.industry')}
      {text('city', 'app.field.city')}
      {text('region', 'app.company.region')}
      {text('size', 'app.company.size')}
      {text('website', 'app.company.website', { type: 'url' })}
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
      {text('manager', 'app.field.manager')}
      {text('notes', 'app.field.notes', { multiline: true })}
    </>
  );
  return (
    <CardFrame
      {...card}
      kind="company"
      client={c}
      title={[c.legalForm, c.name].filter(Boolean).join(' ')}
      name={c.name}
      mergeSearch={a.searchCompanies}
      actions={a}
      onSaveCustom={(custom) => a.save({ custom })}
      details={details}
      side={<CompanyPeople current={people.current} former={people.former} t={t} />}
    />
  );
}
