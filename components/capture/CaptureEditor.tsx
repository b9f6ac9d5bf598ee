// The review form with its duplicate offers and save bar; Enter in any field submits.
import type { CaptureForm, DuplicateOffer } from '../../core/capture';
import type { Translate } from '../../core/i18n';
import type { StageDef } from '../../core/model';
import type { FieldProblem } from '../../core/validate';
import { ContactForm } from './ContactForm';
import { DuplicateOffers } from './DuplicateOffers';
import { SaveBar, type SaveBlock } from './SaveBar';

export interface CaptureEditorProps {
  form: CaptureForm;
  onChange: (form: CaptureForm) => void;
  problems: Record<string, string>;
  attempted: boolean;
  offers: readonly DuplicateOffer[];
  status: { saving: boolean; refused?: readonly FieldProblem[]; duplicateOf?: string };
  stages: readonly StageDef[];
  t: Translate;
  /** Label of the submit button; by default "Save client" (or "Save as a new client" beside a namesake). */
  submitLabel?: string;
  /** Offers are hidden when adding to a chosen client. */
  showOffers?: boolean;
  showStage?: boolean;
  autoFocus?: boolean;
  onSubmit: () => void;
  onAppend: (offer: DuplicateOffer) => void;
  onOpen: (id: string) => void;
}

export function CaptureEditor(props: CaptureEditorProps) {
  const { form, problems, attempted, offers, status, t, showOffers = true } = props;
  const problemCount = Object.keys(problems).length;
  const block: SaveBlock =
    status.duplicateOf !== undefined
      ? { kind: 'duplicate', name: status.duplicateOf }
      : status.refused !== undefined
        ? { kind: 'refused', problems: status.refused }
        : attempted && problemCount > 0
          ? { kind: 'fix', count: problemCount }
          : { kind: 'none' };
  const label =
    props.submitLabel ?? (showOffers && offers.length > 0 ? t('capture.saveAsNew') : t('capture.save'));
  return (
    <form
      className="capture-editor"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit();
      }}
    >
      <ContactForm
        form={form}
        onChange={props.onChange}
        problems={problems}
        revealAll={attempted}
        stages={props.stages}
        t={t}
        showStage={props.showStage ?? true}
        autoFocus={props.autoFocus ?? false}
      />
      <div className="save-area">
        {showOffers && (
          <DuplicateOffers
            offers={offers}
            t={t}
            busy={status.saving}
            focusFirst={status.duplicateOf !== undefined}
            onOpen={props.onOpen}
            onAppend={props.onAppend}
          />
        )}
        <SaveBar label={label} saving={status.saving} block={block} t={t} />
      </div>
    </form>
  );
}
