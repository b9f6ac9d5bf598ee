import { describe, expect, it } from 'vitest';
import {
  activityByManager,
  dealsByMonth,
  funnel,
  lastMonths,
  newVsLost,
  stagesOverTime,
  type AnalyticsClient,
} from '../../../core/analytics';
import { personId } from '../../../core/ids';
import { defaultPipeline } from '../../../core/lifecycle';

const NOW = new Date(2025, 5, 15, 12).getTime(); // 15 June 2025
const at = (m: number, d = 10) => new Date(2025, m - 1, d).getTime();
const pipeline = defaultPipeline();

const clients: AnalyticsClient[] = [
  { id: 'a', createdAt: at(1), stage: { stage: 'potential', since: at(1) } },
  { id: 'b', createdAt: at(2), stage: { stage: 'active', since: at(3) } },
  { id: 'c', createdAt: at(3), stage: { stage: 'regular', since: at(5) } },
  { id: 'd', createdAt: at(4), stage: { stage: 'vip', since: at(6) } },
  { id: 'e', createdAt: at(5), stage: { stage: 'lost-revivable', since: at(6) } },
  { id: 'f', createdAt: at(6) },
];

describe('analytics', () => {
  it('lists local months, oldest first', () => {
    expect(lastMonths(NOW, 3)).toEqual(['2025-04', '2025-05', '2025-06']);
    expect(lastMonths(new Date(2025, 0, 5).getTime(), 2)).toEqual(['2024-12', '2025-01']);
  });

  it('counts stages per month: live now, snapshots where recorded, estimates before', () => {
    const months = stagesOverTime(
      clients,
      { '2025-05': { potential: 7 } },
      ['2025-03', '2025-04', '2025-05', '2025-06'],
      NOW,
    );
    expect(months.map((m) => m.source)).toEqual(['estimate', 'estimate', 'snapshot', 'live']);
    expect(months[0]).toMatchObject({ counts: { potential: 1, active: 1 }, unknown: 1 });
    expect(months[2]?.counts).toEqual({ potential: 7 });
    expect(months[3]?.counts).toEqual({ potential: 1, active: 1, regular: 1, vip: 1, 'lost-revivable': 1 });
  });

  it('builds the funnel over open and won stages, with conversion to the next', () => {
    const steps = funnel(clients, pipeline);
    expect(steps.map((s) => s.stage)).toEqual([
      'potential',
      'active',
      'working',
      'regular',
      'partner',
      'vip',
      'key',
    ]);
    expect(steps.map((s) => s.reached)).toEqual([4, 3, 2, 2, 1, 1, 0]);
    expect(steps[0]?.conversion).toBe(0.75);
    expect(steps[5]?.conversion).toBe(0);
    expect(steps[6]?.conversion).toBeNull();
  });

  it('counts new and lost clients per month', () => {
    expect(newVsLost(clients, pipeline, ['2025-05', '2025-06'])).toEqual([
      { month: '2025-05', new: 1, lost: 0 },
      { month: '2025-06', new: 0, lost: 1 },
    ]);
  });

  it('sums deals per month in the main currency and totals every currency', () => {
    const r = dealsByMonth(
      [
        { status: 'won', amount: 1000, currency: 'UAH', closedAt: at(5) },
        { status: 'won', amount: 500, currency: 'EUR', closedAt: at(5) },
        { status: 'lost', amount: 200, closedAt: at(6) },
        { status: 'open', amount: 9999, currency: 'UAH' },
        { status: 'won', amount: 1, currency: 'UAH', closedAt: at(1) },
      ],
      ['2025-05', '2025-06'],
      'uah',
    );
    expect(r.months).toEqual([
      { month: '2025-05', won: 2, lost: 0, wonAmount: 1000, lostAmount: 0 },
      { month: '2025-06', won: 0, lost: 1, wonAmount: 0, lostAmount: 200 },
    ]);
    expect(r.totals).toEqual([
      { currency: 'UAH', won: 1, lost: 1, wonAmount: 1000, lostAmount: 200 },
      { currency: 'EUR', won: 1, lost: 0, wonAmount: 500, lostAmount: 0 },
    ]);
  });

  it('credits activity to the manager of the clients involved, once per interaction', () => {
    const people = [
      { id: personId('p1'), manager: 'Оксана' },
      { id: personId('p2'), manager: 'Оксана' },
      { id: personId('p3') },
    ];
    const rows = activityByManager(
      people,
      [
        { kind: 'email', at: at(6), personIds: [personId('p1'), personId('p2')] },
        { kind: 'note', at: at(6), personIds: [personId('p1')] },
        { kind: 'call', at: at(6), personIds: [personId('p3')] },
        { kind: 'call', at: at(1), personIds: [personId('p3')] },
      ],
      [{ status: 'won', closedAt: at(6), personId: personId('p1') }],
      [{ done: true, doneAt: at(6), personId: personId('p3') }],
      at(3),
    );
    expect(rows).toEqual([
      { manager: 'Оксана', clients: 2, interactions: 1, dealsWon: 1, tasksDone: 0 },
      { manager: '', clients: 1, interactions: 1, dealsWon: 0, tasksDone: 1 },
    ]);
  });
});
