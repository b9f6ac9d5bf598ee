// What a Graph answer that is not a success means for the sync. The same kinds as every provider's failures:
// rate (429, honour Retry-After), server (5xx), network, auth (401), cursor-gone (410 Gone, syncStateNotFound,
// resyncRequired: restart that folder), denied (anything waiting cannot fix). Rate limits are never told apart
// by their message (MailboxConcurrency or the 10-minute budget: both mean "wait"). Kartka's own local 429 for a
// request that never left its gate (GRAPH_BUSY) is `busy`, not a wait Graph asked for.
import { GRAPH_LIMITS } from './limits';

export type GraphFailureKind = 'rate' | 'server' | 'network' | 'auth' | 'cursor-gone' | 'denied' | 'busy';

export interface GraphFailure {
  kind: GraphFailureKind;
  status: number;
  reason?: string;
  /** Graph's own message, as text (untrusted; shown as text only). */
  message?: string;
  retryAfterMs?: number;
}

/**
 * The reason of the local 429 the Graph client answers when the account's 4 slots stayed taken too long
 * (integrations/microsoft/graph-gate.ts): nothing was sent; Kartka's own "busy", not a wait Graph asked for.
 */
export const GRAPH_BUSY = 'KartkaBusy';

/**
 * The reason of the local 429 the Graph client answers when a caller outside the sync (the card from Graph, the
 * folder picker) may not spend a request now: a wait Graph asked for holds, or the mailbox's 10-minute budget is
 * spent. Nothing was sent.
 */
export const GRAPH_NOT_NOW = 'kartka-budget';

/** Error codes that mean the delta state is gone (https://learn.microsoft.com/graph/errors, delta-query-overview). */
const CURSOR_GONE = new Set(['syncstatenotfound', 'syncstateinvalid', 'resyncrequired']);

/** Retry-After as ms: delta-seconds or an HTTP date; clamped to an hour so a bad header cannot silence sync. */
export function retryAfterMs(value: string | null | undefined, now: number): number | undefined {
  const t = value?.trim();
  if (!t) return undefined;
  const clamp = (ms: number) => Math.min(Math.max(0, ms), 60 * 60_000);
  if (/^\d+$/u.test(t)) return clamp(Number(t) * 1000);
  const at = Date.parse(t);
  return Number.isNaN(at) ? undefined : clamp(at - now);
}

/** `body`: the parsed JSON error body when there was one. */
export function classifyGraphError(
  status: number,
  body: unknown,
  retryAfter: string | null,
  now: number,
): GraphFailure {
  const error = typeof body === 'object' && body !== null ? (body as { error?: unknown }).error : undefined;
  const code =
    typeof error === 'object' && error !== null && typeof (error as { code?: unknown }).code === 'string'
      ? (error as { code: string }).code
      : undefined;
  const rawMessage =
    typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  const failure: GraphFailure = { kind: 'denied', status };
  if (code) failure.reason = code.slice(0, 100);
  if (typeof rawMessage === 'string') failure.message = rawMessage.slice(0, 500);
  if (status === 0) failure.kind = 'network';
  else if (status === 401) failure.kind = 'auth';
  else if (status === 410 || (code && CURSOR_GONE.has(code.toLowerCase()))) failure.kind = 'cursor-gone';
  else if (status === 429) failure.kind = code === GRAPH_BUSY ? 'busy' : 'rate';
  else if (status >= 500) failure.kind = 'server';
  if (failure.kind === 'rate' || failure.kind === 'server' || failure.kind === 'busy') {
    failure.retryAfterMs = retryAfterMs(retryAfter, now) ?? GRAPH_LIMITS.defaultRetryAfterMs;
  }
  return failure;
}
