// Possible duplicates (route #/duplicates): pairs identity would not merge on its own, for the user to decide.
import { useState } from 'react';
import type { PersonId } from '../../../core/ids';
import type { Translate } from '../../../core/i18n';
import { DuplicatePair } from '../../../components/app/duplicates/DuplicatePair';
import { duplicateActions, useDuplicates } from '../use-duplicates';
import type { OfferUndo } from '../use-undo';
import { reasonOf } from '../use-client-actions';
import './duplicates.css';

export function DuplicatesPage({ t, offerUndo }: { t: Translate; offerUndo: OfferUndo }) {
  const pairs = useDuplicates();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const act = async (work: () => Promise<void>) => {
    setBusy(true);
    setError('');
    try {
      await work();
    } catch (e) {
      setError(reasonOf(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="duplicates" aria-labelledby="duplicates-title">
      <h1 id="duplicates-title">{t('duplicates.title')}</h1>
      <p className="muted">{t('duplicates.intro')}</p>
      {error && (
        <p className="warning" role="alert">
          {error}
        </p>
      )}
      {pairs === undefined ? (
        <p role="status">{t('loading')}</p>
      ) : pairs.length === 0 ? (
        <p role="status">{t('duplicates.none')}</p>
      ) : (
        <ul className="duplicate-list">
          {pairs.map((pair) => (
            <DuplicatePair
              key={pair.id}
              pair={pair}
              busy={busy}
              t={t}
              onMerge={(keep, drop) =>
                void act(async () => {
                  const undo = await duplicateActions.merge(keep.id as PersonId, drop.id as PersonId);
                  offerUndo(t('duplicates.merged', { drop: drop.name, keep: keep.name }), undo);
                })
              }
              onDismiss={() =>
                void act(async () => {
                  const undo = await duplicateActions.dismiss(pair.id);
                  offerUndo(t('duplicates.dismissed', { a: pair.a.name, b: pair.b.name }), undo);
                })
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
