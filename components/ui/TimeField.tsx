// A time of day typed in Kartka's language: "14:30" on uk/ru's 24-hour clock, "2:30 PM" on en's 12-hour one
// (either is read in any language), instead of <input type="time">, which follows the browser's.
import { useId, useState } from 'react';
import type { Locale, Translate } from '../../core/i18n';
import { formatTime, parseTime } from '../../core/i18n/date-input';

export interface TimeOfDay {
  hours: number;
  minutes: number;
}

export interface TimeFieldProps {
  value: TimeOfDay | null;
  onChange: (time: TimeOfDay | null) => void;
  label: string;
  locale: Locale;
  t: Translate;
  testId?: string;
}

export function TimeField({ value, onChange, label, locale, t, testId }: TimeFieldProps) {
  const [text, setText] = useState(() => (value ? formatTime(value.hours, value.minutes, locale) : ''));
  const hintId = useId();
  // A value set elsewhere or a new language shows in the field (state derived during render).
  const shownKey = `${value ? `${value.hours}:${value.minutes}` : ''}|${locale}`;
  const [lastKey, setLastKey] = useState(shownKey);
  if (shownKey !== lastKey) {
    setLastKey(shownKey);
    const typed = parseTime(text);
    if (value && (typed?.hours !== value.hours || typed.minutes !== value.minutes))
      setText(formatTime(value.hours, value.minutes, locale));
  }
  const invalid = text.trim() !== '' && parseTime(text) === null;
  const example = formatTime(14, 30, locale);
  return (
    <span className="time-field">
      <input
        type="text"
        inputMode="numeric"
        aria-label={label}
        aria-invalid={invalid}
        aria-describedby={invalid ? hintId : undefined}
        placeholder={example}
        value={text}
        size={8}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          onChange(parseTime(e.target.value));
        }}
      />
      {invalid && (
        <span id={hintId} className="field-error">
          {t('time.writeAs', { example })}
        </span>
      )}
    </span>
  );
}
