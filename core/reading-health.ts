// How well the mail pages read in this browser, per site: threads read, threads unreadable (and how many of
// those the base could still show), and the last problem with the hooks it missed. Kept on the device only.
import type { Provider } from './mail';

/** The storage.local key the background keeps the counts under. */
export const READING_HEALTH_KEY = 'reading-health';

export interface ReadingProblem {
  at: number;
  /** The adapter's reason (English, for bug reports). */
  reason: string;
  /** Registry names of the hooks not found. */
  missing: string[];
  /** The route's shape (`inbox/<id>`): no id, label or query. */
  route: string;
}

export interface SiteHealth {
  read: number;
  unreadable: number;
  /** Unreadable threads whose card the base could still show. */
  fromBase: number;
  lastReadAt?: number;
  lastProblem?: ReadingProblem;
}

export type ReadingHealth = Record<Provider, SiteHealth>;

export type ReadingEvent =
  | { kind: 'read'; site: Provider; at: number }
  | { kind: 'unreadable'; site: Provider; problem: ReadingProblem; fromBase: boolean };

export const emptyHealth = (): ReadingHealth => ({
  gmail: { read: 0, unreadable: 0, fromBase: 0 },
  outlook: { read: 0, unreadable: 0, fromBase: 0 },
});

const count = (n: unknown) => (typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.floor(n) : 0);

/** A stored value as health, whatever it holds (an older or damaged copy counts from zero, never throws). */
export function healthOf(stored: unknown): ReadingHealth {
  const health = emptyHealth();
  if (typeof stored !== 'object' || stored === null) return health;
  for (const site of ['gmail', 'outlook'] as const) {
    const s = (stored as Record<string, Partial<SiteHealth> | undefined>)[site];
    if (!s || typeof s !== 'object') continue;
    health[site] = { read: count(s.read), unreadable: count(s.unreadable), fromBase: count(s.fromBase) };
    if (typeof s.lastReadAt === 'number') health[site].lastReadAt = s.lastReadAt;
    const p = s.lastProblem;
    if (p && typeof p.at === 'number' && typeof p.reason === 'string' && Array.isArray(p.missing))
      health[site].lastProblem = {
        at: p.at,
        reason: p.reason,
        missing: p.missing.filter((m): m is string => typeof m === 'string'),
        route: typeof p.route === 'string' ? p.route : '',
      };
  }
  return health;
}

/** The health after one more thread read or found unreadable. */
export function recordReading(health: ReadingHealth, event: ReadingEvent): ReadingHealth {
  const site = health[event.site];
  const next: SiteHealth =
    event.kind === 'read'
      ? { ...site, read: site.read + 1, lastReadAt: event.at }
      : {
          ...site,
          unreadable: site.unreadable + 1,
          fromBase: site.fromBase + Number(event.fromBase),
          lastProblem: event.problem,
        };
  return { ...health, [event.site]: next };
}
