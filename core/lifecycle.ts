// Lifecycle stages: the default pipeline and the rules that derive a client's stage, always with a reason.
import type { StageBecause, StageDef, StageRules, StageState } from './model';

export const STAGE_IDS = [
  'potential',
  'active',
  'working',
  'regular',
  'partner',
  'vip',
  'key',
  'lost-revivable',
  'lost-final',
] as const;
export type DefaultStageId = (typeof STAGE_IDS)[number];

/** The default pipeline: stable ids, English labels the user may rename. */
export function defaultPipeline(): StageDef[] {
  return [
    { id: 'potential', label: 'Potential', color: '#9e9e9e', kind: 'open' },
    { id: 'active', label: 'Active (agreed to work)', color: '#42a5f5', kind: 'open' },
    { id: 'working', label: 'Working (one order)', color: '#26a69a', kind: 'won' },
    { id: 'regular', label: 'Regular (3+ orders)', color: '#66bb6a', kind: 'won' },
    { id: 'partner', label: 'Proven partner', color: '#9ccc65', kind: 'won' },
    { id: 'vip', label: 'VIP', color: '#ffa726', kind: 'won' },
    { id: 'key', label: 'Key account', color: '#ef5350', kind: 'won' },
    { id: 'lost-revivable', label: 'Lost (revivable)', color: '#8d6e63', kind: 'lost' },
    { id: 'lost-final', label: 'Lost (not revivable)', color: '#5d4037', kind: 'lost' },
  ];
}

/** Default thresholds; the user edits them in settings. */
export function defaultStageRules(): StageRules {
  return {
    regularOrders: 3,
    partnerOrders: 6,
    partnerDays: 365,
    vipOrders: 12,
    vipAmount: null,
    keyAmount: null,
    amountCurrency: 'UAH',
    lostAfterDays: 180,
    lostFinalAfterDays: null,
  };
}

/**
 * The stage every new client starts in, whichever way they were added (quick add, capture, the sidebar, a chat,
 * an import row without a status, mail logging): the rules' verdict for a client with no history yet — the
 * first stage, Potential — kept as a rule stage, so deals and contact move the client on from there.
 */
export function newClientStage(now: number): StageState {
  const verdict = stageOf({}, { deals: [] }, defaultStageRules(), now);
  const stage: StageState = { stage: verdict.stage, reason: verdict.reason, setBy: 'rule', since: now };
  if (verdict.because) stage.because = verdict.because;
  return stage;
}

/** What the rules look at: the client's deals and when they were last in touch. */
export interface ClientHistory {
  deals: readonly {
    status: 'open' | 'won' | 'lost';
    amount?: number;
    currency?: string;
    closedAt?: number;
    openedAt: number;
  }[];
  lastContactAt?: number;
}

/** The part of a person or company the rules need. */
export interface StageSubject {
  stage?: StageState;
}

export interface StageVerdict {
  stage: string;
  reason: string;
  setBy: StageState['setBy'];
  /** The rule that decided (rule verdicts only). */
  because?: StageBecause;
}

const DAY = 86_400_000;

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Derives the stage: a stage set by hand or import stands; otherwise rules over orders and contact decide. */
export function stageOf(
  client: StageSubject,
  history: ClientHistory,
  rules: StageRules,
  now: number,
): StageVerdict {
  if (client.stage && client.stage.setBy !== 'rule') {
    const who = client.stage.setBy === 'hand' ? 'set by hand' : 'imported';
    return { stage: client.stage.stage, reason: `${who}: ${client.stage.reason}`, setBy: client.stage.setBy };
  }
  const rule = (stage: DefaultStageId, because: StageBecause): StageVerdict => ({
    stage,
    reason: englishStageReason(because),
    setBy: 'rule',
    because,
  });
  const won = history.deals.filter((d) => d.status === 'won');
  const open = history.deals.filter((d) => d.status === 'open');
  const lostDeals = history.deals.filter((d) => d.status === 'lost');
  const orders = won.length;
  const currency = rules.amountCurrency;
  const amount = won
    .filter((d) => (d.currency ?? currency).toUpperCase() === currency.toUpperCase())
    .reduce((sum, d) => sum + (d.amount ?? 0), 0);

  if (history.lastContactAt !== undefined) {
    const days = Math.floor((now - history.lastContactAt) / DAY);
    if (rules.lostFinalAfterDays !== null && days >= rules.lostFinalAfterDays) {
      return rule('lost-final', { rule: 'lost-final', days, after: rules.lostFinalAfterDays });
    }
    if (days >= rules.lostAfterDays && open.length === 0) {
      return rule('lost-revivable', { rule: 'lost-quiet', days, after: rules.lostAfterDays });
    }
  }
  if (rules.keyAmount !== null && amount >= rules.keyAmount) {
    return rule('key', { rule: 'key-amount', amount, currency, from: rules.keyAmount });
  }
  if (orders >= rules.vipOrders) return rule('vip', { rule: 'vip-orders', orders, from: rules.vipOrders });
  if (rules.vipAmount !== null && amount >= rules.vipAmount) {
    return rule('vip', { rule: 'vip-amount', amount, currency, from: rules.vipAmount });
  }
  if (orders >= rules.partnerOrders) {
    const first = Math.min(...won.map((d) => d.closedAt ?? d.openedAt));
    const days = Math.floor((now - first) / DAY);
    if (days >= rules.partnerDays) {
      return rule('partner', {
        rule: 'partner',
        orders,
        days,
        fromOrders: rules.partnerOrders,
        fromDays: rules.partnerDays,
      });
    }
  }
  if (orders >= rules.regularOrders)
    return rule('regular', { rule: 'regular', orders, from: rules.regularOrders });
  if (orders >= 1) return rule('working', { rule: 'working', orders });
  if (open.length > 0) return rule('active', { rule: 'active', deals: open.length });
  if (lostDeals.length > 0) return rule('lost-revivable', { rule: 'lost-deals', deals: lostDeals.length });
  return rule('potential', { rule: 'none' });
}

/** A rule's reason in English (stored beside the rule, for exports and older readers). */
export function englishStageReason(b: StageBecause): string {
  switch (b.rule) {
    case 'lost-final':
      return `no contact for ${b.days} days (lost for good after ${b.after})`;
    case 'lost-quiet':
      return `no contact for ${b.days} days (threshold ${b.after})`;
    case 'key-amount':
      return `won ${b.amount} ${b.currency} in orders (key account from ${b.from})`;
    case 'vip-orders':
      return `${plural(b.orders, 'order', 'orders')} won (VIP from ${b.from})`;
    case 'vip-amount':
      return `won ${b.amount} ${b.currency} in orders (VIP from ${b.from})`;
    case 'partner':
      return `${b.orders} orders over ${b.days} days (partner from ${b.fromOrders} orders over ${b.fromDays} days)`;
    case 'regular':
      return `${b.orders} orders won (regular from ${b.from})`;
    case 'working':
      return `${plural(b.orders, 'order', 'orders')} won`;
    case 'active':
      return `${plural(b.deals, 'open deal', 'open deals')}: agreed to work`;
    case 'lost-deals':
      return `${plural(b.deals, 'deal', 'deals')} lost, none won`;
    case 'none':
      return 'no orders or deals yet';
  }
}

/** The label of a stage id in the given pipeline, or the id itself when the pipeline lacks it. */
export function stageLabel(pipeline: readonly StageDef[], id: string): string {
  return pipeline.find((s) => s.id === id)?.label ?? id;
}
