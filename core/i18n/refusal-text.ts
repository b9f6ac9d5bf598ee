// A refused value's reason in the reader's language; the English text when no code came with it.
import type { Refusal } from '../reason';
import type { Translate } from './index';

/** The reason to show for a refusal (a validator's, a field problem, a capture problem). */
export function refusalText(r: Refusal, t: Translate): string {
  if (!r.because) return r.reason;
  // Numbers that are codes or lengths read as written ("10/12", not "10,12").
  const params = Object.fromEntries(
    Object.entries(r.because.params ?? {}).map(([k, v]) => [
      k,
      k === 'count' || k === 'month' || k === 'day' ? v : String(v),
    ]),
  );
  return t(`reason.${r.because.code}`, params);
}
