import { describe, expect, test } from 'vitest';
import {
  defaultPipeline,
  defaultStageRules,
  stageOf,
  STAGE_IDS,
  type ClientHistory,
} from '../../../core/lifecycle';
import type { StageRules } from '../../../core/model';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);
const won = (daysAgo: number, amount = 1000) => ({
  status: 'won' as const,
  amount,
  currency: 'UAH',
  openedAt: NOW - daysAgo * DAY,
  closedAt: NOW - daysAgo * DAY,
});
const open = { status: 'open' as const, openedAt: NOW - 3 * DAY };
const lost = { status: 'lost' as const, openedAt: NOW - 30 * DAY, closedAt: NOW - 20 * DAY };

describe('stageOf', () => {
  const rules = defaultStageRules();
  test.each<[string, ClientHistory, string, string]>([
    ['nothing yet', { deals: [] }, 'potential', 'no orders or deals yet'],
    ['an open deal', { deals: [open], lastContactAt: NOW - DAY }, 'active', '1 open deal'],
    ['one order', { deals: [won(10)], lastContactAt: NOW - DAY }, 'working', '1 order won'],
    [
      'three orders',
      { deals: [won(100), won(50), won(10)], lastContactAt: NOW - DAY },
      'regular',
      '3 orders won (regular from 3)',
    ],
    [
      'six orders over a year',
      { deals: [400, 300, 200, 100, 50, 10].map((d) => won(d)), lastContactAt: NOW - DAY },
      'partner',
      '6 orders over 400 days',
    ],
    [
      'six orders in two months',
      { deals: [60, 50, 40, 30, 20, 10].map((d) => won(d)), lastContactAt: NOW - DAY },
      'regular',
      '6 orders won',
    ],
    [
      'twelve orders',
      { deals: Array.from({ length: 12 }, (_, i) => won(i + 1)), lastContactAt: NOW - DAY },
      'vip',
      '12 orders won (VIP from 12)',
    ],
    [
      'quiet for 200 days',
      { deals: [won(300)], lastContactAt: NOW - 200 * DAY },
      'lost-revivable',
      'no contact for 200 days (threshold 180)',
    ],
    ['quiet but a deal is open', { deals: [open], lastContactAt: NOW - 200 * DAY }, 'active', '1 open deal'],
    [
      'only lost deals',
      { deals: [lost], lastContactAt: NOW - 10 * DAY },
      'lost-revivable',
      '1 deal lost, none won',
    ],
  ])('%s → %s', (_name, history, stage, reason) => {
    const v = stageOf({}, history, rules, NOW);
    expect(v.stage).toBe(stage);
    expect(v.reason).toContain(reason);
    expect(v.setBy).toBe('rule');
  });

  test('amount thresholds count only the configured currency', () => {
    const r: StageRules = { ...rules, keyAmount: 1_000_000, vipAmount: 200_000 };
    const history: ClientHistory = {
      deals: [won(5, 150_000), won(4, 60_000), { ...won(3, 5_000_000), currency: 'USD' }],
      lastContactAt: NOW,
    };
    expect(stageOf({}, history, r, NOW)).toMatchObject({
      stage: 'vip',
      reason: 'won 210000 UAH in orders (VIP from 200000)',
    });
  });

  test('lost for good only when configured', () => {
    const history: ClientHistory = { deals: [won(900)], lastContactAt: NOW - 800 * DAY };
    expect(stageOf({}, history, rules, NOW).stage).toBe('lost-revivable');
    expect(stageOf({}, history, { ...rules, lostFinalAfterDays: 730 }, NOW)).toMatchObject({
      stage: 'lost-final',
      reason: 'no contact for 800 days (lost for good after 730)',
    });
  });

  test('a stage set by hand stands, with its reason', () => {
    const client = {
      stage: { stage: 'key', reason: 'strategic distributor', setBy: 'hand' as const, since: NOW - DAY },
    };
    expect(stageOf(client, { deals: [] }, rules, NOW)).toEqual({
      stage: 'key',
      reason: 'set by hand: strategic distributor',
      setBy: 'hand',
    });
  });

  test('a stage set by a rule is re-derived', () => {
    const client = {
      stage: { stage: 'potential', reason: 'no orders', setBy: 'rule' as const, since: NOW - DAY },
    };
    expect(stageOf(client, { deals: [won(1)] }, rules, NOW).stage).toBe('working');
  });

  test('the default pipeline has the stable ids in order', () => {
    expect(defaultPipeline().map((s) => s.id)).toEqual([...STAGE_IDS]);
  });
});
