// The firm's base in the background (TEAM.md "Service worker realities"): one-shot pull-then-push syncs on
// triggers — a local write (debounced), a 1-minute alarm, an extension page opening, the browser going online —
// one at a time, and live replication only while an extension page holds the team port open. A browser that never
// joined a firm does nothing here (syncOnce returns at once).
import { browser, type Browser } from '#imports';
import { liveQuery } from 'dexie';
import { auditEntries, type AuditEntry } from '../../core/team/audit';
import type { HistoryWindow } from '../../core/team/history-window';
import { firmDatabases } from '../../core/team/names';
import { readableDatabases } from '../../core/team/route';
import { browserTeamEnv } from '../../integrations/team/browser';
import { joinFirm, leaveFirm, previewJoin, type JoinInput } from '../../integrations/team/join';
import { watchFirm } from '../../integrations/team/live';
import { MemberChecks } from '../../integrations/team/member-check';
import type { TeamEnv } from '../../integrations/team/replicas';
import { authFetch, boundedFetch, getJson } from '../../integrations/team/server';
import { syncOnce, type SyncOutcome } from '../../integrations/team/sync';
import { db } from '../../storage/db';
import { readTeam, writeTeam } from '../../storage/team/state';

const ALARM = 'kartka-team-sync';
/** A burst of edits (typing in a card) goes in one sync. */
const AFTER_WRITE_MS = 500;
/**
 * The same while an extension page is open (live): an edit there is one Enter in a card, and a colleague watching
 * the card waits for it; a burst within this still goes in one sync, and one running sync takes the rest after it.
 */
const LIVE_AFTER_WRITE_MS = 30;
/** A change on the server while live: pulled at once (the long poll already waited for it). */
const AFTER_REMOTE_MS = 0;
/** A sync that stopped while live is tried again after this, doubling up to the alarm's minute. */
const RETRY_FIRST_MS = 2_000;
const RETRY_MAX_MS = 60_000;
let retryMs = RETRY_FIRST_MS;

let env: TeamEnv | null = null;
const teamEnv = () => (env ??= browserTeamEnv(db));

let running: Promise<SyncOutcome | null> | null = null;
let again = false;
let timer: ReturnType<typeof setTimeout> | null = null;
/** When the waiting timer fires (an earlier request moves it forward). */
let timerDue = 0;
/** Interrupts the running sync (see interrupt). */
let current: AbortController | null = null;
/** What the waiting sync must pull: everything, or only the databases the live watch saw change. */
let wanted: { all: boolean; changed: Set<string> } = { all: false, changed: new Set() };
/** The live syncs' recent member check (forgotten when the directory changes or live stops). */
const checks = new MemberChecks();

/** `database`: only it needs pulling; null: nothing before the push (a live edit); absent: everything. */
function want(database?: string | null): void {
  if (database === undefined) wanted.all = true;
  else if (database !== null) wanted.changed.add(database);
}

/**
 * Runs one sync now, or one more right after the running one (a trigger is never lost, never run twice at once).
 * `database` says what to pull before the push (see want); absent, a full sync.
 */
export function syncNow(database?: string | null): Promise<SyncOutcome | null> {
  want(database);
  return start();
}

function start(): Promise<SyncOutcome | null> {
  if (running) {
    again = true;
    return running;
  }
  running = (async () => {
    let outcome: SyncOutcome | null = null;
    do {
      again = false;
      const scope = wanted;
      wanted = { all: false, changed: new Set() };
      outcome = await runOnce(scope.all ? undefined : [...scope.changed]);
    } while (again);
    return outcome;
  })().finally(() => {
    running = null;
  });
  return running;
}

/**
 * Asks for a sync in `ms`: a later request within that time joins the same sync, an earlier one moves it forward
 * (a retry waiting up to a minute must not hold back a change the watch saw, an off-boarding first of all).
 */
function syncSoon(ms: number, database?: string | null): void {
  want(database);
  const due = Date.now() + ms;
  if (timer !== null) {
    if (due >= timerDue) return;
    clearTimeout(timer);
  }
  timerDue = due;
  timer = setTimeout(() => {
    timer = null;
    void start();
  }, ms);
}

/**
 * Ends the running sync's requests at once and syncs again from the member check: the live watch saw the directory
 * change or was refused, and a sync still pulling (slowly, or from a server that never answers) must not hold off
 * what that means — an off-boarded member's base is wiped at this contact, not after the running sync's pulls.
 */
function interrupt(): void {
  checks.forget();
  current?.abort();
  syncSoon(AFTER_REMOTE_MS);
}

async function runOnce(changed?: string[]): Promise<SyncOutcome | null> {
  const stop = new AbortController();
  current = stop;
  try {
    // The fixed steps are skipped only while live: the watch is what makes a remembered check and a partial pull
    // safe (it reports every change, the directory's first of all).
    const live = holders.size > 0 && watch !== null;
    const options = live ? { checks, ...(changed ? { changed } : {}) } : {};
    const outcome = await syncOnce(teamEnv(), { ...options, signal: stop.signal });
    // The next sync is already asked for (interrupt).
    if (outcome.kind === 'interrupted') return outcome;
    if (outcome.kind === 'wiped' || outcome.kind === 'single') stopLive();
    else await keepLive(outcome);
    retryLive(outcome);
    return outcome;
  } catch (e) {
    // Not a known refusal (those are stored by syncOnce): the state must still say the sync did not finish.
    console.error('[Kartka] team sync failed', e);
    const reason = e instanceof Error ? e.message : String(e);
    retryLive({ kind: 'stopped', problem: { code: 'server', status: 0, reason } });
    const status = await readTeam(db, 'status').catch(() => undefined);
    await writeTeam(db, 'status', {
      refused: 0,
      ...status,
      state: 'error',
      at: Date.now(),
      problem: { code: 'server', status: 0, reason },
    }).catch(() => undefined);
    return null;
  } finally {
    if (current === stop) current = null;
  }
}

// ---- Live replication while an extension page is open ----

const holders = new Set<Browser.runtime.Port>();
let watch: { stop: AbortController; key: string } | null = null;

function stopLive(): void {
  watch?.stop.abort();
  watch = null;
  checks.forget();
}

/** Starts (or restarts, when the member's databases changed) the watch of the firm's databases. */
async function keepLive(outcome: SyncOutcome): Promise<void> {
  if (holders.size === 0) return stopLive();
  const m = await readTeam(db, 'membership');
  if (!m) return stopLive();
  const members = (await readTeam(db, 'members')) ?? [];
  // The directory too, first (a slot of its own, see watchFirm): an off-boarding or a level change there syncs at
  // once (and wipes an off-boarded base).
  const databases = [
    firmDatabases(m.firm).directory,
    ...readableDatabases(m.firm, { name: m.member, level: m.level }, members),
  ];
  const key = `${m.url} ${m.member} ${databases.join(',')}`;
  if (watch?.key !== key) {
    stopLive();
    const stop = new AbortController();
    watch = { stop, key };
    // A refused or vanished database (401/403/404) means access changed: the sync finds out what and says so; a
    // refusal ends the running sync first (interrupt).
    const onError = (e: unknown) => {
      const status = (e as { status?: unknown }).status;
      if (status === 401 || status === 403) interrupt();
      else if (typeof status === 'number') {
        checks.forget();
        syncSoon(AFTER_REMOTE_MS);
      }
    };
    const directory = firmDatabases(m.firm).directory;
    const onChange = (database: string) => {
      // The directory changed (an off-boarding, a level): the running sync ends, the next asks the server and
      // pulls everything.
      if (database === directory) interrupt();
      else syncSoon(AFTER_REMOTE_MS, database);
    };
    void watchFirm(authFetch(m.auth), m.url, databases, stop.signal, onChange, onError);
  }
  const status = await readTeam(db, 'status');
  if (outcome.kind === 'done' && status?.state === 'idle')
    await writeTeam(db, 'status', { ...status, state: 'live' });
}

/**
 * While live, a stopped sync is tried again soon: the change that woke it is already past, the watch restarts from
 * now when the member's databases changed (an off-boarding does that), and nothing else would come before the
 * alarm's minute. Offline waits for the browser's `online`; a refusal is the member's to fix.
 */
function retryLive(outcome: SyncOutcome): void {
  if (outcome.kind !== 'stopped') {
    retryMs = RETRY_FIRST_MS;
    return;
  }
  const code = outcome.problem.code;
  if (watch === null || code === 'offline' || code === 'unauthorized' || code === 'forbidden') return;
  syncSoon(retryMs);
  retryMs = Math.min(retryMs * 2, RETRY_MAX_MS);
}

/** An extension page showing the base opened: sync now, and live until the last one closes. */
export function holdLive(port: Browser.runtime.Port): void {
  holders.add(port);
  port.onDisconnect.addListener(() => {
    holders.delete(port);
    if (holders.size > 0) return;
    stopLive();
    void readTeam(db, 'status').then((s) =>
      s?.state === 'live' ? writeTeam(db, 'status', { ...s, state: 'idle' }) : undefined,
    );
  });
  void syncNow();
}

/** Starts the triggers; call once from the background's main(). */
export function startTeamSync(): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void syncNow();
  });
  void browser.alarms.get(ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(ALARM, { periodInMinutes: 1 });
  });
  globalThis.addEventListener('online', () => syncSoon(0));
  // Pages write the base themselves; their writes land in the outbox, which any context's change wakes here.
  liveQuery(() => db.teamOutbox.count()).subscribe({
    next: (waiting) => {
      // Live, the replicas are as current as the watch keeps them: the edit is pushed first (a stale one meets a
      // 409, and the sync pulls and merges it again), then what it wrote is pulled back.
      if (waiting > 0 && holders.size > 0) syncSoon(LIVE_AFTER_WRITE_MS, null);
      else if (waiting > 0) syncSoon(AFTER_WRITE_MS);
    },
    error: (e: unknown) => console.error('[Kartka] watching the team outbox failed', e),
  });
  syncSoon(0);
}

/** The firm's audit log (admins only: the server refuses anyone else). */
async function readAuditLog(): Promise<AuditEntry[]> {
  const m = await readTeam(db, 'membership');
  if (!m) return [];
  const all = await getJson<{ rows: { doc?: unknown }[] }>(
    authFetch(m.auth, boundedFetch(fetch)),
    `${m.url}/${firmDatabases(m.firm).admin}/_all_docs?include_docs=true`,
  );
  return auditEntries(all.rows.map((r) => r.doc));
}

export const teamActions = {
  async 'team.preview'(input: JoinInput) {
    return previewJoin(teamEnv(), input);
  },
  async 'team.join'(input: JoinInput) {
    await running?.catch(() => undefined);
    const result = await joinFirm(teamEnv(), input);
    if (result.sync) await keepLive(result.sync);
    return { preview: result.preview, sync: result.sync ?? null };
  },
  async 'team.leave'() {
    await running?.catch(() => undefined);
    stopLive();
    await leaveFirm(teamEnv());
    return null;
  },
  async 'team.sync'() {
    return syncNow();
  },
  async 'team.audit'() {
    return readAuditLog();
  },
  /** Keeps the choice (and the start the base holds now); the sync applies it: prunes, or brings history back. */
  async 'team.window'({ window }: { window: HistoryWindow }) {
    const kept = await readTeam(db, 'window');
    await writeTeam(db, 'window', { ...kept, chosen: window });
    return syncNow();
  },
};
