// The part of PouchDB's API (https://pouchdb.com/api.html) the team sync uses, typed by hand.
import type { TeamDoc } from '../../core/team/documents';

export type Fetch = (url: string | Request, init?: RequestInit) => Promise<Response>;

export interface PouchOptions {
  adapter?: string;
  fetch?: (url: string, init: RequestInit & { headers: Headers }) => Promise<Response>;
  skip_setup?: boolean;
  auto_compaction?: boolean;
}

export interface PouchError {
  status?: number;
  name?: string;
  error?: string | boolean;
  reason?: string;
  message?: string;
  id?: string;
}

export type BulkResult = { ok: true; id: string; rev: string } | (PouchError & { id: string });

export interface ChangesResult {
  results: {
    id: string;
    seq: number | string;
    deleted?: boolean;
    doc?: TeamDoc;
    changes: { rev: string }[];
  }[];
  last_seq: number | string;
}

export interface AllDocsResult {
  rows: (
    | { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: TeamDoc | null }
    | {
        key: string;
        error: string;
      }
  )[];
}

export interface ReplicationResult {
  ok: boolean;
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: PouchError[];
  last_seq?: number | string;
  status?: string;
}

export interface ReplicateOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  batches_limit?: number;
  doc_ids?: string[];
  heartbeat?: number | false;
  timeout?: number | false;
  checkpoint?: 'source' | 'target' | false;
  /** Only the documents a Mango selector matches (CouchDB's `_changes?filter=_selector`). */
  selector?: Record<string, unknown>;
}

/** A running replication: a promise of its result (one-shot) and an emitter of its progress. */
export interface Replication extends PromiseLike<ReplicationResult> {
  cancel(): void;
  on(event: 'change', cb: (info: { docs: TeamDoc[]; docs_written: number }) => void): Replication;
  on(event: 'denied', cb: (err: PouchError & { doc?: PouchError }) => void): Replication;
  on(event: 'error', cb: (err: PouchError) => void): Replication;
  on(event: 'complete' | 'paused' | 'active', cb: (info?: unknown) => void): Replication;
  catch(cb: (err: PouchError) => void): Promise<unknown>;
}

export interface PouchDatabase {
  readonly name: string;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  get(id: string, opts?: { rev?: string; revs?: boolean; conflicts?: boolean }): Promise<TeamDoc>;
  get(
    id: string,
    opts: { open_revs: 'all' | string[]; revs?: boolean },
  ): Promise<({ ok: TeamDoc & { _revisions?: { start: number; ids: string[] } } } | { missing: string })[]>;
  bulkDocs(docs: TeamDoc[], opts?: { new_edits?: boolean }): Promise<BulkResult[]>;
  allDocs(opts: {
    keys?: string[];
    include_docs?: boolean;
    conflicts?: boolean;
    startkey?: string;
    endkey?: string;
    limit?: number;
  }): Promise<AllDocsResult>;
  changes(opts: {
    since: number | string;
    include_docs?: boolean;
    conflicts?: boolean;
    limit?: number;
    style?: 'all_docs' | 'main_only';
    selector?: Record<string, unknown>;
  }): Promise<ChangesResult>;
  replicate: {
    from(source: PouchDatabase, opts?: ReplicateOptions): Replication;
    to(target: PouchDatabase, opts?: ReplicateOptions): Replication;
  };
  purge?(id: string, rev: string): Promise<unknown>;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface PouchStatic {
  new (name: string, opts?: PouchOptions): PouchDatabase;
  plugin(plugin: unknown): PouchStatic;
  fetch: Fetch;
}
