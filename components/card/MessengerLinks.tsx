// Every way to reach the person in a messenger: Telegram by username (or id), WhatsApp and Viber by each number.
// The links open the apps themselves; Kartka sends nothing.
import { messengerLinks } from '../../core/handles';
import type { Handle } from '../../core/handles';
import type { Translate } from '../../core/i18n';
import { displayPhone } from './format';

export interface MessengerLinksProps {
  handles: readonly Handle[];
  phones: readonly string[];
  t: Translate;
}

/** The messenger links a card shows (tel: links sit on the phones themselves). */
export function cardMessengerLinks(handles: readonly Handle[], phones: readonly string[]) {
  return messengerLinks(handles, phones).filter((l) => l.kind !== 'tel');
}

export function MessengerLinks({ handles, phones, t }: MessengerLinksProps) {
  const links = cardMessengerLinks(handles, phones);
  if (links.length === 0) return null;
  return (
    <span className="messenger-links" data-testid="messenger-links">
      {links.map((l) => (
        <a
          key={l.href}
          className={`messenger messenger-${l.kind}`}
          href={l.href}
          target="_blank"
          rel="noreferrer"
          title={`${t(`chat.app.${l.kind}`)} ${l.kind === 'telegram' ? l.label : displayPhone(l.label)}`}
        >
          {l.kind === 'telegram' ? `${t('chat.app.telegram')} ${l.label}` : t(`chat.app.${l.kind}`)}
        </a>
      ))}
    </span>
  );
}
