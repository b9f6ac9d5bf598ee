// Runs one form's action: pending while it runs, the background's error (a sentence a person can act on) if it fails.
import { useCallback, useState } from 'react';

export type SubmitState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'failed'; message: string };

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
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
      return false;
    }
  }, []);
  return { state, run };
}
