// Funnel and analytics from plain arrays: clients per stage over time, conversion, new vs lost, deals,
// activity per manager. `now` is passed in; months are local calendar months keyed 'YYYY-MM'.
import type { Deal, Interaction, Person, StageDef, Task } from './model';

/** The client fields analytics read (a person or a company). */
export interface AnalyticsClient {
  id: string;
  createdAt: number;
  stage?: { stage: string; since: number };
  manager?: string;
}

/** Stage counts recorded for a month, so "per stage over time" shows what really was, not an estimate. */
export type StageSnapshots = Record<string, Record<string, number>>;

/** 'YYYY-MM' of an instant, in local time. */
export function monthKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

/** The last `count` month keys, oldest first, ending with the month of `now`. */
export function lastMonths(now: number, count: number): string[] {
  const d = new Date(now);
  return Array.from({ length: count }, (_, i) =>
    monthKey(new Date(d.getFullYear(), d.getMonth() - (count - 1 - i), 1).getTime()),
  );
}

/** Local midnight of the first day after the month. */
function monthEnd(key: string): number {
  const [y, m] = key.split('-').map(Number);
  return new Date(y ?? 1970, m ?? 1, 1).getTime();
}

/** Current number of clients per stage id. */
export function stageCounts(clients: readonly AnalyticsClient[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const c of clients) if (c.stage) out[c.stage.stage] = (out[c.stage.stage] ?? 0) + 1;
  return out;
}

export interface StageMonth {
  month: string;
  counts: Record<string, number>;
  /** Clients that existed then but whose stage at the time is not known (they changed stage since). */
  unknown: number;
  source: 'live' | 'snapshot' | 'estimate';
}

/**
 * Clients per stage at the end of each month: the current month is live, a month with a recorded snapshot
 * uses it, and older months are estimated from when each client was created and entered its current stage.
 */
export function stagesOverTime(
  clients: readonly AnalyticsClient[],
  snapshots: StageSnapshots,
  months: readonly string[],
  now: number,
): StageMonth[] {
  const current = monthKey(now);
  return months.map((month) => {
    if (month === current) return { month, counts: stageCounts(clients), unknown: 0, source: 'live' };
    const snap = snapshots[month];
    if (snap) return { month, counts: { ...snap }, unknown: 0, source: 'snapshot' };
    const end = monthEnd(month);
    const counts: Record<string, number> = {};
    let unknown = 0;
    for (const c of clients) {
      if (!c.stage || c.createdAt >= end) continue;
      if (c.stage.since < end) counts[c.stage.stage] = (counts[c.stage.stage] ?? 0) + 1;
      else unknown++;
    }
    return { month, counts, unknown, source: 'estimate' };
  });
}

export interface FunnelStep {
  stage: string;
  /** Clients in this stage now. */
  count: number;
  /** Clients in this stage or further along the pipeline (lost clients excluded). */
  reached: number;
  /** Share of those who reached this stage that reached the next one; null for the last stage. */
  conversion: number | null;
}

/** The funnel over the open and won stages in pipeline order: a client in a later stage has passed the earlier ones. */
export function funnel(clients: readonly AnalyticsClient[], pipeline: readonly StageDef[]): FunnelStep[] {
  const steps = pipeline.filter((s) => s.kind !== 'lost');
  const counts = stageCounts(clients);
  const reached = steps.map((_, i) => steps.slice(i).reduce((sum, s) => sum + (counts[s.id] ?? 0), 0));
  return steps.map((s, i) => {
    const here = reached[i] ?? 0;
    const next = reached[i + 1];
    return {
      stage: s.id,
      count: counts[s.id] ?? 0,
      reached: here,
      conversion: next === undefined ? null : here === 0 ? 0 : next / here,
    };
  });
}

export interface NewLostMonth {
  month: string;
  new: number;
  lost: number;
}

/** Per month: clients added to the base, and clients who entered a lost stage. */
export function newVsLost(
  clients: readonly AnalyticsClient[],
  pipeline: readonly StageDef[],
  months: readonly string[],
): NewLostMonth[] {
  const lostStages = new Set(pipeline.filter((s) => s.kind === 'lost').map((s) => s.id));
  const rows = new Map(months.map((m) => [m, { month: m, new: 0, lost: 0 }]));
  for (const c of clients) {
    if (!c.stage) continue;
    const added = rows.get(monthKey(c.createdAt));
    if (added) added.new++;
    if (lostStages.has(c.stage.stage)) {
      const lost = rows.get(monthKey(c.stage.since));
      if (lost) lost.lost++;
    }
  }
  return [...rows.values()];
}

export interface DealMonth {
  month: string;
  won: number;
  lost: number;
  /** Amounts in the main currency only (other currencies are in the totals). */
  wonAmount: number;
  lostAmount: number;
}

export interface CurrencyTotal {
  currency: string;
  won: number;
  lost: number;
  wonAmount: number;
  lostAmount: number;
}

/** Deals closed per month (count and amount in `currency`), and totals for every currency over those months. */
export function dealsByMonth(
  deals: readonly Pick<Deal, 'status' | 'amount' | 'currency' | 'closedAt'>[],
  months: readonly string[],
  currency: string,
): { months: DealMonth[]; totals: CurrencyTotal[] } {
  const main = currency.toUpperCase();
  const rows = new Map(months.map((m) => [m, { month: m, won: 0, lost: 0, wonAmount: 0, lostAmount: 0 }]));
  const totals = new Map<string, CurrencyTotal>();
  for (const d of deals) {
    if (d.status === 'open' || d.closedAt === undefined) continue;
    const row = rows.get(monthKey(d.closedAt));
    if (!row) continue;
    const cur = (d.currency ?? main).toUpperCase();
    const amount = d.amount ?? 0;
    const total = totals.get(cur) ?? { currency: cur, won: 0, lost: 0, wonAmount: 0, lostAmount: 0 };
    totals.set(cur, total);
    if (d.status === 'won') {
      row.won++;
      total.won++;
      total.wonAmount += amount;
      if (cur === main) row.wonAmount += amount;
    } else {
      row.lost++;
      total.lost++;
      total.lostAmount += amount;
      if (cur === main) row.lostAmount += amount;
    }
  }
  return {
    months: [...rows.values()],
    totals: [...totals.values()].sort((a, b) => b.wonAmount - a.wonAmount),
  };
}

export interface ManagerActivity {
  /** '' for clients without a manager. */
  manager: string;
  clients: number;
  interactions: number;
  dealsWon: number;
  tasksDone: number;
}

/** Work per manager since `from`: clients owned, emails/calls/meetings with their clients, deals won, tasks done. */
export function activityByManager(
  people: readonly Pick<Person, 'id' | 'manager'>[],
  interactions: readonly Pick<Interaction, 'kind' | 'at' | 'personIds'>[],
  deals: readonly Pick<Deal, 'status' | 'closedAt' | 'personId'>[],
  tasks: readonly Pick<Task, 'done' | 'doneAt' | 'personId'>[],
  from: number,
): ManagerActivity[] {
  const managerOf = new Map(people.map((p) => [p.id as string, p.manager ?? '']));
  const rows = new Map<string, ManagerActivity>();
  const row = (manager: string) => {
    let r = rows.get(manager);
    if (!r) rows.set(manager, (r = { manager, clients: 0, interactions: 0, dealsWon: 0, tasksDone: 0 }));
    return r;
  };
  for (const p of people) row(p.manager ?? '').clients++;
  for (const i of interactions) {
    if (i.kind === 'note' || i.at < from) continue;
    const managers = new Set(i.personIds.flatMap((id) => managerOf.get(id) ?? []));
    for (const m of managers) row(m).interactions++;
  }
  for (const d of deals) {
    if (d.status === 'won' && d.closedAt !== undefined && d.closedAt >= from && d.personId)
      row(managerOf.get(d.personId) ?? '').dealsWon++;
  }
  for (const task of tasks) {
    if (task.done && task.doneAt !== undefined && task.doneAt >= from && task.personId)
      row(managerOf.get(task.personId) ?? '').tasksDone++;
  }
  return [...rows.values()].sort((a, b) => b.interactions - a.interactions || b.clients - a.clients);
}
