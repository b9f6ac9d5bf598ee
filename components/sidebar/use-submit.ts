// Runs one form's action: pending while it runs, the background's error (a sentence a person can act on) if it fails.
import { useCallback, useState } from 'react';
import { ActionError, type ActionBecause } from '../../core/action-error';

/** A failure keeps the English message and, when the background gave one, its code (actionErrorText shows it). */
export type SubmitState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; message: string; because?: ActionBecause };

/** `run(action)` resolves true when the action succeeded; a failure is kept in `state` for the form to show. */
export function useSubmit(): {
  state: SubmitState;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
} {
  const [state, setState] = useState<SubmitState>({ kind: 'idle' });
  const run = useCallback(async (action: () => Promise<unknown>) => {
    setState({ kind: 'saving' });
    try {
      await action();
      setState({ kind: 'idle' });
      return true;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      setState(
        error instanceof ActionError
          ? { kind: 'failed', message, because: error.because }
          : { kind: 'failed', message },
      );
      return false;
    }
  }, []);
  return { state, run };
}
