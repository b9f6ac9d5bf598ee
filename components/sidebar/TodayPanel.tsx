// The sidebar's inbox view (no thread open): tasks and reminders due today, overdue ones marked; each can be marked
// done, and a person's opens their card.
import type { Locale, MessageKey, Translate } from '../../core/i18n';
import type { TodayItem, TodayView } from '../../core/today';
import { formatWeekday } from '../card/format';
import { Icon } from './icons';

export interface TodayPanelProps {
  view: TodayView | null;
  error: string | null;
  locale: Locale;
  t: Translate;
  onDone: (item: TodayItem) => void;
  onOpen: (item: TodayItem) => void;
}

function Items({
  id,
  title,
  items,
  locale,
  t,
  onDone,
  onOpen,
}: {
  id: string;
  title: MessageKey;
  items: readonly TodayItem[];
} & Omit<TodayPanelProps, 'view' | 'error'>) {
  if (items.length === 0) return null;
  return (
    <section className="section" aria-labelledby={id}>
      <h3 className="section-title" id={id}>
        {t(title)} <span className="section-count">{items.length}</span>
      </h3>
      <ul className="rows">
        {items.map((item) => (
          <li key={item.id} className="row task">
            <button
              type="button"
              className="check"
              aria-label={t('sidebar.today.doneLabel', { title: item.title })}
              title={t('sidebar.today.doneLabel', { title: item.title })}
              onClick={() => onDone(item)}
            >
              <Icon name="check" />
            </button>
            <span className="row-title">
              <span title={item.title}>{item.title}</span>
              {item.client !== null &&
                (item.client.kind === 'person' ? (
                  <button
                    type="button"
                    className="button-link today-client"
                    title={t('sidebar.today.open', { name: item.client.name })}
                    onClick={() => onOpen(item)}
                  >
                    {item.client.name}
                  </button>
                ) : (
                  <span className="today-client" title={item.client.name}>
                    {item.client.name}
                  </span>
                ))}
            </span>
            <span className={item.overdue ? 'row-meta overdue' : 'row-meta'}>
              {item.overdue ? `${t('sidebar.today.overdue')} · ` : ''}
              {formatWeekday(item.due, locale)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function TodayPanel(props: TodayPanelProps) {
  const { view, error, t } = props;
  return (
    <section className="today" aria-labelledby="today-title" data-testid="today">
      <h2 className="section-title" id="today-title">
        {t('sidebar.today.title')}
      </h2>
      {error !== null && <p role="alert">{error}</p>}
      {view === null ? (
        error === null && <p className="empty">{t('loading')}</p>
      ) : view.tasks.length + view.reminders.length === 0 ? (
        <p className="empty">{t('sidebar.today.empty')}</p>
      ) : (
        <>
          <Items id="today-tasks" title="sidebar.today.tasks" items={view.tasks} {...props} />
          <Items id="today-reminders" title="sidebar.today.reminders" items={view.reminders} {...props} />
        </>
      )}
    </section>
  );
}
