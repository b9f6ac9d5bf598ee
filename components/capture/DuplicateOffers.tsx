// "Олена Коваль already exists — open her card / add this email to her": offered instead of a second person.
import { useEffect, useRef } from 'react';
import type { DuplicateOffer } from '../../core/capture';
import type { Translate } from '../../core/i18n';

export interface DuplicateOffersProps {
  offers: readonly DuplicateOffer[];
  t: Translate;
  busy: boolean;
  /** Moves focus to the first offer (after Enter was pressed on a same-address duplicate), so Enter again adds. */
  focusFirst: boolean;
  onOpen: (id: string) => void;
  onAppend: (offer: DuplicateOffer) => void;
}

function addLabel(offer: DuplicateOffer, t: Translate): string {
  const only = [...offer.newEmails, ...offer.newPhones];
  return only.length === 1 && only[0] !== undefined
    ? t('capture.addValueTo', { value: only[0], name: offer.displayName })
    : t('capture.addDetailsTo', { name: offer.displayName });
}

export function DuplicateOffers({ offers, t, busy, focusFirst, onOpen, onAppend }: DuplicateOffersProps) {
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (focusFirst) first.current?.focus();
  }, [focusFirst]);
  if (offers.length === 0) return null;
  return (
    <section
      className="offers"
      aria-label={t('capture.exists', { name: offers[0]?.displayName ?? '' })}
      data-testid="duplicates"
    >
      {offers.slice(0, 3).map((offer, i) => (
        <div key={offer.id} className={`offer offer-${offer.strength}`}>
          <p className="offer-title">
            {t(
              offer.strength === 'same'
                ? 'capture.exists'
                : offer.strength === 'possible'
                  ? 'capture.samePhone'
                  : 'capture.namesake',
              { name: offer.displayName },
            )}
          </p>
          <p className="offer-reasons">
            {offer.reasons
              .map((r) =>
                r.kind === 'name'
                  ? t('capture.byName')
                  : t(r.kind === 'email' ? 'capture.byEmail' : 'capture.byPhone', { value: r.value }),
              )
              .join(' · ')}
          </p>
          <div className="offer-actions">
            <button
              ref={i === 0 ? first : undefined}
              type="button"
              className="primary"
              disabled={busy}
              data-testid="append-offer"
              onClick={() => onAppend(offer)}
            >
              {addLabel(offer, t)}
            </button>
            <button type="button" onClick={() => onOpen(offer.id)}>
              {t('capture.openCard')}
            </button>
          </div>
        </div>
      ))}
    </section>
  );
}
