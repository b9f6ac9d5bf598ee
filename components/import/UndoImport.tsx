// "Undo this import": the last contacts import, what it added and changed, and a button that puts the base
// back as it was before it (storage/import-undo.ts).
import type { Translate } from '../../core/i18n';

export interface UndoImportProps {
  files: readonly string[];
  /** When it ran, as the reader writes dates. */
  when: string;
  created: number;
  changed: number;
  busy: boolean;
  onUndo: () => void;
  t: Translate;
}

export function UndoImport({ files, when, created, changed, busy, onUndo, t }: UndoImportProps) {
  return (
    <section className="undo-import" aria-labelledby="undo-import-title">
      <h3 id="undo-import-title">{t('import.undo.title')}</h3>
      <p>
        {t('import.undo.what', { files: files.join(', '), when })}{' '}
        <span className="muted">
          {t('import.undo.created', { count: created })} · {t('import.undo.changed', { count: changed })}
        </span>
      </p>
      <button type="button" disabled={busy} onClick={onUndo}>
        {t('import.undo.button')}
      </button>
    </section>
  );
}
