// A CouchDB for a test: pouchdb-server's stack in memory in a child process (./main.ts), or the real CouchDB at
// COUCHDB_URL (e.g. `http://admin:secret@127.0.0.1:5984`), so the same suite runs against both.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Couch } from '../../../tools/team/couch';

export interface TestCouch {
  url: string;
  admin: { user: string; password: string };
  couch: Couch;
  /** True when the server is the real CouchDB of COUCHDB_URL. */
  real: boolean;
  /** A firm id of its own for a test (a real server is shared between runs). */
  firmId: (base: string) => string;
  stop: () => Promise<void>;
}

/** Starts (or connects to) the test's CouchDB. */
export async function startCouch(): Promise<TestCouch> {
  const suffix = randomBytes(3).toString('hex');
  const firmId = (base: string) => `${base}-${suffix}`;
  const external = process.env.COUCHDB_URL;
  if (external) {
    const u = new URL(external);
    const admin = { user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
    u.username = '';
    u.password = '';
    const url = u.toString().replace(/\/$/, '');
    return { url, admin, couch: new Couch(url, admin), real: true, firmId, stop: async () => undefined };
  }
  const admin = { user: 'admin', password: randomBytes(9).toString('base64url') };
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'main.ts')],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, COUCH_ADMIN_USER: admin.user, COUCH_ADMIN_PASSWORD: admin.password },
    },
  );
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += String(d)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`pouchdb-server did not start in 30 s: ${stderr}`)),
      30_000,
    );
    child.stdout?.on('data', (d: Buffer) => {
      const m = /PORT (\d+)/.exec(String(d));
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`pouchdb-server exited (${code}): ${stderr}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    admin,
    couch: new Couch(url, admin),
    real: false,
    firmId,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill();
      }),
  };
}
