// The fake Microsoft called in-process: a fetch that hands each request to the fake's routes (no sockets), for
// suites that run thousands of requests on a virtual clock. A dropped connection rejects, as fetch does.
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
