// The fault suites' worker stop inside a transaction: a Dexie middleware that, when armed, makes the next write to
// the sync items fail as a stopped service worker does, and stops the runner, so the page's whole apply rolls back
// (the cursor with it) and the next worker must resume from what was stored.
import type { DBCore, Middleware } from 'dexie';

export interface WorkerDeath {
  armed: boolean;
  kill: () => void;
  died: number;
}

export function dieInTransaction(state: WorkerDeath): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'fault-suite-death',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'syncItems') return table;
        return {
          ...table,
          mutate: (req) => {
            if (!state.armed) return table.mutate(req);
            state.armed = false;
            state.died++;
            state.kill();
            return Promise.reject(new Error('The service worker was stopped.'));
          },
        };
      },
    }),
  };
}
