// The sidebar: refuses to render outside the mail sites, then shows what the background pushes for this tab.
import { useMemo } from 'react';
import { isChatOrigin, isPageOrigin } from '../../core/page-origins';
import { ErrorBoundary } from '../../components/sidebar/ErrorBoundary';
import { Notice } from '../../components/ui/Notice';
import { TodayPanel } from '../../components/sidebar/TodayPanel';
import { framedByAllowedOrigin } from '../../components/ui/frame-guard';
import { localizeCard } from '../../core/i18n/stage-name';
import { useLocaleOf } from '../../integrations/ui/use-locale';
import { useNow } from '../../integrations/ui/use-now';
import { ChatView } from './ChatView';
import { ThreadView } from './ThreadView';
import { useSidebarState } from './use-sidebar-state';
import { useToday } from './use-today';

export function App() {
  const allowed = useMemo(() => framedByAllowedOrigin(window, document.referrer, isPageOrigin), []);
  const { view, select } = useSidebarState(allowed);
  const { locale, t } = useLocaleOf('type' in view ? view.language : undefined);
  const now = useNow();
  // Framed by a chat site: its empty and broken states speak of chats, not of mail threads.
  // The inbox view (no thread or chat open) shows what is due today.
  const today = useToday(
    allowed && 'type' in view && view.context !== null && view.context.status === 'no-thread',
    now,
  );
  const onChat = useMemo(() => isChatOrigin(window.location.ancestorOrigins?.[0] ?? document.referrer), []);

  if (!allowed || ('status' in view && view.status === 'refused'))
    return <Notice title={t('frameRefused')} />;
  if (!('type' in view) || view.context === null) return <Notice title={t('loading')} />;
  const context = view.context;
  if (context.status === 'no-thread')
    return (
      <>
        <Notice title={t(onChat ? 'chat.noChat' : 'noThread')} />
        <TodayPanel
          view={today.view}
          error={today.error}
          locale={locale}
          t={t}
          onDone={today.done}
          onOpen={today.open}
        />
      </>
    );
  if (context.status === 'unreadable') {
    return (
      <Notice
        title={t(onChat ? 'chat.unreadableTitle' : 'unreadableTitle')}
        body={
          context.busy === undefined
            ? t(onChat ? 'chat.unreadableBody' : 'unreadableBody')
            : t('graphCard.busy', { address: context.busy })
        }
        details={JSON.stringify({ reason: context.reason, ...context.details }, null, 2)}
        copyLabel={t('copyDetails')}
        copiedLabel={t('copied')}
        tone="warning"
      />
    );
  }
  if (view.problem !== undefined) {
    return (
      <Notice
        title={t('sidebar.baseUnreadable')}
        body={t('sidebar.baseUnreadableBody')}
        details={view.problem}
        copyLabel={t('copyDetails')}
        copiedLabel={t('copied')}
        tone="warning"
      />
    );
  }
  return (
    <ErrorBoundary
      resetKey={`${context.status === 'chat' ? context.chatKey : context.threadKey}|${view.address ?? ''}`}
      title={t('sidebar.errorTitle')}
      body={t('sidebar.errorBody')}
      copyLabel={t('copyDetails')}
      copiedLabel={t('copied')}
      retryLabel={t('sidebar.retry')}
    >
      {context.status === 'chat' ? (
        <ChatView
          context={context}
          selected={view.address}
          card={view.card && localizeCard(view.card, t)}
          now={now}
          locale={locale}
          t={t}
          select={select}
        />
      ) : (
        <ThreadView
          context={context}
          address={view.address}
          card={view.card && localizeCard(view.card, t)}
          lookalike={view.lookalike ?? null}
          now={now}
          locale={locale}
          t={t}
          select={select}
        />
      )}
    </ErrorBoundary>
  );
}
