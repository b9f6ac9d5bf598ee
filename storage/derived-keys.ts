// Derived index keys computed at the storage boundary: every interaction written by any path (log, import,
// merge, undo, restore, `update`, `modify`) gets its `personAt`/`companyAt` keys and its fingerprint here, so
// they never drift;
// every person row and last-contact row written gets `touchedAt`, the write time a page's client snapshot
// catches up from.
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import type { Interaction } from '../core/model';
import { timelineKeys } from './migrations/v3-timeline-keys';
import { identityKeys } from './migrations/v7-loose-fingerprints';

function withKeys(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const i = value as Interaction;
  if (typeof i.at !== 'number') return value;
  // A record that gains its Message-ID (rekeyed) leaves the sparse index: its old loose key must not stay.
  const { looseFingerprint: _stale, ...rest } = i as Interaction & { looseFingerprint?: string };
  return { ...rest, ...timelineKeys(i), ...identityKeys(i) };
}

function derive(req: DBCoreMutateRequest): DBCoreMutateRequest {
  return req.type === 'add' || req.type === 'put' ? { ...req, values: req.values.map(withKeys) } : req;
}

function touch(req: DBCoreMutateRequest): DBCoreMutateRequest {
  if (req.type !== 'add' && req.type !== 'put') return req;
  const touchedAt = Date.now();
  return {
    ...req,
    values: req.values.map((v: unknown) => (typeof v === 'object' && v !== null ? { ...v, touchedAt } : v)),
  };
}

/** The DBCore middleware that keeps the interactions' timeline keys in step and stamps person writes. */
export const derivedKeys: Middleware<DBCore> = {
  stack: 'dbcore',
  // Above Dexie's own observability and cache middlewares (level 0), so liveQuery sees the derived keys.
  level: 10,
  name: 'kartka-derived-keys',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name === 'people' || name === 'lastContact')
          return { ...table, mutate: (req) => table.mutate(touch(req)) };
        if (name !== 'interactions') return table;
        return { ...table, mutate: (req) => table.mutate(derive(req)) };
      },
    };
  },
};
