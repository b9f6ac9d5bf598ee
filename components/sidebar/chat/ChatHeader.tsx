// Which chat the sidebar follows: the messenger, the chat's title and, for a person, the handles the page shows.
import type { Translate } from '../../../core/i18n';
import type { ChatContext } from '../../../integrations/messaging/protocol';

export interface ChatHeaderProps {
  context: ChatContext;
  t: Translate;
}

export function ChatHeader({ context, t }: ChatHeaderProps) {
  const app = t(context.messenger === 'telegram' ? 'chat.kind.telegram' : 'chat.kind.whatsapp');
  const kind =
    context.kind === 'group' ? t('chat.group') : context.kind === 'channel' ? t('chat.channel') : null;
  const ids = [context.username ? `@${context.username}` : null, context.phone].filter(Boolean).join(' · ');
  return (
    <header className="chat-head" data-testid="chat-head">
      <p className="chat-app">{kind ? `${app} · ${kind}` : app}</p>
      <p className="chat-title" data-testid="chat-title">
        {context.title}
      </p>
      {ids !== '' && <p className="chat-ids">{ids}</p>}
    </header>
  );
}
