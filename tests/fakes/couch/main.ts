// pouchdb-server's own stack (express-pouchdb in full CouchDB mode over in-memory PouchDB, with its CORS
// middleware), started on a random loopback port: a CouchDB-protocol server for the tests, in its own process.
// Prints `PORT <n>` once the server admin exists (the test harness waits for that line).
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Resolve every module the way pouchdb-server does, so the versions are the ones it ships with.
const require = createRequire(createRequire(import.meta.url).resolve('pouchdb-server/package.json'));
const express = require('express') as () => {
  use(h: unknown): void;
  listen(port: number, host: string, cb: () => void): { address(): { port: number } };
};
const PouchDB = (require('pouchdb-core') as { plugin(p: unknown): unknown & { plugin(p: unknown): unknown } })
  .plugin(require('pouchdb-adapter-http'))
  .plugin(require('pouchdb-replication')) as {
  plugin(p: unknown): { plugin(p: unknown): { defaults(o: object): unknown } };
};
const expressPouchDB = require('express-pouchdb') as (
  pouch: unknown,
  opts: object,
) => { couchConfig: unknown } & ((...a: unknown[]) => void);
const cors = require('pouchdb-server/lib/cors') as (config: unknown) => unknown;

const InMemory = PouchDB.plugin(require('pouchdb-mapreduce'))
  .plugin(require('pouchdb-adapter-memory'))
  .defaults({
    adapter: 'memory',
  });
const dir = mkdtempSync(join(tmpdir(), 'kartka-couch-'));
const couch = expressPouchDB(InMemory, { inMemoryConfig: true, logPath: join(dir, 'log.txt') });
const app = express();
app.use(cors(couch.couchConfig));
app.use(selectorChanges);
app.use(couch);
/**
 * CouchDB filters a database's changes by a Mango selector sent as `POST /db/_changes?filter=_selector` with
 * `{"selector": …}` in the body (docs.couchdb.org, API › Databases › /db/_changes, "_selector"; PouchDB's http
 * adapter sends exactly that for `replicate({ selector })`). express-pouchdb's changes route reads only `doc_ids`
 * from the body and takes `_selector` for a design document's filter (404): here the body's selector is handed to
 * PouchDB's own changes, which filters by it as CouchDB does. Nothing else of the request changes.
 */
function selectorChanges(req: ChangesRequest, _res: unknown, next: (e?: unknown) => void): void {
  if (req.method !== 'POST' || !/^\/[^/]+\/_changes$/u.test(req.path) || req.query.filter !== '_selector')
    return next();
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (raw += chunk));
  req.on('error', next);
  req.on('end', () => {
    try {
      const body = JSON.parse(raw || '{}') as { selector?: unknown };
      req.body = body;
      req._body = true; // body-parser's mark: the body was read
      req.query.selector = body.selector;
      next();
    } catch (e) {
      next(e);
    }
  });
}

interface ChangesRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  body?: unknown;
  _body?: boolean;
  setEncoding(encoding: 'utf8'): void;
  on(event: 'data', listener: (chunk: string) => void): void;
  on(event: 'error', listener: (error: unknown) => void): void;
  on(event: 'end', listener: () => void): void;
}

const user = process.env.COUCH_ADMIN_USER ?? 'admin';
const password = process.env.COUCH_ADMIN_PASSWORD ?? 'admin';
const server = app.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  // Leaves "admin party": from here on only the server admin may create databases and users.
  void fetch(`http://127.0.0.1:${port}/_config/admins/${user}`, {
    method: 'PUT',
    body: JSON.stringify(password),
  })
    .then((res) => {
      if (!res.ok) throw new Error(`setting the server admin failed: ${res.status}`);
      process.stdout.write(`PORT ${port}\n`);
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exit(1);
    });
});
