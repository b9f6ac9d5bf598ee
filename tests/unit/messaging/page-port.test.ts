import { describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { isPagePort, servePage } from '../../../entrypoints/background/page-port';
import { PagePoster, type PortLike } from '../../../integrations/messaging/client';
import { PAGE_PORT } from '../../../integrations/messaging/protocol';

/** A port whose two ends the test drives: what was posted, and the listeners to call. */
function fakePort(opts: { failPosts?: number } = {}) {
  let fails = opts.failPosts ?? 0;
  const posted: unknown[] = [];
  const onMessage: ((m: unknown) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: PortLike = {
    postMessage(message) {
      if (fails > 0) {
        fails--;
        throw new Error('Attempting to use a disconnected port object');
      }
      posted.push(message);
    },
    onMessage: { addListener: (cb) => onMessage.push(cb) },
    onDisconnect: { addListener: (cb) => onDisconnect.push(cb) },
  };
  return {
    port,
    posted,
    receive: (m: unknown) => onMessage.forEach((cb) => cb(m)),
    disconnect: () => onDisconnect.forEach((cb) => cb()),
  };
}

function next<T>(queue: T[]): T {
  const item = queue.shift();
  if (item === undefined) throw new Error('connected more often than the test expected');
  return item;
}

describe('PagePoster (mail page → background)', () => {
  it('posts every message as an envelope over one port', () => {
    const a = fakePort();
    const connect = vi.fn(() => a.port);
    const poster = new PagePoster(connect, () => undefined);
    poster.post('page.noThread', {});
    poster.post('page.noThread', {});
    expect(connect).toHaveBeenCalledTimes(1);
    expect(a.posted).toEqual([
      { kartka: 1, type: 'page.noThread', payload: {} },
      { kartka: 1, type: 'page.noThread', payload: {} },
    ]);
  });

  it('opens a new port after the worker went away', () => {
    const first = fakePort();
    const second = fakePort();
    const queue = [first, second];
    const poster = new PagePoster(
      () => next(queue).port,
      () => undefined,
    );
    poster.post('page.noThread', {});
    first.disconnect();
    poster.post('page.noThread', {});
    expect(first.posted).toHaveLength(1);
    expect(second.posted).toHaveLength(1);
  });

  it('retries once on a port that died unannounced, and reports a post that cannot be delivered', () => {
    const dead = fakePort({ failPosts: 1 });
    const fresh = fakePort();
    const errors: string[] = [];
    const queue = [dead, fresh];
    const poster = new PagePoster(
      () => next(queue).port,
      (e) => errors.push(e),
    );
    poster.post('page.noThread', {});
    expect(fresh.posted).toHaveLength(1);
    expect(errors).toEqual([]);

    const broken = new PagePoster(
      () => fakePort({ failPosts: 5 }).port,
      (e) => errors.push(e),
    );
    expect(() => broken.post('page.noThread', {})).not.toThrow();
    expect(errors).toEqual(['Attempting to use a disconnected port object']);
  });

  it("reports the background's refusals and ignores anything else on the port", () => {
    const a = fakePort();
    const errors: string[] = [];
    const poster = new PagePoster(
      () => a.port,
      (e) => errors.push(e),
    );
    poster.post('page.noThread', {});
    a.receive({ ok: false, error: 'Refused "page.thread": bad payload' });
    a.receive({ ok: true, data: null });
    a.receive(null);
    expect(errors).toEqual(['Refused "page.thread": bad payload']);
  });
});

describe('servePage (background side)', () => {
  function backgroundPort(sender: Browser.runtime.MessageSender) {
    const fake = fakePort();
    const port = { ...fake.port, name: PAGE_PORT, sender } as unknown as Browser.runtime.Port;
    return { ...fake, port };
  }
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('routes each message with the port sender facts and answers failures only', async () => {
    const sender = { id: 'ext', url: 'https://mail.google.com/mail/u/0/', tab: { id: 7 } } as never;
    const end = backgroundPort(sender);
    const route = vi.fn(async (raw: unknown, _sender: unknown) =>
      (raw as { ok: boolean }).ok ? { ok: true as const, data: null } : { ok: false as const, error: 'no' },
    );
    expect(isPagePort(end.port)).toBe(true);
    servePage(end.port, route);
    end.receive({ ok: true });
    end.receive({ ok: false });
    await flush();
    expect(route).toHaveBeenCalledTimes(2);
    expect(route.mock.calls.map((c) => c[1])).toEqual([sender, sender]);
    expect(end.posted).toEqual([{ ok: false, error: 'no' }]);
  });

  it('posts nothing back once the page has gone', async () => {
    const end = backgroundPort({ id: 'ext' });
    let finish: (v: { ok: false; error: string }) => void = () => undefined;
    servePage(end.port, () => new Promise((r) => (finish = r)));
    end.receive({});
    end.disconnect();
    finish({ ok: false, error: 'late' });
    await flush();
    expect(end.posted).toEqual([]);
  });
});
