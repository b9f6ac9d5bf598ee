// What the date and time fields share (DateField.tsx, TimeField.tsx): a text field for a value typed in Kartka's
// language, read back on every keystroke; a value set elsewhere (a preset, the calendar) or a new language shows
// in it; a text that cannot be read says how to write one.
import { useId, useState, type ReactNode } from 'react';

export interface TypedFieldProps<V> {
  value: V | null;
  onChange: (value: V | null) => void;
  /** The value as the reader writes it. */
  format: (value: V) => string;
  /** The typed text read back; null when it is not a value. */
  parse: (text: string) => V | null;
  same: (a: V, b: V) => boolean;
  /** Changes with the value and the language: the field then shows the value anew, unless the text already says it. */
  shownKey: string;
  label: string;
  placeholder: string;
  /** How to write a value, shown while the text cannot be read. */
  hint: string;
  className: string;
  testId?: string | undefined;
  size?: number | undefined;
  /** Between the text field and the hint (the calendar button). */
  children?: ReactNode;
}

export function TypedField<V>(props: TypedFieldProps<V>) {
  const { value, onChange, format, parse, same, shownKey } = props;
  const [text, setText] = useState(() => (value === null ? '' : format(value)));
  const hintId = useId();
  // State derived during render (React's "adjusting state when a prop changes"), not an effect.
  const [lastKey, setLastKey] = useState(shownKey);
  if (shownKey !== lastKey) {
    setLastKey(shownKey);
    const typed = parse(text);
    if (value !== null && (typed === null || !same(typed, value))) setText(format(value));
  }
  const invalid = text.trim() !== '' && parse(text) === null;
  return (
    <span className={props.className}>
      <input
        type="text"
        inputMode="numeric"
        aria-label={props.label}
        aria-invalid={invalid}
        aria-describedby={invalid ? hintId : undefined}
        placeholder={props.placeholder}
        value={text}
        size={props.size}
        data-testid={props.testId}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parse(e.target.value));
        }}
      />
      {props.children}
      {invalid && (
        <span id={hintId} className="field-error">
          {props.hint}
        </span>
      )}
    </span>
  );
}
