// One open thread: its correspondents, the chosen one's card (or an offer to add them), actions and history.
import { LookalikeWarning } from '../../components/sidebar/LookalikeWarning';
import { NewCorrespondent } from '../../components/sidebar/NewCorrespondent';
import { FromBaseNotice } from '../../components/sidebar/FromBaseNotice';
import { Switcher } from '../../components/sidebar/Switcher';
import { WhyLine } from '../../components/sidebar/WhyLine';
import type { CardView } from '../../core/card';
import type { Locale, Translate } from '../../core/i18n';
import type { TabContext } from '../../integrations/messaging/protocol';
import { CardPanel } from './CardPanel';
import { addCorrespondent, useCardActions } from './use-card-actions';

type ThreadContext = Extract<TabContext, { status: 'thread' }>;

export interface ThreadViewProps {
  context: ThreadContext;
  address: string | null;
  card: CardView | null;
  /** Someone in the base this address imitates (the background finds them). */
  lookalike: { name: string; address: string } | null;
  now: number;
  locale: Locale;
  t: Translate;
  select: (address: string) => void;
}

export function ThreadView({ context, address, card, lookalike, now, locale, t, select }: ThreadViewProps) {
  const actions = useCardActions(card?.personId ?? null);
  const person = context.correspondents.find((c) => c.address === address);
  return (
    <main className="sidebar" data-thread={context.threadKey}>
      {context.readFrom !== undefined && (
        <FromBaseNotice
          from={context.readFrom}
          problem={context.pageProblem}
          provider={context.threadKey.startsWith('outlook:') ? 'outlook' : 'gmail'}
          t={t}
        />
      )}
      <Switcher people={context.correspondents} selected={address} t={t} onSelect={select} />
      {address !== null && <LookalikeWarning address={address} lookalike={lookalike} t={t} />}
      {card && actions ? (
        <CardPanel card={card} actions={actions} subject={context.subject} now={now} locale={locale} t={t} />
      ) : context.pending ? (
        // Logging may yet add them (e.g. someone I wrote to): offer to add them only once it is done.
        <p className="empty" role="status">
          {t('loading')}
        </p>
      ) : address !== null ? (
        <NewCorrespondent
          key={address}
          name={person?.name ?? ''}
          address={address}
          t={t}
          onAdd={() => addCorrespondent(address, person?.name ?? '')}
        />
      ) : null}
      {context.readFrom !== 'base' && (
        <WhyLine pending={context.pending} added={context.added} decisions={context.decisions} t={t} />
      )}
    </main>
  );
}
