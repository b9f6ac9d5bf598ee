// Serves a mail page's port: each message goes through the same router (sender facts, then schema) as a
// `sendMessage` would; only failures are answered, so a reading costs the page one post and nothing back.
import type { Browser } from '#imports';
import { PAGE_PORT, type MessageType, type Reply } from '../../integrations/messaging/protocol';
import type { SenderFacts } from '../../integrations/messaging/router';

type Route = (raw: unknown, sender: SenderFacts) => Promise<Reply<MessageType> | undefined>;

/** True when `port` is a mail page's port (its messages are then routed by `servePage`). */
export const isPagePort = (port: Browser.runtime.Port) => port.name === PAGE_PORT;

/** Routes every message of one page port; failures go back on the port while it is open. */
export function servePage(port: Browser.runtime.Port, route: Route): void {
  const sender = (port.sender ?? {}) as SenderFacts;
  let open = true;
  port.onDisconnect.addListener(() => {
    open = false;
  });
  port.onMessage.addListener((raw) => {
    void route(raw, sender).then((reply) => {
      if (!open || !reply || reply.ok) return;
      try {
        port.postMessage(reply);
      } catch {
        open = false; // the page went away while we worked
      }
    });
  });
}
