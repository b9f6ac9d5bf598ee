// The empty base: what to do first, as buttons (import a file, add a client, load the demo), not a sentence.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { send } from '../../../integrations/messaging/client';
import { go } from '../route';

export interface EmptyBaseProps {
  onAdd: () => void;
  t: Translate;
}

export function EmptyBase({ onAdd, t }: EmptyBaseProps) {
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const loadDemo = async () => {
    setBusy(true);
    setStatus(t('app.demo.loading'));
    try {
      const { people } = await send('demo.load', {});
      setStatus(t('demoLoaded', { count: people }));
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="empty-base" data-testid="empty-base">
      <h2>{t('app.empty.title')}</h2>
      <p>{t('app.empty.body')}</p>
      <div className="empty-actions">
        <button type="button" className="primary" onClick={() => go({ page: 'import' })}>
          {t('app.empty.import')}
        </button>
        <button type="button" onClick={onAdd}>
          {t('app.empty.add')}
        </button>
        <button type="button" disabled={busy} onClick={() => void loadDemo()}>
          {t('app.empty.demo')}
        </button>
      </div>
      <p role="status">{status}</p>
    </div>
  );
}
