// Reads an Outlook conversation from Graph for the card when the page cannot be read, and keeps the answer a
// while (opening the same thread again does not ask Graph again).
import type { Client } from '@microsoft/microsoft-graph-client';
import type { ThreadSnapshot } from '../../core/mail';
import type { SyncedMessage } from '../../core/sync/planner';
import {
  conversationPath,
  graphConversation,
  type GraphConversation,
} from '../../core/sync/microsoft/conversation';
import { classifyGraphError, type GraphFailure } from '../../core/sync/microsoft/errors';
import { GRAPH_LIMITS } from '../../core/sync/microsoft/limits';
import { graphGet } from './graph-client';

export type ConversationRead =
  | { ok: true; thread: ThreadSnapshot | null; messages: SyncedMessage[]; cached: boolean }
  | { ok: false; failure: GraphFailure };

export class ConversationCache {
  private readonly entries = new Map<string, { at: number; read: GraphConversation | null }>();
  constructor(private readonly max = 100) {}
  get(key: string, now: number): GraphConversation | null | undefined {
    const e = this.entries.get(key);
    if (!e || now - e.at > GRAPH_LIMITS.conversation.cacheMs) return undefined;
    return e.read;
  }
  set(key: string, read: GraphConversation | null, now: number): void {
    this.entries.delete(key);
    this.entries.set(key, { at: now, read });
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
  if (hit !== undefined)
    return { ok: true, thread: hit?.snapshot ?? null, messages: hit?.messages ?? [], cached: true };
  const answer = await graphGet(client, conversationPath(conversationId));
  if (answer.status !== 200 || typeof answer.body !== 'object' || answer.body === null)
    return {
      ok: false,
      failure: classifyGraphError(answer.status, answer.body, answer.headers.get('retry-after'), now()),
    };
  const read = graphConversation(conversationId, (answer.body as { value?: unknown }).value, account);
  cache.set(key, read, now());
  return { ok: true, thread: read?.snapshot ?? null, messages: read?.messages ?? [], cached: false };
}
