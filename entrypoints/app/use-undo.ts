// One "undo" offer at a time (delete, merge, bulk change), shown by the app shell until used or dismissed.
import { useCallback, useState } from 'react';

export interface UndoOffer {
  message: string;
  undo: () => Promise<void>;
}

export type OfferUndo = (message: string, undo: () => Promise<void>) => void;

export function useUndo(): { offer: UndoOffer | null; offerUndo: OfferUndo; dismiss: () => void } {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const offerUndo = useCallback<OfferUndo>((message, undo) => setOffer({ message, undo }), []);
  const dismiss = useCallback(() => setOffer(null), []);
  return { offer, offerUndo, dismiss };
}
