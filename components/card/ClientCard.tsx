// The main client card: who this correspondent is, where they stand and how to reach them. Props in only.
import type { CardView } from '../../core/card';
import { avatarHue, daysBetween, messageWindow } from '../../core/card';
import type { Locale, Translate } from '../../core/i18n';
import { deletedTexts } from '../../core/i18n/provenance-text';
import { stageReasonText } from '../../core/i18n/stage-reason';
import { Icon } from '../sidebar/icons';
import { CardFacts } from './CardFacts';
import { formatDay } from './format';

export interface ClientCardProps {
  card: CardView;
  now: number;
  locale: Locale;
  t: Translate;
  copy: (text: string) => Promise<void>;
  onOpenCard: () => void;
}

export function ClientCard({ card, now, locale, t, copy, onOpenCard }: ClientCardProps) {
  const hue = avatarHue(card.displayName || (card.emails[0] ?? ''));
  const lastDays = card.lastContactAt === null ? null : daysBetween(card.lastContactAt, now);
  const last =
    lastDays === null ? t('never') : lastDays === 0 ? t('today') : t('daysAgo', { count: lastDays });
  // Deleted in the account's contacts (Google, Outlook): said here as on the full card, so nobody relies on a
  // contact the provider no longer has without knowing.
  const deleted = deletedTexts(card, t, (at) => formatDay(at, locale, now));
  return (
    <article className="card" aria-labelledby="card-name" data-testid="client-card">
      <header className="card-head">
        <span className="avatar" aria-hidden="true" style={{ background: `hsl(${hue} 45% 42%)` }}>
          {card.initials}
        </span>
        <div className="card-title">
          <h1 className="card-name" id="card-name">
            {card.displayName}
          </h1>
          {(card.company !== null || card.position !== null) && (
            <p className="card-company" data-testid="card-company">
              {[card.position, card.company].filter(Boolean).join(' · ')}
            </p>
          )}
        </div>
        <button
          type="button"
          className="icon-button"
          aria-label={t('sidebar.openCard')}
          title={t('sidebar.openCard')}
          data-testid="open-card"
          onClick={onOpenCard}
        >
          <Icon name="open" />
        </button>
      </header>
      {deleted.length > 0 && (
        <div className="source-deleted" role="note" data-testid="source-deleted">
          {deleted.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {card.stage && (
        <div className="stage-line" data-testid="card-stage">
          <span
            className="stage-chip"
            style={{ background: `color-mix(in srgb, ${card.stage.color} 18%, transparent)` }}
          >
            <span className="stage-dot" style={{ background: card.stage.color }} aria-hidden="true" />
            <span className="visually-hidden">{t('stage')}: </span>
            {card.stage.label}
          </span>
          <span className="stage-reason">{stageReasonText(card.stage, t)}</span>
        </div>
      )}
      <CardFacts card={card} now={now} locale={locale} t={t} copy={copy} />
      <p className="last-contact">
        <Icon name="clock" />
        <span>
          {t('lastContact')}: <span data-testid="last-contact">{last}</span>
          {' · '}
          <span data-testid="message-count">
            {card.messageCount === null
              ? t('messagesLoggedCounting', { count: messageWindow(card.timeline).length })
              : t('messagesLogged', { count: card.messageCount })}
          </span>
        </span>
      </p>
    </article>
  );
}
