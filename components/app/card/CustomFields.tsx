// The user's own fields on a card ("Preferred delivery: Nova Poshta"): edit, remove, add.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { InlineField } from './InlineField';

export interface CustomFieldsProps {
  values: Readonly<Record<string, string>>;
  onSave: (values: Record<string, string>) => Promise<string | null>;
  t: Translate;
}

export function CustomFields({ values, onSave, t }: CustomFieldsProps) {
  const [key, setKey] = useState('');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const entries = Object.entries(values);
  const without = (k: string) => Object.fromEntries(entries.filter(([x]) => x !== k));
  return (
    <div className="custom-fields">
      {entries.map(([k, v]) => (
        <div key={k} className="custom-field">
          <InlineField
            label={k}
            value={v}
            t={t}
            onSave={(next) => onSave(next.trim() ? { ...values, [k]: next.trim() } : without(k))}
          />
          <button
            type="button"
            className="remove"
            aria-label={t('app.card.remove', { value: k })}
            onClick={() => void onSave(without(k))}
          >
            ×
          </button>
        </div>
      ))}
      <form
        className="inline-form"
        onSubmit={(e) => {
          e.preventDefault();
          const k = key.trim();
          if (!k || !value.trim()) return;
          if (k in values) return setError(t('app.custom.exists', { name: k }));
          void onSave({ ...values, [k]: value.trim() }).then((problem) => {
            setError(problem);
            if (problem === null) {
              setKey('');
              setValue('');
            }
          });
        }}
      >
        <input
          aria-label={t('app.custom.name')}
          placeholder={t('app.custom.name')}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          maxLength={60}
        />
        <input
          aria-label={t('app.custom.value')}
          placeholder={t('app.custom.value')}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
        <button type="submit" disabled={!key.trim() || !value.trim()}>
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
