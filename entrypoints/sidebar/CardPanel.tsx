// The card of one person with everything the sidebar does for them: actions, tasks, deals, a pasted chat, history
// (with the person's Teams chat read when the card opens).
// Shared by a mail thread and a chat.
import { ClientCard } from '../../components/card/ClientCard';
import { DealList } from '../../components/card/DealList';
import { OpenTasks } from '../../components/card/OpenTasks';
import { TeamsStatus } from '../../components/card/TeamsStatus';
import { Timeline } from '../../components/card/Timeline';
import { PasteConversation } from '../../components/sidebar/PasteConversation';
import { QuickActions } from '../../components/sidebar/QuickActions';
import type { CardView } from '../../core/card';
import type { Locale, Translate } from '../../core/i18n';
import { useTeamsCard } from '../../integrations/ui/use-teams-card';
import type { SidebarActions } from './use-card-actions';
import { logPasted } from './use-chat-actions';

export interface CardPanelProps {
  card: CardView;
  actions: SidebarActions;
  /** A new deal's default title: the thread's subject, or the chat's title. */
  subject: string;
  now: number;
  locale: Locale;
  t: Translate;
}

const copy = (text: string) => navigator.clipboard.writeText(text);
const report = (error: unknown) => console.warn('[Kartka]', error instanceof Error ? error.message : error);

export function CardPanel({ card, actions, subject, now, locale, t }: CardPanelProps) {
  // The sidebar does not read settings: the background answers nothing when Teams is off for every account.
  const teams = useTeamsCard(card.personId, true);
  return (
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
        subject={subject}
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
      <DealList deals={card.deals} currency={card.currency} locale={locale} t={t} />
      <PasteConversation
        key={`paste-${card.personId}`}
        name={card.displayName}
        telegramIds={card.handles.filter((h) => h.kind === 'telegram').map((h) => h.value)}
        locale={locale}
        t={t}
        onLog={(messenger, messages) => logPasted(card.personId, messenger, messages)}
      />
      <TeamsStatus reading={teams} locale={locale} t={t} quiet />
      <Timeline card={card} now={now} locale={locale} t={t} />
    </>
  );
}
