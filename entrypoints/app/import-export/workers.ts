// One place that starts the import worker, so Vite sees `new Worker(new URL(…))` and bundles it.
import { ImportWorkers, type WorkerLike } from '../../../integrations/import-worker/client';

export const importWorkers = new ImportWorkers(
  () =>
    new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike,
);
