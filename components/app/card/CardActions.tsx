// Merge this client with a duplicate, or delete it; both can be undone.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import { ClientPicker, type PickerHit } from './ClientPicker';

export interface CardActionsProps {
  id: string;
  name: string;
  search: (query: string) => Promise<PickerHit[]>;
  onMerge: (other: PickerHit) => Promise<void>;
  /** `block`: the person's addresses go on the blocklist too (only offered for people). */
  onDelete: (block: boolean) => Promise<void>;
  /** A person's card: deleting offers to never log their addresses again. */
  canBlock?: boolean;
  t: Translate;
}

export function CardActions({ id, name, search, onMerge, onDelete, canBlock, t }: CardActionsProps) {
  const [mode, setMode] = useState<'idle' | 'merge' | 'delete'>('idle');
  const [block, setBlock] = useState(false);
  const [other, setOther] = useState<PickerHit | null>(null);
  const [error, setError] = useState('');
  const run = (action: () => Promise<void>) =>
    action().then(
      () => setMode('idle'),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  return (
    <div className="card-actions">
      <button
        type="button"
        onClick={() => setMode(mode === 'merge' ? 'idle' : 'merge')}
        aria-expanded={mode === 'merge'}
      >
        {t('app.merge.open')}
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => setMode(mode === 'delete' ? 'idle' : 'delete')}
        aria-expanded={mode === 'delete'}
      >
        {t('app.delete.open')}
      </button>
      {mode === 'merge' && (
        <div className="dialog" role="group" aria-label={t('app.merge.open')}>
          {other === null ? (
            <ClientPicker
              label={t('app.merge.find')}
              search={search}
              onPick={setOther}
              exclude={[id]}
              t={t}
            />
          ) : (
            <>
              <p>{t('app.merge.confirm', { other: other.name, name })}</p>
              <button type="button" onClick={() => void run(() => onMerge(other))}>
                {t('app.merge.do')}
              </button>
              <button type="button" onClick={() => setOther(null)}>
                {t('app.card.cancel')}
              </button>
            </>
          )}
        </div>
      )}
      {mode === 'delete' && (
        <div className="dialog" role="alertdialog" aria-label={t('app.delete.open')}>
          <p>{t('app.delete.confirm', { name })}</p>
          {canBlock && (
            <>
              <p>{t('delete.comesBack')}</p>
              <label>
                <input type="checkbox" checked={block} onChange={(e) => setBlock(e.target.checked)} />
                {t('delete.block')}
              </label>
            </>
          )}
          <button
            type="button"
            className="danger"
            autoFocus
            onClick={() => void run(() => onDelete(canBlock === true && block))}
          >
            {t('app.delete.do')}
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            {t('app.card.cancel')}
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
