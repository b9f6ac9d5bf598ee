// One HTTPS server on loopback for every fake host (mail pages, hostile framer, APIs), with a
// certificate made per run. Chromium reaches it through --host-resolver-rules, so the real host
// names and the extension's real match patterns are exercised. It stops by itself after `ttlMs`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { generate } from 'selfsigned';

export interface FakeRequest {
  method: string;
  host: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface FakeResponse {
  status?: number;
  type?: string;
  body: string;
  headers?: Record<string, string>;
  /** Drop the connection without answering (a fault: the client sees a network error). */
  drop?: boolean;
}

export type FakeRoute = (req: FakeRequest) => FakeResponse | null | Promise<FakeResponse | null>;

export interface FakeServer {
  port: number;
  hosts: readonly string[];
  /** The Chromium flag that sends every fake host to this server. */
  resolverRules: string;
  close: () => Promise<void>;
}

export const FAKE_HOSTS = [
  'mail.google.com',
  'outlook.office.com',
  'outlook.office365.com',
  'outlook.live.com',
  'outlook.cloud.microsoft',
  'hostile.example',
  'gmail.googleapis.com',
  'people.googleapis.com',
  'graph.microsoft.com',
  'accounts.google.com',
  'oauth2.googleapis.com',
  'web.telegram.org',
  'web.whatsapp.com',
] as const;

/** Starts the server; routes are tried in order and the first non-null answer wins. */
export async function startFakeServer(routes: FakeRoute[], ttlMs = 30 * 60_000): Promise<FakeServer> {
  const pems = await generate([{ name: 'commonName', value: 'kartka-test' }], {
    keyType: 'ec',
    curve: 'P-256',
    extensions: [
      { name: 'subjectAltName', altNames: FAKE_HOSTS.map((value) => ({ type: 2 as const, value })) },
    ],
  });
  const server = createServer({ key: pems.private, cert: pems.cert }, (req, res) => {
    // A client may go away mid-request (a stopped service worker, a closed tab): nothing to answer then.
    handle(routes, req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const timer = setTimeout(() => server.close(), ttlMs);
  timer.unref();
  const rules = FAKE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  return {
    port,
    hosts: FAKE_HOSTS,
    resolverRules: `${rules}, EXCLUDE 127.0.0.1`,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(routes: FakeRoute[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const host = (req.headers.host ?? '').replace(/:\d+$/, '');
  const url = new URL(req.url ?? '/', `https://${host || 'localhost'}`);
  const fake: FakeRequest = {
    method: req.method ?? 'GET',
    host,
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body: Buffer.concat(chunks).toString('utf8'),
  };
  try {
    for (const route of routes) {
      const answer = await route(fake);
      if (!answer) continue;
      if (answer.drop) {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status ?? 200, {
        'content-type': answer.type ?? 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        ...answer.headers,
      });
      res.end(answer.body);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end(`No fake route for ${host}${url.pathname}`);
  } catch (error) {
    res.writeHead(500, { 'content-type': 'text/plain' });
    res.end(String(error));
  }
}
