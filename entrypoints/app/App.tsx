// The full-page app: the whole client base — list, cards, tasks, funnel, import/export, settings.
import { lazy, Suspense, useEffect, useMemo } from 'react';
import { translator, type MessageKey } from '../../core/i18n';
import { localizePipeline } from '../../core/i18n/stage-name';
import { UndoBar } from '../../components/app/common/UndoBar';
import { useLocale } from '../../integrations/ui/use-page-locale';
import { useSettingsCheck } from '../../integrations/ui/use-settings';
import { purgeExpiredTrash } from '../../storage/app-queries';
import { db } from '../../storage/db';
import { saveSettings } from '../../storage/settings';
import { ClientsPage } from './pages/ClientsPage';
import { CompanyPage } from './pages/CompanyPage';
import { PersonPage } from './pages/PersonPage';
import { DuplicatesPage } from './pages/DuplicatesPage';
import { SettingsPage } from './pages/SettingsPage';
import { TasksPage } from './pages/TasksPage';
import { TeamNoticeBar } from './pages/TeamSection';
import { useTeamLive } from './use-team';
import { hrefOf, useRoute, type Route } from './route';
import { useListState } from './use-list-state';
import { useDuplicateCount } from './use-duplicates';
import { useUndo } from './use-undo';

// Loaded when first shown: the charts library alone is most of the bundle the list would otherwise parse on open.
const FunnelPage = lazy(() => import('./pages/FunnelPage').then((m) => ({ default: m.FunnelPage })));
const ImportExportPage = lazy(() =>
  import('./import-export/ImportExportPage').then((m) => ({ default: m.ImportExportPage })),
);

const NAV: { route: Route; key: MessageKey }[] = [
  { route: { page: 'clients' }, key: 'app.nav.clients' },
  { route: { page: 'tasks' }, key: 'app.nav.tasks' },
  { route: { page: 'funnel' }, key: 'app.nav.funnel' },
  { route: { page: 'import' }, key: 'app.nav.import' },
  { route: { page: 'settings' }, key: 'app.nav.settings' },
];

export function App() {
  const { locale } = useLocale();
  const t = useMemo(() => translator(locale), [locale]);
  const { settings: stored, dropped } = useSettingsCheck();
  // Every page but settings sees the built-in stages by their names in the reader's language; settings edits
  // the stored pipeline (PipelineEditor shows and stores names through core/i18n/stage-name.ts itself).
  const settings = useMemo(
    () => ({ ...stored, pipeline: localizePipeline(stored.pipeline, t) }),
    [stored, t],
  );
  const route = useRoute();
  const list = useListState();
  const { offer, offerUndo, dismiss } = useUndo();
  const section = route.page === 'person' || route.page === 'company' ? 'clients' : route.page;
  const duplicates = useDuplicateCount();
  // While the base page is open, the firm's base (if any) replicates live.
  useTeamLive();
  // Possible duplicates have a place in the navigation while there are some to review (or the page is open).
  const withDuplicates = duplicates > 0 || section === 'duplicates';
  const nav = useMemo(
    () =>
      withDuplicates
        ? [...NAV, { route: { page: 'duplicates' } as const, key: 'app.nav.duplicates' as const }]
        : NAV,
    [withDuplicates],
  );

  // Undo records past their time go as soon as any app page opens (a delete's data must not linger).
  useEffect(() => {
    purgeExpiredTrash(db, Date.now()).catch((e: unknown) => console.warn('Kartka: purge', e));
  }, []);

  useEffect(() => {
    document.title = `${t(nav.find((n) => n.route.page === section)?.key ?? 'app.nav.clients')} · Kartka`;
  }, [section, t, nav]);

  return (
    <div className="app">
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <nav className="nav" aria-label={t('appName')}>
        <span className="brand">Kartka</span>
        {nav.map((n) => (
          <a
            key={n.route.page}
            href={hrefOf(n.route)}
            aria-current={section === n.route.page ? 'page' : undefined}
          >
            {t(n.key)}
            {n.route.page === 'duplicates' && duplicates > 0 && <span className="count"> {duplicates}</span>}
          </a>
        ))}
      </nav>
      <main id="main" tabIndex={-1}>
        <TeamNoticeBar locale={locale} t={t} />
        {dropped.length > 0 && (
          <p className="settings-damaged" role="alert">
            {t('settings.damaged', { fields: [...new Set(dropped.map((d) => d.field))].join(', ') })}{' '}
            <button type="button" onClick={() => void saveSettings({})}>
              {t('settings.keepRepaired')}
            </button>
          </p>
        )}
        {route.page === 'clients' && (
          <ClientsPage list={list} pipeline={settings.pipeline} locale={locale} t={t} offerUndo={offerUndo} />
        )}
        {route.page === 'person' && (
          <PersonPage
            key={route.id}
            id={route.id}
            settings={settings}
            locale={locale}
            t={t}
            offerUndo={offerUndo}
          />
        )}
        {route.page === 'company' && (
          <CompanyPage
            key={route.id}
            id={route.id}
            settings={settings}
            locale={locale}
            t={t}
            offerUndo={offerUndo}
          />
        )}
        {route.page === 'tasks' && <TasksPage locale={locale} t={t} />}
        <Suspense fallback={<p role="status">{t('loading')}</p>}>
          {route.page === 'funnel' && <FunnelPage settings={settings} locale={locale} t={t} />}
          {route.page === 'import' && <ImportExportPage />}
        </Suspense>
        {route.page === 'settings' && <SettingsPage settings={stored} locale={locale} t={t} />}
        {route.page === 'duplicates' && <DuplicatesPage t={t} offerUndo={offerUndo} />}
      </main>
      {offer && <UndoBar message={offer.message} onUndo={offer.undo} onDismiss={dismiss} t={t} />}
    </div>
  );
}
