// A contacts file being read in the import worker: how far, and a Cancel that stops it at once.
import type { Translate } from '../../core/i18n';

export interface ReadProgressProps {
  file: string;
  /** How far: `done` of `total` while the rows are read; stage `check` once the rows are being checked. */
  progress: { stage: string; done: number; total: number } | null;
  onCancel: () => void;
  t: Translate;
}

export function ReadProgress({ file, progress, onCancel, t }: ReadProgressProps) {
  const checking = progress?.stage === 'check';
  const percent =
    progress && progress.total > 0 ? Math.min(100, Math.round((progress.done / progress.total) * 100)) : 0;
  return (
    <section className="mail-progress" aria-live="polite" data-testid="read-progress">
      <p>{checking ? t('import.readingChecking', { file }) : t('import.reading', { file })}</p>
      <progress max={100} value={checking ? 100 : percent} aria-label={t('import.reading', { file })} />
      <button type="button" onClick={onCancel}>
        {t('import.cancel')}
      </button>
    </section>
  );
}
