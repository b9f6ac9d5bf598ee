import { expect, test } from 'vitest';
import { parsePageDate } from '../../../integrations/page-date';

const at = (y: number, m: number, d: number, h: number, min: number) =>
  new Date(y, m - 1, d, h, min).getTime();

test.each([
  ['Mon, Nov 23, 2026, 10:15 AM', at(2026, 11, 23, 10, 15)],
  ['Mon, Nov 23, 2026, 10:15\u202fPM', at(2026, 11, 23, 22, 15)],
  ['Nov 23, 2026, 12:05 AM', at(2026, 11, 23, 0, 5)],
  ['Mon, 23 Nov 2026, 10:15', at(2026, 11, 23, 10, 15)],
  ['Mon, Nov 23, 2026 at 9:07 AM', at(2026, 11, 23, 9, 7)],
  ['пн, 23 лист. 2026 р., 10:15', at(2026, 11, 23, 10, 15)],
  ['23 листопада 2026 р. о 10:15', at(2026, 11, 23, 10, 15)],
  ['23 нояб. 2026 г., 10:15', at(2026, 11, 23, 10, 15)],
  ['пн, 4 мая 2026 г., 08:00', at(2026, 5, 4, 8, 0)],
  ['Mo., 23. Nov. 2026, 10:15', at(2026, 11, 23, 10, 15)],
  ['Mi 4. März 2026 um 18:30', at(2026, 3, 4, 18, 30)],
  ['Mon 11/23/2026 10:15 AM', at(2026, 11, 23, 10, 15)],
  ['Mo 23.11.2026 10:15', at(2026, 11, 23, 10, 15)],
  ['23/11/2026 10:15', at(2026, 11, 23, 10, 15)],
  ['2026-11-23 10:15', at(2026, 11, 23, 10, 15)],
  ['pon., 23 lis 2026, 10:15', at(2026, 11, 23, 10, 15)],
  ['czw., 1 paź 2026, 07:05', at(2026, 10, 1, 7, 5)],
  ['23 listopada 2026 10:15', at(2026, 11, 23, 10, 15)],
  ['pon. 23.11.2026 10:15', at(2026, 11, 23, 10, 15)],
])('%s', (text, expected) => {
  expect(parsePageDate(text)).toBe(expected);
});

test.each([
  '',
  'yesterday',
  '10:15 AM',
  'Nov 23',
  'Feb 30, 2026, 10:15 AM',
  'Mon, Nov 23, 2026, 13:15 PM',
  '23 2026',
])('unparsable: %j', (text) => {
  expect(parsePageDate(text)).toBeNull();
});
