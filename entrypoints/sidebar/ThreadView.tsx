// One open thread: its correspondents, the chosen one's card (or an offer to add them), actions and history.
import { ClientCard } from '../../components/card/ClientCard';
import { DealList } from '../../components/card/DealList';
import { OpenTasks } from '../../components/card/OpenTasks';
import { Timeline } from '../../components/card/Timeline';
import { LookalikeWarning } from '../../components/sidebar/LookalikeWarning';
import { NewCorrespondent } from '../../components/sidebar/NewCorrespondent';
import { QuickActions } from '../../components/sidebar/QuickActions';
import { FromBaseNotice } from '../../components/sidebar/FromBaseNotice';
import { Switcher } from '../../components/sidebar/Switcher';
import { WhyLine } from '../../components/sidebar/WhyLine';
import type { CardView } from '../../core/card';
import type { Locale, Translate } from '../../core/i18n';
import type { TabContext } from '../../integrations/messaging/protocol';
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

const copy = (text: string) => navigator.clipboard.writeText(text);
const report = (error: unknown) => console.warn('[Kartka]', error instanceof Error ? error.message : error);

export function ThreadView({ context, address, card, lookalike, now, locale, t, select }: ThreadViewProps) {
  const actions = useCardActions(card?.personId ?? null);
  const person = context.correspondents.find((c) => c.address === address);
  return (
    <main className="sidebar" data-thread={context.threadKey}>
      {context.readFrom === 'base' && <FromBaseNotice problem={context.pageProblem} t={t} />}
      <Switcher people={context.correspondents} selected={address} t={t} onSelect={select} />
      {address !== null && <LookalikeWarning address={address} lookalike={lookalike} t={t} />}
      {card && actions ? (
        <>
          <ClientCard
            card={card}
            now={now}
            locale={locale}
            t={t}
            copy={copy}
            onOpenCard={() => void actions.openCard().catch(report)}
          />
          <QuickActions
            key={card.personId}
            card={card}
            subject={context.subject}
            now={now}
            locale={locale}
            t={t}
            actions={actions}
          />
          <OpenTasks
            tasks={card.openTasks}
            now={now}
            locale={locale}
            t={t}
            onDone={(task) => void actions.completeTask(task.id).catch(report)}
          />
          <DealList deals={card.deals} locale={locale} t={t} />
          <Timeline card={card} now={now} locale={locale} t={t} />
        </>
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
      {context.readFrom === undefined && (
        <WhyLine pending={context.pending} added={context.added} decisions={context.decisions} t={t} />
      )}
    </main>
  );
}
