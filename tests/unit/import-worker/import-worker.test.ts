// The import worker's two sides, run in this thread: the worker parses and imports with progress; the page's
// client gets results, cancels a parse at once and a mail import between messages (or ends a stuck one).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../core/settings';
import { ImportWorkers, type WorkerLike } from '../../../integrations/import-worker/client';
import type { FromWorker, ToWorker } from '../../../integrations/import-worker/protocol';
import { serveImports } from '../../../integrations/import-worker/serve';
import { db } from '../../../storage/db';

/** A worker whose code runs in this thread, asynchronously, as a real one would. */
function inThread(stall = false): WorkerLike & { terminated: boolean } {
  const worker: WorkerLike & { terminated: boolean } = {
    onmessage: null,
    onerror: null,
    terminated: false,
    postMessage: (m: ToWorker) => {
      if (stall && m.type !== 'cancel') return; // a worker stuck in one hostile message
      setTimeout(() => handle(m), 0);
    },
    terminate: () => {
      worker.terminated = true;
    },
  };
  const handle = serveImports((m: FromWorker) => {
    if (!worker.terminated) setTimeout(() => worker.onmessage?.({ data: m }), 0);
  });
  return worker;
}

const CSV = [
  'Name,E-mail 1 - Value',
  ...Array.from({ length: 40 }, (_, i) => `Олена ${i},olena${i}@zoria.ua`),
].join('\n');

function mbox(n: number): string {
  return Array.from(
    { length: n },
    (_, i) =>
      `From MAILER-DAEMON Mon Mar 10 10:00:00 2025\r\nFrom: Me <me@kartka.ua>\r\nTo: Client ${i} <c${i}@client${i}.ua>\r\nSubject: Offer ${i}\r\nDate: Mon, 10 Mar 2025 10:${String(i % 60).padStart(2, '0')}:00 +0200\r\nMessage-ID: <m${i}@kartka.ua>\r\n\r\nHello\r\n\r\n`,
  ).join('');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the import worker', () => {
  it('parses a contacts file with progress, sending back every candidate and a few sample rows', async () => {
    const workers = new ImportWorkers(() => inThread());
    const stages: string[] = [];
    const job = workers.parseContacts({ name: 'clients.csv', kind: 'csv', file: new Blob([CSV]) }, (p) =>
      stages.push(p.stage),
    );
    const result = await job.result;
    expect(result?.candidates).toHaveLength(40);
    expect(result?.csv?.rows).toHaveLength(5);
    expect(result?.csv?.header).toEqual(['Name', 'E-mail 1 - Value']);
    expect(stages).toContain('check');
  });

  it('cancels a parse at once by ending its worker', async () => {
    const worker = inThread(true);
    const workers = new ImportWorkers(() => worker);
    const job = workers.parseContacts(
      { name: 'huge.csv', kind: 'csv', file: new Blob([CSV]) },
      () => undefined,
    );
    job.cancel();
    expect(await job.result).toBeNull();
    expect(worker.terminated).toBe(true);
  });

  it('imports an mbox in the worker, writing the base', async () => {
    const workers = new ImportWorkers(() => inThread());
    const file = new File([mbox(30)], 'all.mbox');
    const job = workers.importMail(
      { files: [file], settings: { ...defaultSettings(), ownAddresses: ['me@kartka.ua'] }, now: Date.now() },
      () => undefined,
    );
    const result = await job.result;
    expect(result).toMatchObject({ messages: 30, logged: 30, aborted: false });
    expect(await db.interactions.count()).toBe(30);
  });

  it('ends a mail import that does not stop within the grace time, keeping its last counts', async () => {
    vi.useFakeTimers();
    const worker = inThread(true);
    const workers = new ImportWorkers(() => worker);
    const job = workers.importMail(
      { files: [new File([mbox(1)], 'x.mbox')], settings: defaultSettings(), now: 0 },
      () => undefined,
    );
    job.cancel();
    await vi.advanceTimersByTimeAsync(3000);
    expect(await job.result).toMatchObject({ aborted: true, logged: 0 });
    expect(worker.terminated).toBe(true);
  });
});
