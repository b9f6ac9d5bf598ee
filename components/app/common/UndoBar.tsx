// "Deleted Олена Коваль — Undo": one offer at a time, keyboard reachable, gone after a while.
import { useEffect, useState } from 'react';
import type { Translate } from '../../../core/i18n';

export interface UndoBarProps {
  message: string;
  onUndo: () => Promise<void>;
  onDismiss: () => void;
  t: Translate;
}

const SHOW_MS = 15_000;

export function UndoBar({ message, onUndo, onDismiss, t }: UndoBarProps) {
  const [error, setError] = useState('');
  useEffect(() => {
    const timer = setTimeout(onDismiss, SHOW_MS);
    return () => clearTimeout(timer);
  }, [message, onDismiss]);
  return (
    <div className="undo-bar" role="status">
      <span>{error || message}</span>
      <button
        type="button"
        onClick={() => {
          onUndo().then(onDismiss, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
        }}
      >
        {t('app.undo')}
      </button>
      <button type="button" aria-label={t('app.dismiss')} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
