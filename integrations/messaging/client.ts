// Sending side of the protocol: tiny, no validators, safe for content scripts.
import { browser } from 'wxt/browser';
import type { Envelope, MessageType, Reply, Req, Res } from './protocol';

/** Sends a typed message to the background and returns its typed answer, or throws its error. */
export async function send<K extends MessageType>(type: K, payload: Req<K>): Promise<Res<K>> {
  const envelope: Envelope<K> = { kartka: 1, type, payload };
  const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined;
  if (!reply) throw new Error(`Kartka's background did not answer "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}
