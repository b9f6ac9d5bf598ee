// Pure helpers behind the card: birthdays, due presets, date inputs, amounts, history merging.
import { describe, expect, it, test } from 'vitest';
import {
  buildTimeline,
  fromDateInput,
  initialsOf,
  nextBirthday,
  parseAmount,
  presetDue,
  TIMELINE_LIMIT,
  toDateInput,
} from '../../../core/card';
import { dealId, interactionId, personId } from '../../../core/ids';
import type { Deal, Interaction } from '../../../core/model';

const local = (y: number, m: number, d: number, h = 12) => new Date(y, m - 1, d, h).getTime();

describe('nextBirthday', () => {
  test.each([
    ['later this year', { month: 3, day: 14 }, local(2026, 2, 20), 22, null],
    ['today', { month: 3, day: 14 }, local(2026, 3, 14, 23), 0, null],
    ['passed: next year', { month: 1, day: 2 }, local(2026, 12, 30), 3, null],
    ['with a year', { month: 11, day: 28, year: 1979 }, local(2026, 11, 20), 8, 47],
    ['29 Feb in a common year', { month: 2, day: 29 }, local(2027, 2, 20), 8, null],
  ] as const)('%s', (_case, birthday, now, days, turns) => {
    const next = nextBirthday(birthday, now);
    expect(next.days).toBe(days);
    expect(next.turns).toBe(turns);
  });
});

describe('presetDue', () => {
  // 2026-03-11 is a Wednesday.
  const wednesday = local(2026, 3, 11, 17);
  test.each([
    ['tomorrow', local(2026, 3, 12, 9)],
    ['in3days', local(2026, 3, 14, 9)],
    ['nextWeek', local(2026, 3, 16, 9)],
  ] as const)('%s', (preset, expected) => {
    expect(presetDue(preset, wednesday)).toBe(expected);
  });

  it('takes "next week" from a Sunday to the very next Monday', () => {
    expect(presetDue('nextWeek', local(2026, 3, 15))).toBe(local(2026, 3, 16, 9));
  });

  it('takes "next week" from a Monday to the Monday after', () => {
    expect(presetDue('nextWeek', local(2026, 3, 16))).toBe(local(2026, 3, 23, 9));
  });
});

describe('date inputs', () => {
  it('round-trips a local date at 09:00', () => {
    expect(toDateInput(local(2026, 1, 5))).toBe('2026-01-05');
    expect(fromDateInput('2026-01-05')).toBe(local(2026, 1, 5, 9));
  });

  test.each(['', '2026-02-30', '05.01.2026', '2026-13-01'])('refuses %j', (value) => {
    expect(fromDateInput(value)).toBeNull();
  });
});

describe('parseAmount', () => {
  test.each([
    ['', null],
    ['900', 900],
    ['12 500,50', 12500.5],
    ['12\u00a0500', 12500],
    ['12,500.50', 12500.5],
    ['1,5', 1.5],
    ['-5', Number.NaN],
    ['десять', Number.NaN],
  ] as const)('%j -> %s', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });
});

describe('initialsOf', () => {
  test.each([
    ['Олена Коваль', '', 'ОК'],
    ['«Зоря» Агро', '', 'ЗА'],
    ['', 'petro@agrosvit.com.ua', 'P'],
    ['<b>Evil</b>', '', 'B'],
  ])('%j %j -> %s', (name, address, expected) => {
    expect(initialsOf(name, address)).toBe(expected);
  });
});

describe('buildTimeline', () => {
  const pid = personId('p1');
  const interaction = (n: number, at: number, kind: Interaction['kind'] = 'email'): Interaction => ({
    id: interactionId(`i${n}`),
    kind,
    source: 'gmail',
    direction: kind === 'note' ? 'internal' : 'incoming',
    participants: [],
    subject: `Subject ${n}`,
    snippet: `Snippet ${n}`,
    ...(kind === 'note' ? { body: `Note ${n}` } : {}),
    at,
    attachmentNames: [],
    personIds: [pid],
    companyIds: [],
    createdAt: at,
  });
  const deal: Deal = {
    id: dealId('d1'),
    title: 'Насіння, весна',
    amount: 120000,
    currency: 'UAH',
    status: 'won',
    personId: pid,
    openedAt: 50,
    closedAt: 250,
    createdAt: 50,
    updatedAt: 250,
  };

  it('merges emails, notes and deal events newest first', () => {
    const entries = buildTimeline([interaction(1, 100), interaction(2, 300, 'note')], [deal]);
    expect(entries.map((e) => [e.kind, e.at, e.title])).toEqual([
      ['note', 300, 'Note 2'],
      ['deal', 250, 'Насіння, весна'],
      ['email', 100, 'Subject 1'],
      ['deal', 50, 'Насіння, весна'],
    ]);
    expect(entries[1]).toMatchObject({
      dealStatus: 'won',
      detail: null,
      amount: { value: 120000, currency: 'UAH' },
    });
    expect(entries[0]).toMatchObject({ detail: null, direction: null });
  });

  it('keeps only the latest entries', () => {
    const many = Array.from({ length: 80 }, (_, i) => interaction(i, i * 10));
    const entries = buildTimeline(many, []);
    expect(entries).toHaveLength(TIMELINE_LIMIT);
    expect(entries[0]?.at).toBe(790);
  });
});
