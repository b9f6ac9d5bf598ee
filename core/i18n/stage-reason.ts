// A stage's reason in the reader's language: a rule's figures through the catalog; words a person typed as typed.
import type { StageBecause } from '../model';
import type { Translate } from './index';
import type { Params } from './plural';

function paramsOf(b: StageBecause): Params {
  switch (b.rule) {
    case 'lost-final':
    case 'lost-quiet':
      return { count: b.days, after: b.after };
    case 'key-amount':
    case 'vip-amount':
      return { amount: b.amount, currency: b.currency, from: b.from };
    case 'vip-orders':
    case 'regular':
      return { count: b.orders, from: b.from };
    case 'partner':
      return { count: b.orders, days: b.days, fromOrders: b.fromOrders, fromDays: b.fromDays };
    case 'working':
      return { count: b.orders };
    case 'active':
    case 'lost-deals':
      return { count: b.deals };
    case 'none':
      return {};
  }
}

/** The reason to show beside a stage: the rule's, translated, when it is known; else the stored text. */
export function stageReasonText(
  stage: { reason: string; because?: StageBecause | undefined },
  t: Translate,
): string {
  return stage.because ? t(`stage.because.${stage.because.rule}`, paramsOf(stage.because)) : stage.reason;
}
