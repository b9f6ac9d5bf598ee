// The main client card: who this correspondent is and where they stand. Props in, nothing else.
import type { CardView } from '../../core/card';
import { daysBetween } from '../../core/card';
import type { Translate } from '../../core/i18n';

export interface ClientCardProps {
  card: CardView;
  now: number;
  t: Translate;
}

export function ClientCard({ card, now, t }: ClientCardProps) {
  const last =
    card.lastContactAt === null
      ? t('never')
      : daysBetween(card.lastContactAt, now) === 0
        ? t('today')
        : t('daysAgo', { count: daysBetween(card.lastContactAt, now) });
  return (
    <article className="card" aria-label={card.displayName} data-testid="client-card">
      <header className="card-head">
        <span className="avatar" aria-hidden="true" style={{ background: card.stage?.color ?? '#5f6368' }}>
          {card.initials}
        </span>
        <div>
          <h1 className="card-name">{card.displayName}</h1>
          {(card.company !== null || card.position !== null) && (
            <p className="card-company">{[card.position, card.company].filter(Boolean).join(' · ')}</p>
          )}
        </div>
      </header>
      <dl className="facts">
        {card.stage && (
          <>
            <dt>{t('stage')}</dt>
            <dd>
              <span className="stage" style={{ borderColor: card.stage.color }} title={card.stage.reason}>
                {card.stage.label}
              </span>
              <span className="reason">{card.stage.reason}</span>
            </dd>
          </>
        )}
        {card.emails.map((email) => (
          <FactRow key={email} label={t('email')} value={email} />
        ))}
        {card.phones.map((phone) => (
          <FactRow key={phone} label={t('phone')} value={phone} />
        ))}
        <dt>{t('lastContact')}</dt>
        <dd data-testid="last-contact">{last}</dd>
      </dl>
      <p className="logged" data-testid="message-count">
        {t('messagesLogged', { count: card.messageCount })}
      </p>
    </article>
  );
}

function FactRow({ label, value }: { label: string; value: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </>
  );
}
