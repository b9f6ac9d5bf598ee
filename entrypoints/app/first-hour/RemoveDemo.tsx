// "Remove the demo data": shown while the base holds demo clients; names the count and asks before removing them.
// Only the demo's own clients go (storage/demo-remove.ts), with undo; "Delete the whole base" stays in settings.
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { db } from '../../../storage/db';
import { demoFootprint, removeDemoData, undoRemoveDemo } from '../../../storage/demo-remove';
import { UNDO_MS } from '../../../storage/app-queries';
import type { OfferUndo } from '../use-undo';

export interface RemoveDemoProps {
  offerUndo: OfferUndo;
  t: Translate;
}

export function RemoveDemo({ offerUndo, t }: RemoveDemoProps) {
  const found = useLiveQuery(() => demoFootprint(db), []);
  const [asking, setAsking] = useState(false);
  const [status, setStatus] = useState('');
  const count = found ? found.people + found.companies : 0;
  if (count === 0) return status ? <p role="status">{status}</p> : null;
  const remove = async () => {
    setAsking(false);
    try {
      const r = await removeDemoData(db, Date.now());
      const removed = t('app.demo.removed', { count: r.people + r.companies });
      const message = r.kept > 0 ? `${removed} ${t('app.demo.kept', { count: r.kept })}` : removed;
      offerUndo(message, () => undoRemoveDemo(db, r.tokens, Date.now()), UNDO_MS);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div className="demo-notice" data-testid="demo-notice">
      {asking ? (
        <>
          <p>
            {t('app.demo.confirm', { count, people: found?.people ?? 0, companies: found?.companies ?? 0 })}
          </p>
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('app.demo.confirmButton', { count })}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('app.demo.cancel')}
          </button>
        </>
      ) : (
        <>
          <p>{t('app.demo.present', { count })}</p>
          <button type="button" onClick={() => setAsking(true)}>
            {t('app.demo.remove')}
          </button>
        </>
      )}
      <p role="status">{status}</p>
    </div>
  );
}
