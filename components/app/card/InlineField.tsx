// One field of a card, edited in place: click or Enter to edit, Enter (Ctrl+Enter when multi-line) to save,
// Escape to cancel. A refused value stays in the box with the reason beside it.
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { Translate } from '../../../core/i18n';

/** Saves a value; resolves to the reason it was refused, or null when it was saved. */
export type SaveField = (value: string) => Promise<string | null>;

export interface InlineFieldProps {
  label: string;
  value: string;
  onSave: SaveField;
  t: Translate;
  multiline?: boolean;
  type?: 'text' | 'email' | 'tel' | 'url';
  /** Shown instead of the value (e.g. a formatted date); editing starts from `value`. */
  display?: string;
  /** Suggestions for the input (e.g. known managers). */
  suggestions?: readonly string[];
  /** Where the value came from, in words (the label's tooltip): the user, an import, a connected account. */
  origin?: string | undefined;
}

export function InlineField({
  label,
  value,
  onSave,
  t,
  multiline = false,
  type = 'text',
  display,
  suggestions,
  origin,
}: InlineFieldProps) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);

  const start = () => {
    setDraft(value);
    setError(null);
    setEditing(true);
  };
  const stop = () => {
    setEditing(false);
    setError(null);
    requestAnimationFrame(() => opener.current?.focus());
  };
  const commit = async () => {
    if (draft === value) return stop();
    setSaving(true);
    const problem = await onSave(draft);
    setSaving(false);
    if (problem === null) stop();
    else setError(problem);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      stop();
    } else if (e.key === 'Enter' && (!multiline || e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void commit();
    }
  };

  if (!editing) {
    const shown = display ?? value;
    return (
      <div className="field">
        <span className="field-label" id={`${id}-label`} title={origin} data-origin={origin}>
          {label}
        </span>
        <button
          ref={opener}
          type="button"
          className={`field-value${shown ? '' : ' empty'}${multiline ? ' multiline' : ''}`}
          aria-labelledby={`${id}-label ${id}-value`}
          onClick={start}
        >
          <span id={`${id}-value`}>{shown || t('app.card.add')}</span>
        </button>
      </div>
    );
  }
  const common = {
    id: `${id}-input`,
    value: draft,
    autoFocus: true,
    disabled: saving,
    'aria-invalid': error !== null,
    'aria-describedby': error ? `${id}-error` : undefined,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onKeyDown: onKey,
  };
  return (
    <div className="field editing">
      <label className="field-label" htmlFor={`${id}-input`}>
        {label}
      </label>
      <div className="field-edit">
        {multiline ? (
          <textarea rows={4} {...common} />
        ) : (
          <input
            type={type === 'email' ? 'text' : type}
            list={suggestions ? `${id}-list` : undefined}
            {...common}
          />
        )}
        {suggestions && (
          <datalist id={`${id}-list`}>
            {suggestions.map((s) => (
              <option key={s} value={s} />
            ))}
          </datalist>
        )}
        <button type="button" onClick={() => void commit()} disabled={saving}>
          {t('app.card.save')}
        </button>
        <button type="button" onClick={stop}>
          {t('app.card.cancel')}
        </button>
      </div>
      {error && (
        <p className="field-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
