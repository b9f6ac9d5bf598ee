// What the app shows when a page fails to render: what happened, a way out (reset the settings), details to copy.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';

export interface AppErrorScreenProps {
  error: Error;
  onReset: () => Promise<void>;
  onReload: () => void;
  t: Translate;
}

export function AppErrorScreen({ error, onReset, onReload, t }: AppErrorScreenProps) {
  const [busy, setBusy] = useState(false);
  const [copied, setCopied] = useState(false);
  const details = [`${error.name}: ${error.message}`, ...(error.stack ?? '').split('\n').slice(1, 8)].join(
    '\n',
  );
  return (
    <main className="app-error" role="alert" aria-labelledby="app-error-title">
      <h1 id="app-error-title">{t('appError.title')}</h1>
      <p>{t('appError.body')}</p>
      <div className="buttons">
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            void onReset().finally(() => setBusy(false));
          }}
        >
          {busy ? t('appError.resetting') : t('appError.reset')}
        </button>
        <button type="button" onClick={onReload}>
          {t('appError.reload')}
        </button>
        <button
          type="button"
          onClick={() => void navigator.clipboard.writeText(details).then(() => setCopied(true))}
        >
          {copied ? t('appError.copied') : t('appError.copy')}
        </button>
      </div>
      <pre className="details">{details}</pre>
    </main>
  );
}
