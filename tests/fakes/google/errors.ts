// Google's JSON error bodies as the real APIs send them (the "errors" list of the v1 format plus the
// google.rpc "status" and, where Google documents one, an ErrorInfo detail).
import type { FakeResponse } from '../server';

export interface GoogleErrorSpec {
  code: number;
  status: string;
  message: string;
  /** The legacy `errors[]` entry: domain and reason (Gmail's rate limits are told by domain `usageLimits`). */
  domain?: string;
  reason?: string;
  /** An ErrorInfo detail (People's EXPIRED_SYNC_TOKEN). */
  info?: { reason: string; domain: string };
  retryAfterSeconds?: number;
}

export function googleErrorBody(e: GoogleErrorSpec): string {
  const error: Record<string, unknown> = { code: e.code, message: e.message, status: e.status };
  if (e.domain && e.reason) error.errors = [{ message: e.message, domain: e.domain, reason: e.reason }];
  if (e.info)
    error.details = [
      { '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: e.info.reason, domain: e.info.domain },
    ];
  return JSON.stringify({ error });
}

export function googleError(e: GoogleErrorSpec): FakeResponse {
  const headers: Record<string, string> = {};
  if (e.retryAfterSeconds !== undefined) headers['retry-after'] = String(e.retryAfterSeconds);
  return { status: e.code, type: 'application/json; charset=UTF-8', body: googleErrorBody(e), headers };
}

export const ERRORS = {
  unauthenticated: (): GoogleErrorSpec => ({
    code: 401,
    status: 'UNAUTHENTICATED',
    message:
      'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.',
    domain: 'global',
    reason: 'authError',
  }),
  insufficientScope: (): GoogleErrorSpec => ({
    code: 403,
    status: 'PERMISSION_DENIED',
    message: 'Request had insufficient authentication scopes.',
    domain: 'global',
    reason: 'insufficientPermissions',
  }),
  metadataScope: (what: string): GoogleErrorSpec => ({
    code: 403,
    status: 'PERMISSION_DENIED',
    message: `Metadata scope ${what}`,
    domain: 'global',
    reason: 'forbidden',
  }),
  notFound: (): GoogleErrorSpec => ({
    code: 404,
    status: 'NOT_FOUND',
    message: 'Requested entity was not found.',
    domain: 'global',
    reason: 'notFound',
  }),
  invalidArgument: (message: string): GoogleErrorSpec => ({
    code: 400,
    status: 'INVALID_ARGUMENT',
    message,
    domain: 'global',
    reason: 'invalidArgument',
  }),
  userRateLimit: (until: number, code: 429 | 403, seconds?: number): GoogleErrorSpec => ({
    code,
    status: code === 429 ? 'RESOURCE_EXHAUSTED' : 'PERMISSION_DENIED',
    message: `User-rate limit exceeded.  Retry after ${new Date(until).toISOString()}`,
    domain: 'usageLimits',
    reason: code === 429 ? 'rateLimitExceeded' : 'userRateLimitExceeded',
    ...(seconds === undefined ? {} : { retryAfterSeconds: seconds }),
  }),
  concurrent: (): GoogleErrorSpec => ({
    code: 429,
    status: 'RESOURCE_EXHAUSTED',
    message: 'Too many concurrent requests for user',
    domain: 'usageLimits',
    reason: 'rateLimitExceeded',
  }),
  backend: (code: 500 | 503): GoogleErrorSpec => ({
    code,
    status: code === 500 ? 'INTERNAL' : 'UNAVAILABLE',
    message: code === 500 ? 'Internal error encountered.' : 'The service is currently unavailable.',
    domain: 'global',
    reason: code === 500 ? 'backendError' : 'backendError',
  }),
  expiredSyncToken: (): GoogleErrorSpec => ({
    code: 400,
    status: 'FAILED_PRECONDITION',
    message: 'Sync token is expired. Clear local cache and retry call without the sync token.',
    info: { reason: 'EXPIRED_SYNC_TOKEN', domain: 'people.googleapis.com' },
  }),
};
