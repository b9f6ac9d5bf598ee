// Joining a firm: check the member with the server and show what will happen (a preview), then move the base
// into the member's own firm database (every client becomes theirs) and sync. Leaving removes the firm's base
// from this browser. A user who never joins keeps today's local base, untouched.
import type { TeamMembership } from '../../core/team/membership';
import { firmIdProblem, ownsClients, type Level } from '../../core/team/names';
import { enqueueAll } from '../../storage/team/outbox';
import { readTeam, writeTeam } from '../../storage/team/state';
import { Replicas, type TeamEnv } from './replicas';
import { readDirectory, ServerError, session } from './server';
import { syncOnce, type SyncOutcome } from './sync';
import { wipeTeamBase } from './wipe';

export interface JoinInput {
  url: string;
  firm: string;
  user: string;
  password: string;
}

/** Why a join cannot go ahead, as a code the page words in the reader's language. */
export type JoinProblem =
  | { code: 'bad-url' }
  | { code: 'bad-firm' }
  | { code: 'unreachable'; reason: string }
  | { code: 'wrong-password' }
  | { code: 'not-member' }
  | { code: 'already-joined'; firm: string }
  | { code: 'server'; status: number; reason: string };

export type JoinPreview =
  | {
      ok: true;
      firm: string;
      title: string;
      member: string;
      displayName: string;
      level: Level;
      /** What this browser's base holds now: it moves into the member's own database (admins and managers). */
      local: { people: number; companies: number; interactions: number; tasks: number; deals: number };
      /** A read-only member cannot bring a base: it stays on this device only, and goes if they are let go. */
      uploads: boolean;
    }
  | { ok: false; problem: JoinProblem };

/** The server URL as the extension stores it (no trailing slash), or null when it is not an http(s) URL. */
export function normalizeUrl(raw: string): string | null {
  try {
    const u = new URL(raw.trim());
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
    if (u.username || u.password) return null;
    return u.toString().replace(/\/+$/, '');
  } catch {
    return null;
  }
}

function membershipOf(
  input: JoinInput,
  url: string,
  who: { level: Level },
  displayName: string,
  now: number,
): TeamMembership {
  return {
    firm: input.firm,
    url,
    member: input.user,
    displayName,
    level: who.level,
    auth: { kind: 'basic', user: input.user, password: input.password },
    joinedAt: now,
  };
}

/** Checks the member with the server and reads what joining would do; changes nothing. */
export async function previewJoin(env: TeamEnv, input: JoinInput): Promise<JoinPreview> {
  const url = normalizeUrl(input.url);
  if (!url) return { ok: false, problem: { code: 'bad-url' } };
  if (firmIdProblem(input.firm)) return { ok: false, problem: { code: 'bad-firm' } };
  const current = await readTeam(env.db, 'membership');
  if (current) return { ok: false, problem: { code: 'already-joined', firm: current.firm } };
  const probe = membershipOf(input, url, { level: 'readonly' }, input.user, env.now());
  const replicas = new Replicas(env, probe);
  try {
    const who = await session(replicas.fetch, url, input.firm);
    if (who.name === null) return { ok: false, problem: { code: 'wrong-password' } };
    if (who.level === null) return { ok: false, problem: { code: 'not-member' } };
    const directory = await readDirectory(replicas.fetch, url, input.firm);
    const me = directory.members.find((m) => m.name === input.user);
    if (!me?.active) return { ok: false, problem: { code: 'not-member' } };
    const db = env.db;
    const [people, companies, interactions, tasks, deals] = await Promise.all([
      db.people.count(),
      db.companies.count(),
      db.interactions.count(),
      db.tasks.count(),
      db.deals.count(),
    ]);
    return {
      ok: true,
      firm: input.firm,
      title: directory.title,
      member: input.user,
      displayName: me.displayName,
      level: who.level,
      local: { people, companies, interactions, tasks, deals },
      uploads: ownsClients(who.level),
    };
  } catch (e) {
    if (e instanceof ServerError) {
      if (e.status === 0) return { ok: false, problem: { code: 'unreachable', reason: e.reason } };
      if (e.status === 401) return { ok: false, problem: { code: 'wrong-password' } };
      if (e.status === 403) return { ok: false, problem: { code: 'not-member' } };
      return { ok: false, problem: { code: 'server', status: e.status, reason: e.reason } };
    }
    throw e;
  }
}

/**
 * Joins: stores the membership (from here on every write is tracked), makes every client here the member's own
 * and queues the whole base for upload, then syncs. Call after `previewJoin` said yes and the page made a backup.
 */
export async function joinFirm(
  env: TeamEnv,
  input: JoinInput,
): Promise<{ preview: JoinPreview; sync?: SyncOutcome }> {
  const preview = await previewJoin(env, input);
  if (!preview.ok) return { preview };
  const url = normalizeUrl(input.url) ?? input.url;
  const now = env.now();
  const membership = membershipOf(input, url, preview, preview.displayName, now);
  await writeTeam(env.db, 'membership', membership);
  await writeTeam(env.db, 'status', { state: 'syncing', at: now, refused: 0 });
  if (preview.uploads) {
    const db = env.db;
    // Every client becomes the member's own, written through the one write path (the outbox middleware
    // stamps the change and queues the record); the list's manager shows their name where none was set.
    const adopt = (c: { owner?: string; manager?: string }) => {
      c.owner = membership.member;
      if (!c.manager) c.manager = membership.displayName;
    };
    await db.transaction('rw', db.people, db.companies, async () => {
      await db.people.toCollection().modify(adopt);
      await db.companies.toCollection().modify(adopt);
    });
    await enqueueAll(db, now);
  }
  return { preview, sync: await syncOnce(env) };
}

/** Leaves the firm on this browser: its replicas and the base go (the firm keeps its data on the server). */
export async function leaveFirm(env: TeamEnv): Promise<void> {
  const membership = await readTeam(env.db, 'membership');
  if (!membership) return;
  await wipeTeamBase(env, new Replicas(env, membership), membership, 'left');
}
