// The card's contact facts: every email and phone with a copy button, birthday, manager, tags, consent.
import type { ReactNode } from 'react';
import { nextBirthday, type CardView } from '../../core/card';
import type { Locale, Translate } from '../../core/i18n';
import { Icon, type IconName } from '../sidebar/icons';
import { CopyButton } from './CopyButton';
import { cardMessengerLinks, MessengerLinks } from './MessengerLinks';
import { displayPhone, formatBirthday, formatDay, mailtoHref, telHref } from './format';

export interface CardFactsProps {
  card: CardView;
  now: number;
  locale: Locale;
  t: Translate;
  copy: (text: string) => Promise<void>;
}

/** One fact with its icon; `label` is read out to screen readers when the fact shows no label of its own. */
function Fact(props: { icon: IconName; label?: string; children: ReactNode; testId?: string }) {
  return (
    <li className="fact" data-testid={props.testId}>
      <Icon name={props.icon} />
      {props.label !== undefined && <span className="visually-hidden">{props.label}: </span>}
      {props.children}
    </li>
  );
}

function birthdayText(card: CardView, now: number, locale: Locale, t: Translate): string | null {
  if (!card.birthday) return null;
  const next = nextBirthday(card.birthday, now);
  const when = next.days === 0 ? t('sidebar.birthdayToday') : t('sidebar.birthdayIn', { count: next.days });
  const turns = next.turns === null ? [] : [t('sidebar.turns', { age: next.turns })];
  return [formatBirthday(next.at, locale), [when, ...turns].join(', ')].join(' · ');
}

export function CardFacts({ card, now, locale, t, copy }: CardFactsProps) {
  const birthday = birthdayText(card, now, locale, t);
  const consent = card.consent;
  return (
    <ul className="facts" aria-label={t('sidebarTitle')}>
      {card.emails.map((email) => (
        <Fact key={email} icon="mailIn" label={t('email')} testId="fact-email">
          <a className="fact-value" href={mailtoHref(email)} target="_blank" rel="noreferrer" title={email}>
            {email}
          </a>
          <CopyButton value={email} t={t} copy={copy} />
        </Fact>
      ))}
      {card.phones.map((phone) => {
        const ext = card.phoneExt[phone];
        // RFC 3966: the extension rides in the tel: URI, so a dialler can pass it on.
        const href = ext === undefined ? telHref(phone) : `${telHref(phone)};ext=${ext.replace(/\D/gu, '')}`;
        const shown =
          ext === undefined ? displayPhone(phone) : t('phone.withExt', { phone: displayPhone(phone), ext });
        return (
          <Fact key={phone} icon="phone" label={t('phone')} testId="fact-phone">
            <a className="fact-value" href={href} title={shown}>
              {shown}
            </a>
            <CopyButton value={ext === undefined ? phone : shown} t={t} copy={copy} />
          </Fact>
        );
      })}
      {cardMessengerLinks(card.handles, card.phones).length > 0 && (
        <Fact icon="chat" label={t('chat.messengers')} testId="fact-messengers">
          <MessengerLinks handles={card.handles} phones={card.phones} t={t} />
        </Fact>
      )}
      {birthday !== null && (
        <Fact icon="cake" label={t('sidebar.birthday')} testId="fact-birthday">
          <span className="fact-value">{birthday}</span>
        </Fact>
      )}
      {card.manager !== null && (
        <Fact icon="user" testId="fact-manager">
          <span className="fact-value" title={card.manager}>
            <span className="fact-label">{t('sidebar.manager')}</span> {card.manager}
          </span>
        </Fact>
      )}
      {card.tags.length > 0 && (
        <Fact icon="tag" label={t('sidebar.tags')} testId="fact-tags">
          <span className="tags">
            {card.tags.map((tag) => (
              <span className="tag" key={tag}>
                {tag}
              </span>
            ))}
          </span>
        </Fact>
      )}
      {consent !== null && (
        <Fact icon="shield" testId="fact-consent">
          <span className="fact-value">
            <span className="fact-label">{t('sidebar.consent')}</span>{' '}
            {[
              consent.given ? t('sidebar.consentGiven') : t('sidebar.consentNotGiven'),
              consent.at === undefined ? null : formatDay(consent.at, locale, now),
              consent.source ?? null,
            ]
              .filter(Boolean)
              .join(' · ')}
          </span>
        </Fact>
      )}
    </ul>
  );
}
