// All open tasks and reminders with their clients' names, live.
import { useLiveQuery } from 'dexie-react-hooks';
import type { Task } from '../../core/model';
import { openTasks, rescheduleTask, deleteTask } from '../../storage/app-queries';
import { getCompany } from '../../storage/companies';
import { db } from '../../storage/db';
import { getPerson } from '../../storage/people';
import { addTask, completeTask } from '../../storage/tasks';
import { hrefOf } from './route';
import type { NewTask } from '../../components/app/tasks/NewTaskForm';
import { reasonOf } from './use-client-actions';

export interface TaskRow {
  task: Task;
  client?: { name: string; href: string };
}

export function useTasks(): TaskRow[] | undefined {
  return useLiveQuery(async () => {
    const tasks = await openTasks(db);
    const names = new Map<string, { name: string; href: string }>();
    for (const task of tasks) {
      if (task.personId && !names.has(task.personId)) {
        const p = await getPerson(db, task.personId);
        if (p) names.set(p.id, { name: p.displayName, href: hrefOf({ page: 'person', id: p.id }) });
      } else if (task.companyId && !names.has(task.companyId)) {
        const c = await getCompany(db, task.companyId);
        if (c) names.set(c.id, { name: c.name, href: hrefOf({ page: 'company', id: c.id }) });
      }
    }
    return tasks.map((task) => {
      const client = names.get(task.personId ?? task.companyId ?? '');
      return client ? { task, client } : { task };
    });
  }, []);
}

export const taskActions = {
  add: async (task: NewTask): Promise<string | null> => {
    try {
      await addTask(db, { ...task, kind: 'task' }, Date.now());
      return null;
    } catch (e) {
      return reasonOf(e);
    }
  },
  complete: (task: Task) => void completeTask(db, task.id, Date.now()),
  snooze: (task: Task, until: number) => void rescheduleTask(db, task.id, until, Date.now()),
  remove: (task: Task) => void deleteTask(db, task.id),
};
