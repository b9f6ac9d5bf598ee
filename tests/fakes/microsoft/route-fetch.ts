// The fake Microsoft called in-process: a fetch that hands each request to the fake's routes (no sockets), for
// suites that run thousands of requests on a virtual clock. A dropped connection rejects, as fetch does.
import type { AuthDeps, StoredTokens, TokenVault } from '../../../integrations/microsoft/auth';
import type { FakeRequest, FakeRoute } from '../server';

export function routeFetch(
  routes: readonly FakeRoute[],
): (input: RequestInfo | URL, init?: RequestInit) => Promise<Response> {
  return async (input, init = {}) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const headers: FakeRequest['headers'] = {};
    request.headers.forEach((value, key) => {
      headers[key] = value;
    });
    const fake: FakeRequest = {
      method: request.method,
      host: url.host,
      path: url.pathname,
      query: url.searchParams,
      headers,
      body: request.method === 'GET' || request.method === 'HEAD' ? '' : await request.text(),
    };
    for (const route of routes) {
      const answer = await route(fake);
      if (!answer) continue;
      if (answer.drop) throw new TypeError('fetch failed: the connection was reset');
      const status = answer.status ?? 200;
      return new Response(status === 204 || status === 304 ? null : answer.body, {
        status,
        headers: { 'content-type': answer.type ?? 'text/html; charset=utf-8', ...answer.headers },
      });
    }
    return new Response(`No fake route for ${url.host}${url.pathname}`, { status: 404 });
  };
}

/**
 * Sign-in against the in-process fake as the extension does it: the authorize page's redirect taken at once
 * (launchWebAuthFlow with a signed-in session), token requests sent with the extension's Origin (Microsoft
 * redeems SPA codes cross-origin only), tokens kept in a Map (the session vault).
 */
export function inProcessAuth(
  wire: ReturnType<typeof routeFetch>,
  redirectUri: string,
  now: () => number,
): AuthDeps & { vault: TokenVault & { tokens: Map<string, StoredTokens> } } {
  const tokens = new Map<string, StoredTokens>();
  return {
    launch: async (url) => (await wire(url)).headers.get('location') ?? undefined,
    fetch: (input, init) => {
      const headers = new Headers(init?.headers);
      headers.set('origin', 'chrome-extension://kartkaextensionid');
      return wire(input, { ...init, headers });
    },
    redirectUri,
    now,
    vault: {
      tokens,
      get: async (id) => tokens.get(id) ?? null,
      set: async (id, t) => void tokens.set(id, t),
      remove: async (id) => void tokens.delete(id),
    },
  };
}
