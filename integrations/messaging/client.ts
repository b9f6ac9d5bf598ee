// Sending side of the protocol: tiny, no validators, safe for content scripts.
import { browser } from 'wxt/browser';
import { ActionError } from '../../core/action-error';
import { PAGE_PORT, type Envelope, type MessageType, type Reply, type Req, type Res } from './protocol';

/** Sends a typed message to the background and returns its typed answer, or throws its error (an ActionError with its code when it has one). */
export async function send<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  const envelope: Envelope<K> = { kartka: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`Kartka's background did not answer "${type}"`);
  if (!reply.ok) throw reply.because ? new ActionError(reply.error, reply.because) : new Error(reply.error);
  return reply.data;
}

/** The minimum of a runtime port that `PagePoster` uses (tests pass a fake). */
export interface PortLike {
  postMessage(message: unknown): void;
  onMessage: { addListener(cb: (message: unknown) => void): void };
  onDisconnect: { addListener(cb: () => void): void };
}

/**
 * Fire-and-forget messages from a mail page over one port, reopened when the background's worker has gone
 * away (the port disconnects then, and the next post wakes the worker). Failures the background reports,
 * and a post that cannot be delivered, go to `onError`; they never throw into the page.
 */
export class PagePoster {
  private port: PortLike | null = null;

  constructor(
    private readonly connect: () => PortLike,
    private readonly onError: (message: string) => void,
  ) {}

  post<K extends MessageType>(type: K, payload: Req<K>): void {
    const envelope: Envelope<K> = { kartka: 1, type, payload };
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        this.open().postMessage(envelope);
        return;
      } catch (error) {
        // A port that disconnected between our last post and this one: open a new one and try once more.
        this.port = null;
        if (attempt === 1) this.onError(error instanceof Error ? error.message : String(error));
      }
    }
  }

  private open(): PortLike {
    if (this.port) return this.port;
    const port = this.connect();
    port.onMessage.addListener((raw) => {
      const reply = raw as Reply<MessageType> | null;
      if (reply?.ok === false) this.onError(reply.error);
    });
    port.onDisconnect.addListener(() => {
      if (this.port === port) this.port = null;
    });
    this.port = port;
    return port;
  }
}

let pagePoster: PagePoster | null = null;

/** Posts a mail page's message to the background over the page port; never throws. */
export function post<K extends MessageType>(type: K, payload: Req<K>): void {
  pagePoster ??= new PagePoster(
    () => browser.runtime.connect({ name: PAGE_PORT }),
    (message) => console.warn('[Kartka]', message),
  );
  pagePoster.post(type, payload);
}
