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
app.use(couch);
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
