// Google API errors as sync failures. The body is Google's JSON error (`{"error":{code, message, status,
// errors:[{domain, reason}], details:[{"@type": …ErrorInfo, reason}]}}`); anything else is judged by status.
// Rate limits are told apart by the `usageLimits` domain, never by the reason string (SYNC.md); an expired
// People sync token is told by its ErrorInfo reason, which is what Google documents for it.
import { classifyStatus, parseRetryAfter, type Failure } from '../failure';

interface GoogleErrorBody {
  code?: unknown;
  message?: unknown;
  status?: unknown;
  errors?: unknown;
  details?: unknown;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function errorOf(body: unknown): GoogleErrorBody | null {
  if (typeof body !== 'object' || body === null) return null;
  const e = (body as { error?: unknown }).error;
  return typeof e === 'object' && e !== null ? (e as GoogleErrorBody) : null;
}

function listOf(v: unknown): Record<string, unknown>[] {
  return Array.isArray(v)
    ? v.filter((x): x is Record<string, unknown> => typeof x === 'object' && x !== null)
    : [];
}

/** Which call failed, where the meaning of a status depends on it (a 404 on history.list is a lost cursor). */
export type GoogleCall = 'history' | 'contacts' | 'other';

/** A failed Google response as a sync failure. `body`: the parsed JSON, or the raw text when it was not JSON. */
export function googleFailure(
  status: number,
  body: unknown,
  retryAfter: string | null,
  call: GoogleCall,
  now: number,
): Failure {
  const error = errorOf(body);
  const errors = listOf(error?.errors);
  const details = listOf(error?.details);
  const reasons = [...errors.map((e) => text(e.reason)), ...details.map((d) => text(d.reason))].filter(
    (r): r is string => r !== undefined,
  );
  const failure: Failure = { kind: classifyStatus(status), status };
  const reason = reasons[0] ?? text(error?.status);
  if (reason) failure.reason = reason;
  const message = text(error?.message) ?? (typeof body === 'string' ? text(body.slice(0, 300)) : undefined);
  if (message) failure.message = message;
  const wait = parseRetryAfter(retryAfter, now);
  if (wait !== undefined) failure.retryAfterMs = wait;

  if (status === 403 && errors.some((e) => e.domain === 'usageLimits')) failure.kind = 'rate';
  if (status === 404 && call === 'history') failure.kind = 'cursor-gone';
  if (status === 410) failure.kind = 'cursor-gone';
  if (status === 400 && call === 'contacts' && reasons.includes('EXPIRED_SYNC_TOKEN'))
    failure.kind = 'cursor-gone';
  return failure;
}

/** A dropped connection, a DNS failure, an aborted fetch: the request never got an answer. */
export function networkFailure(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'network', status: 0, message };
}
