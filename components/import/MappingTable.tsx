// Which contact field each CSV column goes to: guessed from the header, editable, with sample values.
// Columns empty in every row (Outlook exports ~90, most of them empty) wait behind "show N empty columns".
import { useState } from 'react';
import type { Translate } from '../../core/i18n';
import type { ColumnMapping, ContactField } from '../../core/parse';

export const CONTACT_FIELDS: readonly ContactField[] = [
  'fullName',
  'givenName',
  'familyName',
  'patronymic',
  'email',
  'phone',
  'companyPhone',
  'company',
  'department',
  'position',
  'city',
  'address',
  'website',
  'stage',
  'manager',
  'birthday',
  'tags',
  'note',
  'registrationId',
];

export interface MappingTableProps {
  mapping: ColumnMapping;
  /** The first data rows, for sample values. */
  samples: readonly (readonly string[])[];
  /** Columns with no value in any row of the file. */
  empty: ReadonlySet<number>;
  onChange: (index: number, field: ContactField | null) => void;
  t: Translate;
}

export function MappingTable({ mapping, samples, empty, onChange, t }: MappingTableProps) {
  const [showEmpty, setShowEmpty] = useState(false);
  // An empty column stays in view while it is mapped, so a choice never disappears from under the user.
  const hidden = mapping.columns.filter((c) => empty.has(c.index) && c.field === null);
  const shown = showEmpty ? mapping.columns : mapping.columns.filter((c) => !hidden.includes(c));
  return (
    <table className="mapping">
      <caption>
        {t('import.mapping.title')}{' '}
        {hidden.length > 0 && (
          <button
            type="button"
            className="link"
            aria-expanded={showEmpty}
            onClick={() => setShowEmpty(!showEmpty)}
          >
            {t(showEmpty ? 'import.mapping.hideEmpty' : 'import.mapping.showEmpty', { count: hidden.length })}
          </button>
        )}
      </caption>
      <thead>
        <tr>
          <th scope="col">{t('import.mapping.column')}</th>
          <th scope="col">{t('import.mapping.field')}</th>
          <th scope="col">{t('import.mapping.sample')}</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((c) => (
          <tr key={c.index} className={empty.has(c.index) ? 'empty-column' : undefined}>
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
