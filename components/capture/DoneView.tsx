// After saving: who was saved or added to, and the way to their card.
import type { Translate } from '../../core/i18n';

export interface DoneViewProps {
  mode: 'saved' | 'added';
  name: string;
  changed: number;
  t: Translate;
  onOpen: () => void;
  /** "Add another" in the popup, "Close" in the capture window. */
  next: { label: string; onClick: () => void };
}

export function DoneView({ mode, name, changed, t, onOpen, next }: DoneViewProps) {
  const text =
    mode === 'saved'
      ? t('capture.saved', { name })
      : changed > 0
        ? t('capture.addedTo', { name })
        : t('capture.nothingNew', { name });
  return (
    <section className="done" aria-live="polite" data-testid="capture-done">
      <p className="done-text">
        <span className="done-mark" aria-hidden="true">
          ✓
        </span>
        {text}
      </p>
      <div className="done-actions">
        <button type="button" className="primary" autoFocus onClick={onOpen}>
          {t('capture.openCard')}
        </button>
        <button type="button" onClick={next.onClick}>
          {next.label}
        </button>
      </div>
    </section>
  );
}
