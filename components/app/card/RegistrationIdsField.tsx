// A company's registration ids (ЄДРПОУ, ІПН, ИНН, ОГРН, VAT…): kind and value, checked by checksum on save.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { RegistrationId, RegistrationIdKind } from '../../../core/model';

export interface RegistrationIdsFieldProps {
  values: readonly RegistrationId[];
  onSave: (values: RegistrationId[]) => Promise<string | null>;
  t: Translate;
}

const KINDS: readonly RegistrationIdKind[] = [
  'edrpou',
  'ipn',
  'inn',
  'ogrn',
  'ogrnip',
  'kpp',
  'vat',
  'other',
];

export function RegistrationIdsField({ values, onSave, t }: RegistrationIdsFieldProps) {
  const [kind, setKind] = useState<RegistrationIdKind>('edrpou');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const save = (next: RegistrationId[]) =>
    onSave(next).then((problem) => {
      setError(problem);
      if (problem === null) setValue('');
    });
  return (
    <div className="field list-field" role="group" aria-label={t('app.company.registrationIds')}>
      <span className="field-label">{t('app.company.registrationIds')}</span>
      <ul className="values">
        {values.map((r, i) => (
          <li key={`${r.kind}-${r.value}`}>
            <span className="value">
              {t(`app.regid.${r.kind}`)} {r.value}
            </span>
            <button
              type="button"
              className="remove"
              aria-label={t('app.card.remove', { value: r.value })}
              onClick={() => void save(values.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        className="add"
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) void save([...values, { kind, value: value.trim() }]);
        }}
      >
        <select
          aria-label={t('app.company.idKind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as RegistrationIdKind)}
        >
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`app.regid.${k}`)}
            </option>
          ))}
        </select>
        <input
          aria-label={t('app.company.idValue')}
          placeholder={t('app.company.idValue')}
          aria-invalid={error !== null}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" disabled={!value.trim()}>
          {t('app.card.addShort')}
        </button>
      </form>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
