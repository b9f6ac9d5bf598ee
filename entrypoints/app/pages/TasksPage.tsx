// #/tasks: today, overdue and upcoming tasks and reminders.
import type { Locale, Translate } from '../../../core/i18n';
import { formats } from '../../../components/app/format';
import { TaskViews } from '../../../components/app/tasks/TaskViews';
import { Notice } from '../../../components/ui/Notice';
import { useNow } from '../../../integrations/ui/use-now';
import { taskActions, useTasks } from '../use-tasks';

export function TasksPage({ locale, t }: { locale: Locale; t: Translate }) {
  const rows = useTasks();
  const now = useNow();
  if (rows === undefined) return <Notice title={t('loading')} />;
  return (
    <TaskViews
      rows={rows}
      now={now}
      onAdd={taskActions.add}
      onComplete={taskActions.complete}
      onSnooze={taskActions.snooze}
      onDelete={taskActions.remove}
      f={formats(locale)}
      t={t}
    />
  );
}
