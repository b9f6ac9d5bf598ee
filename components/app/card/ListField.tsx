// A list field of a card (emails, phones, tags, domains): add, change or remove one value at a time;
// the whole list is validated on save and a refused value stays in its box with the reason.
import { useId, useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { SaveField } from './InlineField';

export interface ListFieldProps {
  label: string;
  values: readonly string[];
  onSave: (values: string[]) => ReturnType<SaveField>;
  t: Translate;
  /** How a stored value is shown (e.g. a formatted phone number). */
  show?: (value: string) => string;
  addLabel: string;
  suggestions?: readonly string[];
  /** Where the values came from, in words (the label's tooltip). */
  origin?: string | undefined;
}

export function ListField({
  label,
  values,
  onSave,
  t,
  show = (v) => v,
  addLabel,
  suggestions,
  origin,
}: ListFieldProps) {
  const [editing, setEditing] = useState<number | null>(null);
  const [draft, setDraft] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const save = async (next: string[]) => {
    const problem = await onSave(next);
    setError(problem);
    if (problem === null) {
      setEditing(null);
      setDraft('');
    }
  };
  const edited = (index: number) =>
    values.map((v, i) => (i === index ? draft : v)).filter((v) => v.trim() !== '');

  return (
    <div className="field list-field" role="group" aria-labelledby={`${id}-label`}>
      <span className="field-label" id={`${id}-label`} title={origin} data-origin={origin}>
        {label}
      </span>
      <ul className="values">
        {values.map((v, i) =>
          editing === i ? (
            <li key={`${v}-${i}`} className="editing">
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  void save(edited(i));
                }}
              >
                <input
                  autoFocus
                  aria-label={t('app.card.editValue', { field: label })}
                  aria-invalid={error !== null}
                  aria-describedby={error ? `${id}-error` : undefined}
                  value={draft}
                  onChange={(e) => setDraft(e.target.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Escape') {
                      setEditing(null);
                      setError(null);
                    }
                  }}
                />
                <button type="submit">{t('app.card.save')}</button>
              </form>
            </li>
          ) : (
            <li key={`${v}-${i}`}>
              <button
                type="button"
                className="value"
                aria-label={t('app.card.editValue', { field: `${label}: ${show(v)}` })}
                onClick={() => {
                  setEditing(i);
                  setDraft(v);
                  setError(null);
                }}
              >
                {show(v)}
              </button>
              <button
                type="button"
                className="remove"
                aria-label={t('app.card.remove', { value: show(v) })}
                onClick={() => void save(values.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </li>
          ),
        )}
      </ul>
      {editing === null && (
        <form
          className="add"
          onSubmit={(e) => {
            e.preventDefault();
            if (draft.trim()) void save([...values, draft]);
          }}
        >
          <input
            aria-label={addLabel}
            placeholder={addLabel}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            list={suggestions ? `${id}-list` : undefined}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          {suggestions && (
            <datalist id={`${id}-list`}>
              {suggestions.map((s) => (
                <option key={s} value={s} />
              ))}
            </datalist>
          )}
          <button type="submit" disabled={!draft.trim()}>
            {t('app.card.addShort')}
          </button>
        </form>
      )}
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
