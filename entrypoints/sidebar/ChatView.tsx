// One open chat: who it is with (their card, or an offer to add or link them), duplicates to merge, WhatsApp's
// "Log visible messages", and what the chat's visible messages added and why.
import { ChatHeader } from '../../components/sidebar/chat/ChatHeader';
import { DuplicateNotice } from '../../components/sidebar/chat/DuplicateNotice';
import { LogVisible } from '../../components/sidebar/chat/LogVisible';
import { NewChatContact } from '../../components/sidebar/chat/NewChatContact';
import { Participants } from '../../components/sidebar/chat/Participants';
import { WhyLine } from '../../components/sidebar/WhyLine';
import type { CardView } from '../../core/card';
import type { Locale, Translate } from '../../core/i18n';
import { personSelection, type ChatContext } from '../../integrations/messaging/protocol';
import { CardPanel } from './CardPanel';
import { useCardActions } from './use-card-actions';
import { addChatPerson, findPeople, linkChat, logVisible, mergeInto } from './use-chat-actions';

export interface ChatViewProps {
  context: ChatContext;
  selected: string | null;
  card: CardView | null;
  now: number;
  locale: Locale;
  t: Translate;
  select: (key: string) => void;
}

export function ChatView({ context, selected, card, now, locale, t, select }: ChatViewProps) {
  const actions = useCardActions(card?.personId ?? null);
  const people = context.participants.map((p) => ({
    id: p.id,
    name: p.name,
    key: p.personId ? personSelection(p.personId) : null,
  }));
  const known = people.filter((p) => p.key !== null);
  const peer = context.peer;
  return (
    <main className="sidebar" data-chat={context.chatKey}>
      <ChatHeader context={context} t={t} />
      {context.kind === 'channel' && <p className="notice">{t('chat.channelNote')}</p>}
      {context.kind === 'group' && (
        <Participants people={people} selected={selected} t={t} onSelect={select} />
      )}
      {peer && <DuplicateNotice peer={peer} t={t} onMerge={(dropId) => mergeInto(peer.personId, dropId)} />}
      {context.manual && context.kind !== 'channel' && (
        <LogVisible t={t} known={context.kind !== 'user' || peer !== null} onLog={logVisible} />
      )}
      {card && actions ? (
        <CardPanel card={card} actions={actions} subject={context.title} now={now} locale={locale} t={t} />
      ) : context.kind === 'user' && peer === null && !context.pending ? (
        <NewChatContact
          key={context.chatKey}
          context={context}
          t={t}
          onAdd={addChatPerson}
          find={findPeople}
          onLink={linkChat}
        />
      ) : context.kind === 'group' ? (
        <p className="empty">{t(known.length > 0 ? 'chat.pickParticipant' : 'chat.groupNobody')}</p>
      ) : context.pending || peer !== null ? (
        <p className="empty" role="status">
          {t('loading')}
        </p>
      ) : null}
      {context.kind === 'group' && context.decisions.some((d) => d.because?.code === 'chat-group-off') && (
        <p className="notice">{t('chat.groupOff')}</p>
      )}
      {context.kind !== 'channel' && (context.decisions.length > 0 || context.pending) && (
        <WhyLine
          pending={context.pending}
          added={context.added}
          decisions={context.decisions}
          t={t}
          scope="chat"
        />
      )}
    </main>
  );
}
