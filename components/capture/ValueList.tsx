// A list of one kind of value (emails, phones, IBANs): each editable and removable, its problem shown beside it.
import { useId } from 'react';
import type { Translate } from '../../core/i18n';

export interface ValueListProps {
  /** Field key prefix, e.g. `emails` (problems are keyed `emails.0`). */
  field: string;
  label: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  problems: Record<string, string>;
  isVisible: (key: string) => boolean;
  onBlur: (key: string) => void;
  addLabel?: string;
  inputMode: 'email' | 'tel' | 'text';
  t: Translate;
}

export function ValueList({
  field,
  label,
  values,
  onChange,
  problems,
  isVisible,
  onBlur,
  addLabel,
  inputMode,
  t,
}: ValueListProps) {
  const id = useId();
  const set = (i: number, value: string) => onChange(values.map((v, j) => (j === i ? value : v)));
  const remove = (i: number) => onChange(values.length > 1 ? values.filter((_, j) => j !== i) : ['']);
  return (
    <div className="field span-2" role="group" aria-labelledby={`${id}-label`}>
      <span className="field-label" id={`${id}-label`}>
        {label}
      </span>
      {values.map((value, i) => {
        const key = `${field}.${i}`;
        const problem = isVisible(key) ? problems[key] : undefined;
        return (
          <div className="value-row" key={i}>
            <div className="value-input">
              <input
                type="text"
                inputMode={inputMode}
                autoComplete="off"
                spellCheck={false}
                aria-label={label}
                aria-invalid={problem !== undefined}
                aria-describedby={problem ? `${id}-${i}-problem` : undefined}
                data-testid={key}
                value={value}
                onChange={(e) => set(i, e.target.value)}
                onBlur={() => onBlur(key)}
              />
              {(values.length > 1 || value !== '') && (
                <button
                  type="button"
                  className="icon"
                  aria-label={t('capture.remove', { value: value || label })}
                  title={t('capture.remove', { value: value || label })}
                  onClick={() => remove(i)}
                >
                  ×
                </button>
              )}
            </div>
            {problem && (
              <p className="field-problem" id={`${id}-${i}-problem`}>
                {problem}
              </p>
            )}
          </div>
        );
      })}
      {addLabel && values.every((v) => v.trim() !== '') && (
        <button type="button" className="link" onClick={() => onChange([...values, ''])}>
          {addLabel}
        </button>
      )}
    </div>
  );
}
