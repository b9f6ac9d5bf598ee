// A date typed or picked in Kartka's language and date order (core/i18n/date-input.ts), not the browser's:
// a text field ("12.07.2026" in uk/ru, "07/12/2026" in en) and a month calendar with the locale's week.
import { useState } from 'react';
import type { Locale, Translate } from '../../core/i18n';
import {
  dateOrder,
  firstWeekday,
  formatDay,
  isoOf,
  parseDay,
  weekdayNames,
  type Day,
} from '../../core/i18n/date-input';
import { TypedField } from './TypedField';

export interface DateFieldProps {
  value: Day | null;
  /** A typed text that is not a date reports null (and the field says how to write one). */
  onChange: (day: Day | null) => void;
  label: string;
  locale: Locale;
  t: Translate;
  testId?: string;
}

const sameDay = (a: Day | null, b: Day | null) =>
  a !== null && b !== null && a.year === b.year && a.month === b.month && a.day === b.day;

/** The way to write a date, in the reader's letters: "ДД.ММ.РРРР", "MM/DD/YYYY". */
export function datePattern(locale: Locale, t: Translate): string {
  const { order, separator } = dateOrder(locale);
  return order.map((p) => t(`date.letters.${p}`)).join(separator);
}

export function DateField({ value, onChange, label, locale, t, testId }: DateFieldProps) {
  const [open, setOpen] = useState(false);
  const pattern = datePattern(locale, t);
  return (
    <TypedField<Day>
      className="date-field"
      value={value}
      onChange={onChange}
      format={(day) => formatDay(day, locale)}
      parse={(text) => parseDay(text, locale)}
      same={sameDay}
      // A value chosen elsewhere (a preset, the calendar) or a new language shows in the field.
      shownKey={`${value ? isoOf(value) : ''}|${locale}`}
      label={label}
      placeholder={pattern}
      hint={t('date.writeAs', { pattern })}
      testId={testId}
    >
      <button
        type="button"
        className="date-pick"
        aria-label={t('date.pick')}
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        📅
      </button>
      {open && (
        <Calendar
          selected={value}
          locale={locale}
          t={t}
          onPick={(day) => {
            onChange(day);
            setOpen(false);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </TypedField>
  );
}

interface CalendarProps {
  selected: Day | null;
  locale: Locale;
  t: Translate;
  onPick: (day: Day) => void;
  onClose: () => void;
}

function Calendar({ selected, locale, t, onPick, onClose }: CalendarProps) {
  const today = new Date();
  const [shown, setShown] = useState(() => ({
    year: selected?.year ?? today.getFullYear(),
    month: selected?.month ?? today.getMonth() + 1,
  }));
  const first = new Date(shown.year, shown.month - 1, 1);
  const lead = (first.getDay() - firstWeekday(locale) + 7) % 7;
  const days = new Date(shown.year, shown.month, 0).getDate();
  const cells: (number | null)[] = [
    ...Array<null>(lead).fill(null),
    ...Array.from({ length: days }, (_, i) => i + 1),
  ];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const title = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric' }).format(first);
  const step = (by: number) => {
    const d = new Date(shown.year, shown.month - 1 + by, 1);
    setShown({ year: d.getFullYear(), month: d.getMonth() + 1 });
  };
  return (
    <div
      className="calendar"
      role="dialog"
      aria-label={title}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="calendar-head">
        <button type="button" aria-label={t('date.prevMonth')} onClick={() => step(-1)}>
          ‹
        </button>
        <span aria-live="polite">{title}</span>
        <button type="button" aria-label={t('date.nextMonth')} onClick={() => step(1)}>
          ›
        </button>
      </div>
      <table>
        <thead>
          <tr>
            {weekdayNames(locale).map((w) => (
              <th key={w} scope="col">
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) => (
                <td key={i}>
                  {day !== null && (
                    <button
                      type="button"
                      aria-pressed={sameDay(selected, { ...shown, day })}
                      aria-label={formatDay({ ...shown, day }, locale)}
                      onClick={() => onPick({ ...shown, day })}
                    >
                      {day}
                    </button>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
