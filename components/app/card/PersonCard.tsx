// A person's full card: every field editable in place, their companies, deals, tasks, documents and history.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { MessageKey } from '../../../core/i18n';
import { deletedTexts, originText } from '../../../core/i18n/provenance-text';
import { PROVENANCE_FIELDS, type ProvenanceField } from '../../../core/provenance';
import type { Person } from '../../../core/model';
import type { PersonDraft } from '../../../core/validate';
import { BirthdayField } from './BirthdayField';
import { CardFrame, type ClientCardData } from './CardFrame';
import type { ClientActions } from './client-actions';
import type { PickerHit } from './ClientPicker';
import { CompanyLinks, type LinkedCompany } from './CompanyLinks';
import { HandlesField } from './HandlesField';
import { InlineField, type InlineFieldProps } from './InlineField';
import { ListField } from './ListField';

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

export interface PersonCardProps extends ClientCardData {
  person: Person;
  links: readonly LinkedCompany[];
  managers: readonly string[];
  actions: PersonActions;
}

/** The fields edited as text in place. */
type TextField =
  | 'displayName'
  | 'givenName'
  | 'patronymic'
  | 'familyName'
  | 'position'
  | 'manager'
  | 'city'
  | 'preferences'
  | 'notes'
  | 'source';

const phone = (e164: string) => parsePhoneNumberFromString(e164)?.formatInternational() ?? e164;

export function PersonCard({ person: p, links, managers, actions: a, ...card }: PersonCardProps) {
  const { f, t } = card;
  const origin = (field: ProvenanceField) => originText(p, field, t, f.date);
  const tracked = (field: string): field is ProvenanceField =>
    (PROVENANCE_FIELDS as readonly string[]).includes(field);
  const text = (field: TextField, label: MessageKey, more: Partial<InlineFieldProps> = {}) => (
    <InlineField
      label={t(label)}
      value={p[field] ?? ''}
      onSave={(v) => a.save({ [field]: v })}
      t={t}
      origin={tracked(field) ? origin(field) : undefined}
      {...more}
    />
  );
  const deleted = deletedTexts(p, t, f.date);
  const details = (
    <>
      {deleted.length > 0 && (
        <div className="source-deleted" role="note" data-testid="source-deleted">
          {deleted.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p className="muted small">{t('contactsSync.deleted.hint')}</p>
        </div>
      )}
      {text('displayName', 'app.field.displayName')}
      {text('givenName', 'app.field.givenName')}
      {text('patronymic', 'app.field.patronymic')}
      {text('familyName', 'app.field.familyName')}
      {text('position', 'app.field.position')}
      <ListField
        label={t('email')}
        values={p.emails}
        origin={origin('emails')}
        onSave={(emails) => a.save({ emails })}
        addLabel={t('app.field.addEmail')}
        t={t}
      />
      <ListField
        label={t('phone')}
        values={p.phones}
        origin={origin('phones')}
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
      {text('manager', 'app.field.manager', { suggestions: managers })}
      {text('city', 'app.field.city')}
      <BirthdayField
        value={p.birthday}
        origin={origin('birthday')}
        onSave={(birthday) => a.save({ birthday: birthday ?? undefined })}
        f={f}
        t={t}
      />
      {text('preferences', 'app.field.preferences', { multiline: true })}
      {text('notes', 'app.field.notes', { multiline: true })}
      {text('source', 'app.field.source')}
      <label className="check consent">
        <input
          type="checkbox"
          checked={p.consent?.given ?? false}
          onChange={(e) =>
            void a.save({ consent: { given: e.target.checked, at: card.now, source: 'manual' } })
          }
        />
        {t('app.field.consent')}
        {p.consent?.at !== undefined && <span className="muted small"> ({f.date(p.consent.at)})</span>}
      </label>
    </>
  );
  return (
    <CardFrame
      {...card}
      kind="person"
      client={p}
      title={p.displayName}
      name={p.displayName}
      mergeSearch={a.searchPeople}
      actions={a}
      onSaveCustom={(custom) => a.save({ custom })}
      details={details}
      footer={
        <p className="muted small">
          {t('app.card.created', { date: f.date(p.createdAt) })}
          {p.lastContactAt !== undefined && ` · ${t('lastContact')}: ${f.date(p.lastContactAt)}`}
        </p>
      }
      side={
        <CompanyLinks
          links={links}
          search={a.searchCompanies}
          onLink={a.link.add}
          onUpdate={a.link.update}
          onArchive={a.link.archive}
          f={f}
          t={t}
        />
      }
    />
  );
}
