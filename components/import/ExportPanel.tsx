// Export: CSV with chosen columns (BOM and ';' for Excel), vCard 4.0, and the full JSON backup.
import type { Translate } from '../../core/i18n';
import { EXPORT_COLUMNS, type ExportColumn } from '../../core/export';

export interface ExportPanelProps {
  columns: readonly ExportColumn[];
  semicolon: boolean;
  bom: boolean;
  passphrase: string;
  busy: boolean;
  onColumns: (columns: ExportColumn[]) => void;
  onOptions: (o: { semicolon: boolean; bom: boolean }) => void;
  onPassphrase: (p: string) => void;
  onCsv: () => void;
  onVCard: () => void;
  onBackup: () => void;
  t: Translate;
}

export function ExportPanel(p: ExportPanelProps) {
  const { t } = p;
  return (
    <section className="export" aria-labelledby="export-title">
      <h2 id="export-title">{t('import.export.title')}</h2>
      <fieldset>
        <legend>{t('import.export.columns')}</legend>
        <div className="column-grid">
          {EXPORT_COLUMNS.map((c) => (
            <label key={c} className="check">
              <input
                type="checkbox"
                checked={p.columns.includes(c)}
                onChange={(e) =>
                  p.onColumns(
                    e.target.checked
                      ? EXPORT_COLUMNS.filter((x) => x === c || p.columns.includes(x))
                      : p.columns.filter((x) => x !== c),
                  )
                }
              />
              {t(`import.col.${c}`)}
            </label>
          ))}
        </div>
        <label className="check">
          <input
            type="checkbox"
            checked={p.semicolon}
            onChange={(e) => p.onOptions({ semicolon: e.target.checked, bom: p.bom })}
          />
          {t('import.export.semicolon')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={p.bom}
            onChange={(e) => p.onOptions({ semicolon: p.semicolon, bom: e.target.checked })}
          />
          {t('import.export.bom')}
        </label>
        <div className="buttons">
          <button type="button" disabled={p.busy || p.columns.length === 0} onClick={p.onCsv}>
            {t('import.export.csv')}
          </button>
          <button type="button" disabled={p.busy} onClick={p.onVCard}>
            {t('import.export.vcard')}
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('import.backup.title')}</legend>
        <p className="muted">{t('import.backup.hint')}</p>
        <label>
          {t('import.backup.passphrase')}{' '}
          <input
            type="password"
            autoComplete="new-password"
            value={p.passphrase}
            onChange={(e) => p.onPassphrase(e.target.value)}
          />
        </label>
        <div className="buttons">
          <button type="button" disabled={p.busy} onClick={p.onBackup}>
            {p.passphrase ? t('import.backup.downloadEncrypted') : t('import.backup.download')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
