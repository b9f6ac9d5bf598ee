// People who share this chat's handle or phone with the card shown: the same person entered twice? Merge them.
import type { PersonId } from '../../../core/ids';
import type { Translate } from '../../../core/i18n';
import type { ChatPeerView } from '../../../integrations/messaging/protocol';
import { useSubmit } from '../use-submit';
import { SubmitError } from '../SubmitError';

export interface DuplicateNoticeProps {
  peer: ChatPeerView;
  t: Translate;
  onMerge: (dropId: PersonId) => Promise<void>;
}

export function DuplicateNotice({ peer, t, onMerge }: DuplicateNoticeProps) {
  const { state, run } = useSubmit();
  if (peer.others.length === 0) return null;
  return (
    <section className="notice duplicates" data-testid="chat-duplicates" aria-label={t('chat.duplicates')}>
      {peer.others.map((o) => (
        <p key={o.personId} className="duplicate">
          <span>{t('chat.duplicate', { name: o.name, card: peer.name })}</span>{' '}
          <button
            type="button"
            className="button-link"
            disabled={state.kind === 'saving'}
            onClick={() => void run(() => onMerge(o.personId))}
          >
            {t('chat.merge', { name: o.name, card: peer.name })}
          </button>
        </p>
      ))}
      <SubmitError state={state} t={t} />
    </section>
  );
}
