// Restore from a backup file: it replaces the whole base, so it asks for a confirmation first.
import type { Translate } from '../../core/i18n';

export interface RestorePanelProps {
  fileName: string | null;
  encrypted: boolean;
  passphrase: string;
  confirmed: boolean;
  busy: boolean;
  onFile: (file: File) => void;
  onPassphrase: (p: string) => void;
  onConfirm: (c: boolean) => void;
  onRestore: () => void;
  t: Translate;
}

export function RestorePanel(p: RestorePanelProps) {
  const { t } = p;
  return (
    <section className="restore" aria-labelledby="restore-title">
      <h2 id="restore-title">{t('import.restore.title')}</h2>
      <label>
        {t('import.restore.choose')}{' '}
        <input
          type="file"
          accept=".json,.kartka,application/json"
          data-testid="restore-input"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) p.onFile(f);
          }}
        />
      </label>
      {p.fileName && (
        <>
          <p>{t('import.restore.chosen', { file: p.fileName })}</p>
          {p.encrypted && (
            <label>
              {t('import.restore.passphrase')}{' '}
              <input
                type="password"
                autoComplete="current-password"
                value={p.passphrase}
                onChange={(e) => p.onPassphrase(e.target.value)}
              />
            </label>
          )}
          <label className="check warning">
            <input type="checkbox" checked={p.confirmed} onChange={(e) => p.onConfirm(e.target.checked)} />
            {t('import.restore.confirm')}
          </label>
          <div className="buttons">
            <button
              type="button"
              className="danger"
              disabled={p.busy || !p.confirmed || (p.encrypted && p.passphrase === '')}
              onClick={p.onRestore}
            >
              {t('import.restore.button')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
