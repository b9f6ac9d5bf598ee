// Node's side of the fake hosts: a fetch whose connections go to the fake server on loopback whatever the
// URL's host, with TLS SNI set to the real host name (the certificate is the test's own, so not verified).
import { connect } from 'node:tls';
import { Agent, fetch as undiciFetch } from 'undici';
import type { FakeServer } from '../server';

export function fetchVia(server: Pick<FakeServer, 'port'>): typeof fetch {
  const agent = new Agent({
    connect: (opts, done) => {
      const socket = connect({
        host: '127.0.0.1',
        port: server.port,
        servername: opts.hostname,
        rejectUnauthorized: false,
        ALPNProtocols: ['http/1.1'],
      });
      socket.once('secureConnect', () => done(null, socket));
      socket.once('error', (error) => done(error, null));
    },
  });
  const viaFake = (input: Parameters<typeof fetch>[0], init?: RequestInit) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], {
      ...(init as Parameters<typeof undiciFetch>[1]),
      dispatcher: agent,
    });
  return viaFake as unknown as typeof fetch;
}
