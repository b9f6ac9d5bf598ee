// One sync of the firm's base, pull then push: who the server says the member is (an off-boarded member's base is
// wiped here), the directory, every database pulled into its replica and applied to the base, the outbox written
// into the replicas, and every writable replica pushed. PouchDB's checkpoints are the only cursor on the server's
// changes; the base's own cursor on each replica moves in the same transaction as the records it covers.
import { historySelector, windowChange, windowStart } from '../../core/team/history-window';
import type { TeamMembership, TeamProblem, TeamSyncStatus } from '../../core/team/membership';
import { readableDatabases } from '../../core/team/route';
import { readTeam, writeTeam } from '../../storage/team/state';
import { pruneHistory, reapplyReplicas } from '../../storage/team/window';
import { applyReplica } from './apply-replica';
import type { MemberCheck, MemberChecks } from './member-check';
import type { SyncContext } from './context';
import type { PouchError, ReplicationResult } from './pouch-types';
import { flushOutbox, type FlushReport } from './push';
import { Replicas, type TeamEnv } from './replicas';
import { readDirectory, ServerError, session } from './server';
import { wipeTeamBase } from './wipe';

export type SyncOutcome =
  | { kind: 'single' }
  | { kind: 'done'; pulled: number; pushed: number; refused: string[] }
  | { kind: 'stopped'; problem: TeamProblem }
  | { kind: 'wiped' }
  /** Ended early by the caller's signal, nothing stored as a failure: the caller runs the next sync at once. */
  | { kind: 'interrupted' };

/** A replication or request failure in the member's words: offline, not allowed, or the server's own error. */
export function problemOf(error: unknown, database?: string): TeamProblem {
  const e = error as PouchError & { status?: number };
  const status = error instanceof ServerError ? error.status : e?.status;
  if (status === 401) return { code: 'unauthorized' };
  if (status === 403) return { code: 'forbidden', database: database ?? '' };
  const reason = e?.reason ?? e?.message ?? String(error);
  // Unreachable: the fetch itself failed (a TypeError in browsers and Node, PouchDB's status 0 or a FetchError) or
  // got no answer within its bound (boundedFetch's TimeoutError). Any other error without a status is a fault
  // here, shown with its reason, never as "offline".
  const unreachable = ['TypeError', 'FetchError', 'TimeoutError'];
  if (status === 0 || unreachable.includes(e?.name ?? '')) return { code: 'offline' };
  return { code: 'server', status: status ?? 0, reason };
}

async function setStatus(env: TeamEnv, patch: Partial<TeamSyncStatus> & Pick<TeamSyncStatus, 'state'>) {
  const prev = await readTeam(env.db, 'status');
  const next: TeamSyncStatus = { refused: 0, ...prev, ...patch, at: env.now() };
  if (!('problem' in patch)) delete next.problem;
  await writeTeam(env.db, 'status', next);
}

/** Checks the member with the server; wipes the base when the firm has let them go. */
async function checkMember(env: TeamEnv, replicas: Replicas, m: TeamMembership) {
  let who: Awaited<ReturnType<typeof session>>;
  try {
    who = await session(replicas.fetch, m.url, m.firm);
  } catch (e) {
    if (e instanceof ServerError && e.status === 401) who = { name: null, level: null };
    else throw e;
  }
  const directory = who.level ? await readDirectory(replicas.fetch, m.url, m.firm) : null;
  const listed = directory?.members.find((x) => x.name === m.member);
  if (who.name !== m.member || who.level === null || listed?.active === false) return null;
  if (who.level !== m.level) await writeTeam(env.db, 'membership', { ...m, level: who.level });
  await writeTeam(env.db, 'members', directory?.members ?? []);
  return { level: who.level, members: directory?.members ?? [] };
}

async function replicate(run: PromiseLike<ReplicationResult>, database: string): Promise<ReplicationResult> {
  try {
    return await run;
  } catch (e) {
    throw Object.assign(new Error(`replication of ${database}`), { problem: problemOf(e, database) });
  }
}

/** Builds the sync context of a member (their databases from their level and the directory). */
export function contextOf(
  env: TeamEnv,
  replicas: Replicas,
  m: TeamMembership,
  members: Parameters<typeof readableDatabases>[2],
): SyncContext {
  const writer = { name: m.member, level: m.level };
  return { env, replicas, membership: m, writer, databases: readableDatabases(m.firm, writer, members) };
}

/**
 * Purges interactions that left the window from the local replicas too, where the adapter can purge (only
 * `indexeddb`, the browser's; TEAM.md): the browser then holds no copy of them. A purged document comes back from
 * the server when the window widens (the wider pull has a checkpoint of its own: its id covers the selector).
 */
async function forgetOldHistory(replicas: Replicas, databases: readonly string[], ids: readonly string[]) {
  if (ids.length === 0 || replicas.env.adapter !== 'indexeddb') return;
  const keys = ids.map((id) => `interactions:${id}`);
  for (const database of databases) {
    const local = replicas.local(database);
    const found = await local.allDocs({ keys });
    for (const row of found.rows)
      if ('value' in row && !row.value.deleted) await local.purge?.(row.id, row.value.rev);
  }
}

/** How a live sync may skip fixed steps (the background passes these only while an extension page is open). */
export interface SyncOptions {
  /** A recent member check to reuse instead of asking the server again (forgotten when the directory changes). */
  checks?: MemberChecks;
  /**
   * The databases the live watch saw change: only these are pulled before the push (the others' changes would
   * have woken the watch too). Absent: all of them.
   */
  changed?: readonly string[];
  /**
   * Interrupts the sync: every request it has in flight ends at once. The background aborts a running sync when the
   * live watch sees the directory change or a refusal, so a slow or unanswered pull never holds off the member
   * check that wipes an off-boarded base (notes/21.md, session 5).
   */
  signal?: AbortSignal;
}

/** The member check, reused from `checks` when recent, else asked of the server (and remembered). */
async function checkNow(
  env: TeamEnv,
  replicas: Replicas,
  m: TeamMembership,
  checks: MemberChecks | undefined,
): Promise<MemberCheck | null> {
  const key = `${m.url} ${m.firm} ${m.member}`;
  const recent = checks?.recent(key, env.now());
  if (recent) return recent;
  const started = checks?.begin() ?? 0;
  const checked = await checkMember(env, replicas, m);
  if (checked) checks?.remember(started, key, env.now(), checked);
  else checks?.forget();
  return checked;
}

/** One full sync; safe to call at any time (a single user's browser returns at once). */
export async function syncOnce(env: TeamEnv, options: SyncOptions = {}): Promise<SyncOutcome> {
  const membership = await readTeam(env.db, 'membership');
  if (!membership) return { kind: 'single' };
  // The first request the server refuses to authenticate (401) ends the sync's other requests: whatever they
  // bring, the member check comes first, and a pull that takes long (or is never answered) must not delay it.
  const refusal = new AbortController();
  const interrupted = options.signal;
  const replicas = new Replicas(env, membership, {
    signal: interrupted ? AbortSignal.any([interrupted, refusal.signal]) : refusal.signal,
    onUnauthorized: () => refusal.abort(),
  });
  await setStatus(env, { state: 'syncing' });
  try {
    const checked = await checkNow(env, replicas, membership, options.checks);
    if (!checked) {
      await wipeTeamBase(env, replicas, membership, 'revoked');
      return { kind: 'wiped' };
    }
    const m = { ...membership, level: checked.level };
    const kept = await readTeam(env.db, 'window');
    const historyStart = windowStart(kept?.chosen ?? 'all', env.now());
    const change = windowChange(kept?.appliedStart, historyStart);
    const ctx = { ...contextOf(env, replicas, m, checked.members), historyStart };
    // A wider window: the replicas are applied again from their start, and the first pull reads the server's
    // changes from the beginning without a checkpoint (a checkpoint of this selector, from before the window
    // narrowed, would skip what was purged here meanwhile); later pulls use PouchDB's checkpoints as always.
    if (change === 'widen') await reapplyReplicas(env.db, ctx.databases);
    const selector = historyStart === null ? {} : { selector: historySelector(historyStart) };
    let fresh = change === 'widen';
    const pull = async (databases: readonly string[]) => {
      const once = fresh ? { checkpoint: false as const } : {};
      fresh = false;
      let written = 0;
      // Pulled side by side (each database its own checkpoint), then applied one after another. Every pull is
      // waited for, failed or not: one database refused or gone (an off-boarded colleague's, deleted while the
      // directory still lists them) must not close the replicas under the pulls still running, nor keep what
      // the others brought (a hand-over's copies at their new home) out of the base until some later trigger.
      const pulls = await Promise.allSettled(
        databases.map((database) =>
          replicate(
            replicas
              .local(database)
              .replicate.from(replicas.remote(database), { batch_size: 250, ...selector, ...once }),
            database,
          ),
        ),
      );
      for (const [k, database] of databases.entries())
        if (pulls[k]?.status === 'fulfilled') written += (await applyReplica(ctx, database)).written;
      const failed = pulls.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      return written;
    };
    const changed = options.changed;
    // A change the live watch saw: that database only (a widened window reads everything again).
    const first = changed && !fresh ? ctx.databases.filter((d) => changed.includes(d)) : ctx.databases;
    const pulled = await pull(first);
    const flushed: FlushReport = { pushed: 0, written: new Set(), stale: new Set(), refused: [], late: 0 };
    const ROUNDS = 3;
    for (let round = 0; round < ROUNDS; round++) {
      const r = await flushOutbox(ctx, undefined, round === ROUNDS - 1);
      flushed.pushed += r.pushed;
      flushed.refused.push(...r.refused);
      flushed.late += r.late;
      const touched = new Set([...r.written, ...r.stale]);
      if (touched.size === 0) break;
      // Our own writes come back into the replicas (the next merge starts from them); a stale write merges again.
      await pull(ctx.databases.filter((d) => touched.has(d)));
      if (r.stale.size === 0) break;
    }
    // The window is applied after the push, so history written here before it narrowed reaches the server first
    // (what still waits, refused or stale, stays until it is pushed; the next month's narrowing takes it then).
    if (change === 'narrow' && historyStart !== null)
      await forgetOldHistory(replicas, ctx.databases, await pruneHistory(env.db, historyStart));
    if (kept && change !== 'same')
      await writeTeam(env.db, 'window', { chosen: kept.chosen, appliedStart: historyStart });
    const prev = await readTeam(env.db, 'status');
    const refused = (prev?.refused ?? 0) + flushed.refused.length;
    const problem: TeamProblem | undefined = flushed.refused.length
      ? { code: 'refused', count: flushed.refused.length, reason: flushed.refused[0] ?? '' }
      : undefined;
    await setStatus(env, { state: 'idle', lastSyncAt: env.now(), refused, ...(problem ? { problem } : {}) });
    return { kind: 'done', pulled, pushed: flushed.pushed, refused: flushed.refused };
  } catch (e) {
    if (interrupted?.aborted) return { kind: 'interrupted' };
    const problem: TeamProblem = refusal.signal.aborted
      ? { code: 'unauthorized' }
      : ((e as { problem?: TeamProblem }).problem ?? problemOf(e));
    if (problem.code === 'unauthorized' || problem.code === 'forbidden') {
      // A refusal mid-sync: ask the server who we are (never a remembered check); an off-boarded member's base goes.
      // Asked on requests of their own: this sync's were ended by the refusal.
      options.checks?.forget();
      const fresh = new Replicas(env, membership, interrupted ? { signal: interrupted } : {});
      const again = await checkMember(env, fresh, membership).catch(() => undefined);
      if (again === null) {
        await wipeTeamBase(env, replicas, membership, 'revoked');
        return { kind: 'wiped' };
      }
    }
    await setStatus(env, { state: problem.code === 'offline' ? 'offline' : 'error', problem });
    return { kind: 'stopped', problem };
  } finally {
    await replicas.close();
  }
}
