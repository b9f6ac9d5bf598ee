// An action's failure in the reader's language; the English message when no code came with it.
import type { ActionBecause } from '../action-error';
import type { Translate } from './index';
import { refusalText } from './refusal-text';

/** The text to show for a failed action: `{ message, because }` as the messaging layer delivers it. */
export function actionErrorText(
  e: { message: string; because?: ActionBecause | undefined },
  t: Translate,
): string {
  const b = e.because;
  if (!b) return e.message;
  if (b.code === 'fields') return b.problems.map((p) => refusalText(p, t)).join(' ');
  const params = Object.fromEntries(Object.entries(b.params ?? {}).map(([k, v]) => [k, String(v)]));
  return t(`actionError.${b.code}`, params);
}
