// A logging decision's reason in the reader's language; the stored English text when no code came with it.
import type { LogBecause } from '../logging-policy';
import type { Translate } from './index';

/** The reason to show for one message's decision (without "logged:"/"not logged:", which the list shows). */
export function logReasonText(d: { reason: string; because?: LogBecause | undefined }, t: Translate): string {
  if (d.because) return t(`why.${d.because.code}`, d.because.params);
  return d.reason.replace(/^(not )?logged: /u, '');
}
