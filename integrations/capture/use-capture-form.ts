// The state behind quick add and the capture review: the form, its problems, live duplicates, save and append.
import { useLiveQuery } from 'dexie-react-hooks';
import { useDeferredValue, useMemo, useState } from 'react';
import { checkForm, emptyForm, type CaptureForm, type DuplicateOffer } from '../../core/capture';
import { personId as asPersonId } from '../../core/ids';
import type { Translate } from '../../core/i18n';
import { refusalText } from '../../core/i18n/refusal-text';
import type { FieldProblem } from '../../core/validate';
import { appendCapture, findDuplicates, saveCapture, type CaptureWrite } from '../../storage/capture';
import { db } from '../../storage/db';
import { loadSettings } from '../../storage/settings';
import { useSettings } from '../ui/use-settings';

export type CaptureState =
  | { kind: 'editing' }
  | { kind: 'saving' }
  | { kind: 'refused'; problems: FieldProblem[] }
  /** Enter was pressed while an email or phone already belongs to someone: the offer is the way on. */
  | { kind: 'duplicate'; offer: DuplicateOffer }
  | { kind: 'done'; mode: 'saved' | 'added'; personId: string; name: string; changed: number };

export function useCaptureForm(initial: CaptureForm | null, t: Translate) {
  const settings = useSettings();
  const [form, setForm] = useState<CaptureForm>(() => initial ?? emptyForm());
  const [state, setState] = useState<CaptureState>({ kind: 'editing' });
  const [attempted, setAttempted] = useState(false);
  const region = settings.defaultPhoneRegion;
  const problems = useMemo(() => checkForm(form, region, (r) => refusalText(r, t)), [form, region, t]);
  const deferred = useDeferredValue(form);
  const offers = useLiveQuery(() => findDuplicates(db, deferred, settings), [deferred, settings]) ?? [];

  const edit = (next: CaptureForm) => {
    setForm(next);
    if (state.kind !== 'saving') setState({ kind: 'editing' });
  };

  const finish = (written: CaptureWrite, mode: 'saved' | 'added') => {
    if (written.ok) {
      setState({
        kind: 'done',
        mode,
        personId: written.person.id,
        name: written.person.displayName,
        changed: written.changed.length,
      });
    } else setState({ kind: 'refused', problems: written.problems });
    return written.ok;
  };

  /** Saves a new client; with a same-address duplicate in the base it points at the offer instead. */
  const save = async (): Promise<boolean> => {
    setAttempted(true);
    if (Object.keys(problems).length > 0) return false;
    const strong = (await findDuplicates(db, form, settings)).find((o) => o.strength === 'same');
    if (strong) {
      setState({ kind: 'duplicate', offer: strong });
      return false;
    }
    setState({ kind: 'saving' });
    return finish(await saveCapture(db, form, await loadSettings(), Date.now()), 'saved');
  };

  /** Adds the form's data to a client already in the base. */
  const append = async (personId: string): Promise<boolean> => {
    setAttempted(true);
    setState({ kind: 'saving' });
    return finish(
      await appendCapture(db, asPersonId(personId), form, await loadSettings(), Date.now()),
      'added',
    );
  };

  const reset = (next: CaptureForm = emptyForm()) => {
    setForm(next);
    setAttempted(false);
    setState({ kind: 'editing' });
  };

  const markAttempted = () => setAttempted(true);

  return { form, edit, problems, offers, state, attempted, save, append, reset, markAttempted, settings };
}
