// The sidebar's actions as messages to the background, which checks the sender and writes through storage.
import { useMemo } from 'react';
import type { PersonId, TaskId } from '../../core/ids';
import { send } from '../../integrations/messaging/client';
import type { CardActions } from '../../components/sidebar/QuickActions';

export interface SidebarActions extends CardActions {
  completeTask: (taskId: TaskId) => Promise<void>;
  openCard: () => Promise<void>;
}

/** Actions bound to one person; every promise rejects with the background's readable error. */
export function useCardActions(personId: PersonId | null): SidebarActions | null {
  return useMemo(() => {
    if (personId === null) return null;
    return {
      addNote: async (text) => void (await send('sidebar.addNote', { personId, text })),
      addTask: async (title, due) => void (await send('sidebar.addTask', { personId, title, due })),
      setStage: async (stage, reason) => void (await send('sidebar.setStage', { personId, stage, reason })),
      addDeal: async (title, amount, currency) =>
        void (await send('sidebar.addDeal', { personId, title, amount, currency })),
      completeTask: async (taskId) => void (await send('sidebar.completeTask', { taskId })),
      openCard: async () => void (await send('sidebar.openCard', { personId })),
    };
  }, [personId]);
}

/** Adds a thread's correspondent to the base. */
export async function addCorrespondent(address: string, name: string): Promise<void> {
  await send('sidebar.addPerson', { address, name });
}
