// The boundary where text enters the base: every record written to a client table, by any path (page logging, API
// sync, import, restore, an edit), has its strings cleaned of control characters (core/text.ts).
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { cleanStrings } from '../core/text';

/** Tables whose rows hold text from people, pages and files. */
const TEXT_TABLES = new Set(['people', 'companies', 'interactions', 'deals', 'tasks', 'documents']);

function clean(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  let changed = false;
  const values = req.values.map((v: unknown) => {
    const c = cleanStrings(v);
    if (c !== v) changed = true;
    return c;
  });
  return changed ? { ...req, values } : req;
}

/** The DBCore middleware that cleans text on every add and put to the client tables. */
export const cleanTextOnWrite: Middleware<DBCore> = {
  stack: 'dbcore',
  // Above the derived keys (level 10), so it runs first and everything below sees the cleaned rows.
  level: 20,
  name: 'kartka-clean-text',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        return TEXT_TABLES.has(name) ? { ...table, mutate: (req) => table.mutate(clean(req)) } : table;
      },
    };
  },
};
