import { useMemo } from 'react';
import { isMailOrigin } from '../../core/mail-origins';
import { ClientCard } from '../../components/card/ClientCard';
import { Notice } from '../../components/ui/Notice';
import { framedByAllowedOrigin } from '../../components/ui/frame-guard';
import { useLocale } from '../../integrations/ui/use-locale';
import { useNow } from '../../integrations/ui/use-now';
import { useSidebarState } from './use-sidebar-state';

export function App() {
  const allowed = useMemo(() => framedByAllowedOrigin(window, document.referrer, isMailOrigin), []);
  const { t } = useLocale();
  const { view, select } = useSidebarState(allowed);
  const now = useNow();

  if (!allowed) return <Notice title={t('frameRefused')} />;
  if (!('type' in view) || view.context === null) return <Notice title={t('loading')} />;
  const context = view.context;
  if (context.status === 'no-thread') return <Notice title={t('noThread')} />;
  if (context.status === 'unreadable') {
    return (
      <Notice
        title={t('unreadableTitle')}
        body={t('unreadableBody')}
        details={JSON.stringify({ reason: context.reason, ...context.details }, null, 2)}
        copyLabel={t('copyDetails')}
        copiedLabel={t('copied')}
        tone="warning"
      />
    );
  }

  const people = context.correspondents;
  return (
    <main className="sidebar" data-thread={context.threadKey}>
      {people.length > 1 && (
        <nav className="switcher" aria-label={t('correspondents', { count: people.length })}>
          {people.map((c) => (
            <button
              key={c.address}
              type="button"
              aria-pressed={c.address === view.address}
              onClick={() => select(c.address)}
              title={c.address}
            >
              {c.name || c.address}
            </button>
          ))}
        </nav>
      )}
      {view.card === null ? (
        <Notice
          title={t('newCorrespondent')}
          body={[people.find((c) => c.address === view.address)?.name, view.address]
            .filter(Boolean)
            .join(' — ')}
        />
      ) : (
        <ClientCard card={view.card} now={now} t={t} />
      )}
      <p className="thread-log" data-testid="thread-log">
        {context.added > 0 ? t('threadLogged', { count: context.added }) : t('threadNothingNew')}
      </p>
    </main>
  );
}
