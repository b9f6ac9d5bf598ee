// Which contact field each CSV column goes to: guessed from the header, editable, with sample values.
import type { Translate } from '../../core/i18n';
import type { ColumnMapping, ContactField } from '../../core/parse';

export const CONTACT_FIELDS: readonly ContactField[] = [
  'fullName',
  'givenName',
  'familyName',
  'patronymic',
  'email',
  'phone',
  'company',
  'position',
  'city',
  'birthday',
  'tags',
  'note',
  'registrationId',
];

export interface MappingTableProps {
  mapping: ColumnMapping;
  /** The first data rows, for sample values. */
  samples: readonly (readonly string[])[];
  onChange: (index: number, field: ContactField | null) => void;
  t: Translate;
}

export function MappingTable({ mapping, samples, onChange, t }: MappingTableProps) {
  return (
    <table className="mapping">
      <caption>{t('import.mapping.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.mapping.column')}</th>
          <th scope="col">{t('import.mapping.field')}</th>
          <th scope="col">{t('import.mapping.sample')}</th>
        </tr>
      </thead>
      <tbody>
        {mapping.columns.map((c) => (
          <tr key={c.index}>
            <th scope="row">{c.header || t('import.mapping.unnamed', { n: c.index + 1 })}</th>
            <td>
              <select
                aria-label={t('import.mapping.fieldFor', { column: c.header || String(c.index + 1) })}
                value={c.field ?? ''}
                onChange={(e) => onChange(c.index, CONTACT_FIELDS.find((f) => f === e.target.value) ?? null)}
              >
                <option value="">{t('import.field.none')}</option>
                {CONTACT_FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {t(`import.field.${f}`)}
                  </option>
                ))}
              </select>
            </td>
            <td className="sample">
              {samples
                .map((r) => r[c.index] ?? '')
                .filter((v) => v.trim() !== '')
                .slice(0, 3)
                .join(' · ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
