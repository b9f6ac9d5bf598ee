// Reads an Outlook conversation from Graph for the card when the page cannot be read, and keeps the answer a
// while (opening the same thread again does not ask Graph again).
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ThreadSnapshot } from '../../core/mail';
import { conversationPath, conversationSnapshot } from '../../core/sync/microsoft/conversation';
import { classifyGraphError, type GraphFailure } from '../../core/sync/microsoft/errors';
import { GRAPH_LIMITS } from '../../core/sync/microsoft/limits';
import { graphGet } from './graph-client';

export type ConversationRead =
  { ok: true; thread: ThreadSnapshot | null; cached: boolean } | { ok: false; failure: GraphFailure };

export class ConversationCache {
  private readonly entries = new Map<string, { at: number; thread: ThreadSnapshot | null }>();
  constructor(private readonly max = 100) {}
  get(key: string, now: number): ThreadSnapshot | null | undefined {
    const e = this.entries.get(key);
    if (!e || now - e.at > GRAPH_LIMITS.conversation.cacheMs) return undefined;
    return e.thread;
  }
  set(key: string, thread: ThreadSnapshot | null, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { at: now, thread });
    if (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}

export async function readConversation(
  client: Client,
  conversationId: string,
  account: string,
  cache: ConversationCache,
  now: () => number,
): Promise<ConversationRead> {
  const key = `${account}|${conversationId}`;
  const hit = cache.get(key, now());
  if (hit !== undefined) return { ok: true, thread: hit, cached: true };
  const answer = await graphGet(client, conversationPath(conversationId));
  if (answer.status !== 200 || typeof answer.body !== 'object' || answer.body === null)
    return {
      ok: false,
      failure: classifyGraphError(answer.status, answer.body, answer.headers.get('retry-after'), now()),
    };
  const thread = conversationSnapshot(conversationId, (answer.body as { value?: unknown }).value, account);
  cache.set(key, thread, now());
  return { ok: true, thread, cached: false };
}
