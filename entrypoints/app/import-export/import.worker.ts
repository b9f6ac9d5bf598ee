// The app's import worker (a module worker bundled by Vite): parsing and mail imports run here, off the page.
import type { FromWorker, ToWorker } from '../../../integrations/import-worker/protocol';
import { serveImports } from '../../../integrations/import-worker/serve';

const scope = self as unknown as {
  postMessage: (m: FromWorker) => void;
  onmessage: ((e: MessageEvent<ToWorker>) => void) | null;
};
const handle = serveImports((m) => scope.postMessage(m));
scope.onmessage = (e) => handle(e.data);
