// One "undo" offer at a time (delete, merge, bulk change), shown by the app shell until used or dismissed, or
// until its time runs out (a delete can be undone for a few minutes only: its undo record is purged then).
import { useCallback, useEffect, useState } from 'react';

export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
  /** How long the offer stands, in ms; unset for as long as the page is open. */
  expiresAfter?: number;
}

export type OfferUndo = (message: string, undo: () => Promise<void>, expiresAfter?: number) => void;

export function useUndo(): { offer: UndoOffer | null; offerUndo: OfferUndo; dismiss: () => void } {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const offerUndo = useCallback<OfferUndo>(
    (message, undo, expiresAfter) =>
      setOffer({ message, undo, ...(expiresAfter === undefined ? {} : { expiresAfter }) }),
    [],
  );
  const dismiss = useCallback(() => setOffer(null), []);
  useEffect(() => {
    if (offer?.expiresAfter === undefined) return;
    const timer = setTimeout(
      () => setOffer((current) => (current === offer ? null : current)),
      offer.expiresAfter,
    );
    return () => clearTimeout(timer);
  }, [offer]);
  return { offer, offerUndo, dismiss };
}
