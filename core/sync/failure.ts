// What a failed request means for the sync, independent of the provider, and how long to wait before the next
// try. Providers turn their error bodies into a `Failure` (core/sync/google/errors.ts); the runner acts on it.
import { SYNC_LIMITS } from './limits';

/**
 * - `rate`: the provider asked us to slow down (429, Gmail's 403 `usageLimits`): wait, honouring Retry-After.
 * - `server`: 5xx: wait and retry.
 * - `network`: the connection dropped or never opened: wait and retry.
 * - `auth`: 401: renew the token once, then ask the user to reconnect.
 * - `cursor-gone`: the stored cursor is no longer valid (Gmail history 404, People EXPIRED_SYNC_TOKEN, Graph
 *   410): restart that stream without refetching what is stored.
 * - `denied`: a refusal waiting cannot fix (403 without `usageLimits`, 400): an error the user sees.
 * - `local`: the base could not store a result (disk full, an aborted transaction): retried with backoff.
 * - `busy`: nothing was sent: Kartka's own callers held every request slot the provider allows for the account
 *   (Graph's shared gate, integrations/microsoft/graph-gate.ts) for the whole bounded wait. Not the provider's
 *   wish: no backoff and no failure are stored, nothing is charged, and the op is simply tried again shortly.
 */
export type FailureKind =
  'rate' | 'server' | 'network' | 'auth' | 'cursor-gone' | 'denied' | 'local' | 'busy';

export interface Failure {
  kind: FailureKind;
  /** HTTP status, 0 for a network failure. */
  status: number;
  /** The provider's reason when it gave one (for the panel and logs; never branched on for rate limits). */
  reason?: string;
  /** The provider's own message, as text (untrusted; shown as text only). */
  message?: string;
  /** Milliseconds the provider asked us to wait (Retry-After), already clamped. */
  retryAfterMs?: number;
}

/** Failures that heal by waiting. */
export const isTransient = (f: Failure): boolean =>
  f.kind === 'rate' || f.kind === 'server' || f.kind === 'network';

/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or bad. */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const clamp = (ms: number) => Math.min(Math.max(0, ms), SYNC_LIMITS.backoff.maxRetryAfterMs);
  if (/^\d+$/u.test(text)) return clamp(Number(text) * 1000);
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : clamp(at - now);
}

/**
 * The wait before retry number `attempt` (1 = the first retry): exponential backoff with "equal jitter" (half
 * the ceiling fixed, half random; AWS architecture blog, "Exponential Backoff And Jitter"), so parallel clients
 * spread out yet none retries at once; never shorter than what the provider asked for.
 * `random` is in [0, 1): a parameter so tests and the fault suite are reproducible.
 */
export function backoffDelay(failure: Failure, attempt: number, random: number): number {
  const { baseMs, maxMs, deniedRetryMs } = SYNC_LIMITS.backoff;
  if (failure.kind === 'denied') return deniedRetryMs;
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const jittered = Math.round(ceiling / 2 + (random * ceiling) / 2);
  return Math.max(jittered, failure.retryAfterMs ?? 0);
}

/** How long to wait before restarting a stream the provider forgot, given its restarts within the window. */
export function restartDelay(recentRestarts: number): number {
  const { restartBaseMs, maxMs } = SYNC_LIMITS.backoff;
  return recentRestarts < 2 ? 0 : Math.min(maxMs, restartBaseMs * 2 ** (recentRestarts - 2));
}

/** Restarts still inside the window that counts them. */
export function recentRestarts(restarts: readonly number[], now: number): number[] {
  return restarts.filter((at) => at > now - SYNC_LIMITS.backoff.restartWindowMs);
}

/** A status-only classification, for providers whose body says nothing more (and as the default). */
export function classifyStatus(status: number): FailureKind {
  if (status === 0) return 'network';
  if (status === 401) return 'auth';
  if (status === 429) return 'rate';
  if (status >= 500) return 'server';
  return 'denied';
}
