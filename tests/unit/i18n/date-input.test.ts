// Dates and times in Kartka's language, whatever the browser's: the order, the separator, the clock.
import { describe, expect, test } from 'vitest';
import {
  dateOrder,
  formatDay,
  formatTime,
  parseDay,
  parseTime,
  weekdayNames,
} from '../../../core/i18n/date-input';

describe('dates', () => {
  test.each([
    ['uk', '12.07.2026'],
    ['ru', '12.07.2026'],
    ['en', '07/12/2026'],
  ] as const)('%s writes 12 July 2026 as %s', (locale, text) => {
    expect(formatDay({ year: 2026, month: 7, day: 12 }, locale)).toBe(text);
    expect(parseDay(text, locale)).toEqual({ year: 2026, month: 7, day: 12 });
  });

  test.each([
    ['12/07/2026', 'uk', { year: 2026, month: 7, day: 12 }],
    ['12/07/2026', 'en', { year: 2026, month: 12, day: 7 }],
    ['1.2.26', 'ru', { year: 2026, month: 2, day: 1 }],
    ['2026-07-12', 'en', { year: 2026, month: 7, day: 12 }],
    ['31.02.2026', 'uk', null],
    ['29.02.2028', 'uk', { year: 2028, month: 2, day: 29 }],
    ['12.13.2026', 'uk', null],
    ['завтра', 'uk', null],
  ] as const)('%s in %s is %j', (text, locale, day) => {
    expect(parseDay(text, locale)).toEqual(day);
  });

  test('the week starts on Monday in uk and ru, on Sunday in en', () => {
    expect(dateOrder('uk').order).toEqual(['day', 'month', 'year']);
    expect(weekdayNames('uk')[0]).toMatch(/^пн/iu);
    expect(weekdayNames('ru')[0]).toMatch(/^пн/iu);
    expect(weekdayNames('en')[0]).toBe('Sun');
  });
});

describe('times', () => {
  test.each([
    ['uk', 14, 30, '14:30'],
    ['ru', 9, 5, '09:05'],
    ['en', 14, 30, '2:30 PM'],
    ['en', 0, 15, '12:15 AM'],
  ] as const)('%s writes %i:%i as %s', (locale, h, m, text) => {
    expect(formatTime(h, m, locale)).toBe(text);
    expect(parseTime(text)).toEqual({ hours: h, minutes: m });
  });

  test.each([
    ['9.05', { hours: 9, minutes: 5 }],
    ['2 pm', { hours: 14, minutes: 0 }],
    ['12:00 a.m.', { hours: 0, minutes: 0 }],
    ['14', null],
    ['25:00', null],
    ['13:00 PM', null],
  ] as const)('%s reads as %j', (text, time) => {
    expect(parseTime(text)).toEqual(time);
  });
});
