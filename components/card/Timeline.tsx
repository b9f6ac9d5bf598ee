// The card's history: the latest emails, notes, calls, meetings and deal events, newest first.
import type { CardView, TimelineEntry } from '../../core/card';
import type { Locale, MessageKey, Translate } from '../../core/i18n';
import { Icon, type IconName } from '../sidebar/icons';
import { formatDay } from './format';

export interface TimelineProps {
  card: CardView;
  now: number;
  locale: Locale;
  t: Translate;
}

/** A chat entry's label: the messenger and who wrote ("Telegram, from you"). */
function chatLabel(entry: TimelineEntry, t: Translate): string {
  const app =
    entry.via === 'telegram' || entry.via === 'whatsapp' || entry.via === 'paste'
      ? t(`chat.kind.${entry.via}`)
      : t('sidebar.kind.chat');
  if (entry.direction === 'outgoing') return t('chat.kind.out', { app });
  if (entry.direction === 'incoming') return t('chat.kind.in', { app });
  return app;
}

function look(entry: TimelineEntry): { icon: IconName; label: MessageKey } {
  switch (entry.kind) {
    case 'email':
      if (entry.direction === 'incoming') return { icon: 'mailIn', label: 'sidebar.kind.incoming' };
      if (entry.direction === 'outgoing') return { icon: 'mailOut', label: 'sidebar.kind.outgoing' };
      return { icon: 'mailIn', label: 'sidebar.kind.email' };
    case 'note':
      return { icon: 'note', label: 'sidebar.kind.note' };
    case 'call':
      return { icon: 'call', label: 'sidebar.kind.call' };
    case 'meeting':
      return { icon: 'meeting', label: 'sidebar.kind.meeting' };
    case 'chat':
      return { icon: 'chat', label: 'sidebar.kind.chat' };
    case 'deal':
      if (entry.dealStatus === 'won') return { icon: 'deal', label: 'sidebar.kind.dealWon' };
      if (entry.dealStatus === 'lost') return { icon: 'deal', label: 'sidebar.kind.dealLost' };
      return { icon: 'deal', label: 'sidebar.kind.dealOpened' };
  }
}

/** A linked entry's text: its subject, or for a chat message (no subject) "Open this chat". */
function linkText(entry: TimelineEntry, t: Translate): string {
  if (entry.title !== '') return entry.title;
  return t(entry.kind === 'chat' ? 'sidebar.history.openChat' : 'sidebar.history.openMail');
}

export function Timeline({ card, now, locale, t }: TimelineProps) {
  const shown = card.timeline.length;
  return (
    <section className="section" aria-labelledby="history-title" data-testid="timeline">
      <h2 className="section-title" id="history-title">
        {t('sidebar.history')}
        {card.historyCount === null ? (
          <span className="section-count">{t('sidebar.historyCounting', { shown })}</span>
        ) : (
          card.historyCount > shown && (
            <span className="section-count">
              {t('sidebar.historyLatest', { shown, count: card.historyCount })}
            </span>
          )
        )}
      </h2>
      {shown === 0 ? (
        <p className="empty">{t('sidebar.noHistory')}</p>
      ) : (
        <ol className="timeline">
          {card.timeline.map((entry) => {
            const { icon, label } = look(entry);
            return (
              <li key={entry.key} className={`event event-${entry.kind}`} data-kind={entry.kind}>
                <span className="event-icon">
                  <Icon name={icon} />
                </span>
                <div className="event-body">
                  <p className="event-meta">
                    <span>{entry.kind === 'chat' ? chatLabel(entry, t) : t(label)}</span>
                    <time dateTime={new Date(entry.at).toISOString()}>
                      {formatDay(entry.at, locale, now)}
                    </time>
                  </p>
                  {entry.link !== undefined ? (
                    // Opens the thread or chat in a new tab (the sidebar sits in a frame of the mail page).
                    <a
                      className="event-title event-link"
                      href={entry.link}
                      target="_blank"
                      rel="noopener noreferrer"
                      title={linkText(entry, t)}
                    >
                      {linkText(entry, t)}
                    </a>
                  ) : (
                    entry.title !== '' && (
                      <p className="event-title" title={entry.title}>
                        {entry.title}
                      </p>
                    )
                  )}
                  {entry.detail !== null && entry.detail !== '' && (
                    <p className="event-detail" title={entry.detail}>
                      {entry.detail}
                    </p>
                  )}
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
