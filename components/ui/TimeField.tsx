// A time of day typed in Kartka's language: "14:30" on uk/ru's 24-hour clock, "2:30 PM" on en's 12-hour one
// (either is read in any language), instead of <input type="time">, which follows the browser's.
import type { Locale, Translate } from '../../core/i18n';
import { formatTime, parseTime } from '../../core/i18n/date-input';
import { TypedField } from './TypedField';

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
  const example = formatTime(14, 30, locale);
  return (
    <TypedField<TimeOfDay>
      className="time-field"
      value={value}
      onChange={onChange}
      format={(v) => formatTime(v.hours, v.minutes, locale)}
      parse={parseTime}
      same={(a, b) => a.hours === b.hours && a.minutes === b.minutes}
      // A value set elsewhere or a new language shows in the field.
      shownKey={`${value ? `${value.hours}:${value.minutes}` : ''}|${locale}`}
      label={label}
      placeholder={example}
      hint={t('time.writeAs', { example })}
      testId={testId}
      size={8}
    />
  );
}
