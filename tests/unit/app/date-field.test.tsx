// @vitest-environment happy-dom
// The date and time fields read and show values in Kartka's language, say how to write a date they cannot read,
// and show a day picked on the calendar.
import { act, useState } from 'react';
import { expect, it } from 'vitest';
import { DateField } from '../../../components/ui/DateField';
import { TimeField, type TimeOfDay } from '../../../components/ui/TimeField';
import { translator, type Locale } from '../../../core/i18n';
import type { Day } from '../../../core/i18n/date-input';
import { render } from '../render';

/** Types as a person does: React hears the input event with the new value. */
function type(input: HTMLInputElement, text: string): void {
  const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  act(() => {
    set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function Dated({ locale, seen }: { locale: Locale; seen: (Day | null)[] }) {
  const [day, setDay] = useState<Day | null>({ year: 2026, month: 7, day: 12 });
  return (
    <DateField
      value={day}
      label="When"
      locale={locale}
      t={translator(locale)}
      onChange={(d) => {
        seen.push(d);
        setDay(d);
      }}
    />
  );
}

it('writes and reads the day in the reader’s order, and says how to write one it cannot read', () => {
  const seen: (Day | null)[] = [];
  const el = render(<Dated locale="uk" seen={seen} />);
  const input = el.querySelector('input') as HTMLInputElement;
  expect(input.value).toBe('12.07.2026');
  type(input, '03.08.2026');
  expect(seen.at(-1)).toEqual({ year: 2026, month: 8, day: 3 });
  expect(input.getAttribute('aria-invalid')).toBe('false');
  type(input, '31.02.2026');
  expect(seen.at(-1)).toBeNull();
  expect(input.getAttribute('aria-invalid')).toBe('true');
  expect(el.querySelector('.field-error')?.textContent).toBe('Напишіть дату так: ДД.ММ.РРРР.');
  // What the person typed stays as typed, to be corrected.
  expect(input.value).toBe('31.02.2026');
});

it('shows a day picked on the calendar, in the reader’s order', () => {
  const seen: (Day | null)[] = [];
  const el = render(<Dated locale="en" seen={seen} />);
  const input = el.querySelector('input') as HTMLInputElement;
  expect(input.value).toBe('07/12/2026');
  act(() => (el.querySelector('.date-pick') as HTMLButtonElement).click());
  const day15 = el.querySelector('.calendar button[aria-label="07/15/2026"]') as HTMLButtonElement;
  act(() => day15.click());
  expect(seen.at(-1)).toEqual({ year: 2026, month: 7, day: 15 });
  expect(input.value).toBe('07/15/2026');
  expect(el.querySelector('.calendar')).toBeNull();
});

it('reads a time on either clock and shows it on the reader’s', () => {
  const seen: (TimeOfDay | null)[] = [];
  function Timed() {
    const [time, setTime] = useState<TimeOfDay | null>({ hours: 14, minutes: 30 });
    return (
      <TimeField
        value={time}
        label="Time"
        locale="en"
        t={translator('en')}
        onChange={(v) => {
          seen.push(v);
          setTime(v);
        }}
      />
    );
  }
  const el = render(<Timed />);
  const input = el.querySelector('input') as HTMLInputElement;
  expect(input.value).toBe('2:30 PM');
  type(input, '9.05');
  expect(seen.at(-1)).toEqual({ hours: 9, minutes: 5 });
  type(input, '25:00');
  expect(seen.at(-1)).toBeNull();
  expect(el.querySelector('.field-error')?.textContent).toBe('Write the time as 2:30 PM.');
});
