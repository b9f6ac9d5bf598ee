// A stage rule's reason is kept as the rule and its figures, and shown in the reader's language.
import { describe, expect, test } from 'vitest';
import { translator, type Locale } from '../../../core/i18n';
import { stageReasonText } from '../../../core/i18n/stage-reason';
import { defaultStageRules, englishStageReason, stageOf, type ClientHistory } from '../../../core/lifecycle';
import type { StageBecause } from '../../../core/model';

const DAY = 86_400_000;
const NOW = Date.UTC(2025, 5, 1);
const won = (daysAgo: number, amount = 1000) => ({
  status: 'won' as const,
  amount,
  currency: 'UAH',
  openedAt: NOW - daysAgo * DAY,
  closedAt: NOW - daysAgo * DAY,
});

/** One history per rule, with the stage it must give. */
const histories: [StageBecause['rule'], ClientHistory, Partial<ReturnType<typeof defaultStageRules>>?][] = [
  ['none', { deals: [] }],
  ['active', { deals: [{ status: 'open', openedAt: NOW - DAY }], lastContactAt: NOW - DAY }],
  ['working', { deals: [won(10)], lastContactAt: NOW - DAY }],
  ['regular', { deals: [won(100), won(50), won(10)], lastContactAt: NOW - DAY }],
  ['partner', { deals: [400, 300, 200, 100, 50, 10].map((d) => won(d)), lastContactAt: NOW - DAY }],
  ['vip-orders', { deals: Array.from({ length: 12 }, (_, i) => won(10 + i)), lastContactAt: NOW - DAY }],
  [
    'vip-amount',
    { deals: [won(10, 500_000)], lastContactAt: NOW - DAY },
    { keyAmount: null, vipAmount: 100_000 },
  ],
  ['key-amount', { deals: [won(10, 5_000_000)], lastContactAt: NOW - DAY }, { keyAmount: 1_000_000 }],
  ['lost-quiet', { deals: [won(200)], lastContactAt: NOW - 200 * DAY }],
  ['lost-final', { deals: [won(900)], lastContactAt: NOW - 900 * DAY }, { lostFinalAfterDays: 730 }],
  ['lost-deals', { deals: [{ status: 'lost', openedAt: NOW - 30 * DAY, closedAt: NOW - 20 * DAY }] }],
];

describe('stage reasons by rule', () => {
  test.each(histories)(
    '%s: the verdict names its rule; English reads as the stored reason',
    (rule, history, patch) => {
      const verdict = stageOf({}, history, { ...defaultStageRules(), ...patch }, NOW);
      expect(verdict.because?.rule).toBe(rule);
      if (!verdict.because) return;
      expect(verdict.reason).toBe(englishStageReason(verdict.because));
      const en = stageReasonText({ reason: verdict.reason, because: verdict.because }, translator('en'));
      // The same words; only big amounts gain digit grouping.
      expect(en.replace(/,(?=\d{3})/gu, '')).toBe(verdict.reason);
    },
  );

  test.each<Locale>(['uk', 'ru'])('%s: every rule reads in the language, figures filled in', (locale) => {
    const t = translator(locale);
    for (const [rule, history, patch] of histories) {
      const verdict = stageOf({}, history, { ...defaultStageRules(), ...patch }, NOW);
      const text = stageReasonText({ reason: verdict.reason, because: verdict.because }, t);
      expect(text, rule).not.toMatch(/[{}]/u);
      expect(text, rule).not.toMatch(/\b(order|deal|contact|won|lost|threshold)s?\b/u);
      expect(text, rule).toMatch(/[а-яіїєґё]/u);
    }
    const quiet = stageOf(
      {},
      { deals: [won(200)], lastContactAt: NOW - 200 * DAY },
      defaultStageRules(),
      NOW,
    );
    expect(stageReasonText(quiet, t)).toContain('200');
  });

  test('Ukrainian and Russian words for the common rules', () => {
    const regular = stageOf({}, histories[3]?.[1] ?? { deals: [] }, defaultStageRules(), NOW);
    expect(stageReasonText(regular, translator('uk'))).toBe('виграно замовлень: 3 (постійний від 3)');
    expect(stageReasonText(regular, translator('ru'))).toBe('выиграно заказов: 3 (постоянный от 3)');
  });

  test('a reason someone typed (by hand or import) is shown as typed', () => {
    expect(stageReasonText({ reason: 'стратегічний дистриб’ютор' }, translator('en'))).toBe(
      'стратегічний дистриб’ютор',
    );
  });
});
