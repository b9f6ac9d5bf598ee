// A birthday, with or without the year: day, month (named in the UI language) and an optional year.
import { useId, useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { Birthday } from '../../../core/model';
import type { Formats } from '../format';

export interface BirthdayFieldProps {
  value: Birthday | undefined;
  onSave: (value: Birthday | null) => Promise<string | null>;
  f: Formats;
  t: Translate;
  /** Where the birthday came from, in words (the label's tooltip). */
  origin?: string | undefined;
}

export function BirthdayField({ value, onSave, f, t, origin }: BirthdayFieldProps) {
  const [editing, setEditing] = useState(false);
  const [day, setDay] = useState('');
  const [month, setMonth] = useState('1');
  const [year, setYear] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const months = Array.from({ length: 12 }, (_, i) =>
    new Intl.DateTimeFormat(f.locale, { month: 'long' }).format(new Date(2000, i, 1)),
  );

  const start = () => {
    setDay(value ? String(value.day) : '');
    setMonth(value ? String(value.month) : '1');
    setYear(value?.year ? String(value.year) : '');
    setError(null);
    setEditing(true);
  };
  const save = async (next: Birthday | null) => {
    const problem = await onSave(next);
    setError(problem);
    if (problem === null) setEditing(false);
  };
  const submit = () => {
    if (day.trim() === '' && year.trim() === '') return void save(null);
    const b: Birthday = { month: Number(month), day: Number(day) };
    if (year.trim() !== '') b.year = Number(year);
    void save(b);
  };

  if (!editing) {
    const text = value ? `${f.dayMonth(value.month, value.day)}${value.year ? ` ${value.year}` : ''}` : '';
    return (
      <div className="field">
        <span className="field-label" id={`${id}-label`} title={origin} data-origin={origin}>
          {t('app.field.birthday')}
        </span>
        <button
          type="button"
          className={`field-value${text ? '' : ' empty'}`}
          aria-labelledby={`${id}-label ${id}-value`}
          onClick={start}
        >
          <span id={`${id}-value`}>{text || t('app.card.add')}</span>
        </button>
      </div>
    );
  }
  return (
    <form
      className="field editing"
      aria-labelledby={`${id}-label`}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => e.key === 'Escape' && setEditing(false)}
    >
      <span className="field-label" id={`${id}-label`}>
        {t('app.field.birthday')}
      </span>
      <div className="field-edit">
        <input
          className="days"
          inputMode="numeric"
          aria-label={t('app.field.day')}
          value={day}
          onChange={(e) => setDay(e.target.value)}
          autoFocus
        />
        <select aria-label={t('app.field.month')} value={month} onChange={(e) => setMonth(e.target.value)}>
          {months.map((m, i) => (
            <option key={m} value={i + 1}>
              {m}
            </option>
          ))}
        </select>
        <input
          className="year"
          inputMode="numeric"
          aria-label={t('app.field.yearOptional')}
          placeholder={t('app.field.yearOptional')}
          value={year}
          onChange={(e) => setYear(e.target.value)}
        />
        <button type="submit">{t('app.card.save')}</button>
        <button type="button" onClick={() => setEditing(false)}>
          {t('app.card.cancel')}
        </button>
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
