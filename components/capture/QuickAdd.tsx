// Quick add (the popup's, and the base page's "New client"): the form, duplicates offered while typing, Enter saves.
import { localizePipeline } from '../../core/i18n/stage-name';
import { CaptureEditor } from './CaptureEditor';
import { DoneView } from './DoneView';
import type { CaptureForm } from '../../core/capture';
import type { Translate } from '../../core/i18n';
import { useCaptureForm } from '../../integrations/capture/use-capture-form';

/** Where the popup's prefill came from (the note above the form names it). */
export type PrefillSource = 'selection' | 'thread' | 'page';

export interface QuickAddProps {
  initial: CaptureForm | null;
  source: PrefillSource | null;
  t: Translate;
  onOpen: (personId: string) => void;
}

const SOURCE_KEYS = {
  selection: 'popup.prefillSelection',
  thread: 'popup.prefillThread',
  page: 'popup.prefillPage',
} as const;

export function QuickAdd({ initial, source, t, onOpen }: QuickAddProps) {
  const capture = useCaptureForm(initial, t);
  const { state } = capture;
  if (state.kind === 'done') {
    return (
      <DoneView
        mode={state.mode}
        name={state.name}
        changed={state.changed}
        t={t}
        onOpen={() => onOpen(state.personId)}
        next={{ label: t('popup.addClient'), onClick: () => capture.reset() }}
      />
    );
  }
  return (
    <>
      {source && <p className="prefill-note">{t(SOURCE_KEYS[source])}</p>}
      <CaptureEditor
        form={capture.form}
        onChange={capture.edit}
        problems={capture.problems}
        attempted={capture.attempted}
        offers={capture.offers}
        status={{
          saving: state.kind === 'saving',
          ...(state.kind === 'refused' ? { refused: state.problems } : {}),
          ...(state.kind === 'duplicate' ? { duplicateOf: state.offer.displayName } : {}),
        }}
        stages={localizePipeline(capture.settings.pipeline, t)}
        t={t}
        autoFocus
        onSubmit={() => void capture.save()}
        onAppend={(offer) => void capture.append(offer.id)}
        onOpen={onOpen}
      />
    </>
  );
}
