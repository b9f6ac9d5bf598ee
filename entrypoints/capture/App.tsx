// The capture window: the draft "Save to client base" parsed, for review; nothing is saved until the user says so.
import { useEffect } from 'react';
import { Notice } from '../../components/ui/Notice';
import { useLocale } from '../../integrations/ui/use-page-locale';
import { Review } from './Review';
import { useCaptureDraft } from './use-draft';

export function App() {
  const { t } = useLocale();
  const id = decodeURIComponent(location.hash.slice(1));
  const record = useCaptureDraft(id);
  useEffect(() => {
    document.title = `${t(record?.target === 'existing' ? 'capture.titleExisting' : 'capture.titleNew')} · Kartka`;
  }, [record, t]);

  if (record === undefined)
    return (
      <main className="capture">
        <p className="hint">{t('loading')}</p>
      </main>
    );
  if (record === null) {
    return (
      <main className="capture">
        <Notice title={t('capture.titleNew')} body={t('capture.draftGone')} tone="warning" />
        <button type="button" onClick={() => window.close()}>
          {t('capture.close')}
        </button>
      </main>
    );
  }
  return <Review record={record} t={t} />;
}
