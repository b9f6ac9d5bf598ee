// A chat peer who is not in the base: "New contact — add to the base?", prefilled with the name, username and
// phone the page shows, or a link of this chat to someone already there (the only way for a WhatsApp @lid chat).
import { useState } from 'react';
import type { PersonId } from '../../../core/ids';
import type { Translate } from '../../../core/i18n';
import type { ChatContext } from '../../../integrations/messaging/protocol';
import { useSubmit } from '../use-submit';
import { SubmitError } from '../SubmitError';
import { LinkPicker, type PickedPerson } from './LinkPicker';

export interface NewChatContactProps {
  context: ChatContext;
  t: Translate;
  onAdd: (name: string) => Promise<void>;
  find: (query: string) => Promise<PickedPerson[]>;
  onLink: (personId: PersonId) => Promise<void>;
}

export function NewChatContact({ context, t, onAdd, find, onLink }: NewChatContactProps) {
  const [name, setName] = useState(context.title);
  const [linking, setLinking] = useState(context.lid);
  const { state, run } = useSubmit();
  const facts = [
    context.username ? `@${context.username}` : null,
    context.phone,
    context.lid ? t('chat.lidShort') : null,
  ].filter((f): f is string => f !== null);
  return (
    <section className="notice newcomer" data-testid="new-chat-contact" aria-labelledby="chat-newcomer-title">
      <h2 id="chat-newcomer-title">{t('chat.newContact')}</h2>
      {context.lid && <p className="newcomer-hint">{t('chat.lidNote')}</p>}
      <form
        className="newcomer-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (state.kind !== 'saving') void run(() => onAdd(name));
        }}
      >
        <label className="field">
          <span className="field-label">{t('chat.name')}</span>
          <input value={name} onChange={(e) => setName(e.target.value)} data-testid="new-chat-name" />
        </label>
        {facts.length > 0 && <p className="newcomer-who">{facts.join(' · ')}</p>}
        <button type="submit" className="button-primary" disabled={state.kind === 'saving'}>
          {state.kind === 'saving' ? t('sidebar.adding') : t('addToBase')}
        </button>
        <SubmitError state={state} t={t} framed />
      </form>
      <button
        type="button"
        className="link-toggle"
        aria-expanded={linking}
        onClick={() => setLinking(!linking)}
      >
        {t('chat.linkTitle')}
      </button>
      {linking && <LinkPicker t={t} find={find} onLink={onLink} />}
    </section>
  );
}
