// Teams chats for an opened card: find the one-to-one chat with the person (cached), then read the messages
// newer than the chat's watermark, at most one request a second per chat. Only ever called when the user opens
// a card: no background polling (Microsoft allows polling a Teams resource at most once a day).
import type { Client } from '@microsoft/microsoft-graph-client';
import { classifyGraphError, type GraphFailure } from '../../core/sync/microsoft/errors';
import { GRAPH_LIMITS } from '../../core/sync/microsoft/limits';
import {
  chatMessagesPath,
  chatRequestAllowedAt,
  chatsPath,
  findOneOnOneChat,
  readChatMessages,
  type ChatMatch,
  type TeamsMessage,
} from '../../core/sync/microsoft/teams';
import { graphGet } from './graph-client';

export interface TeamsDeps {
  client: Client;
  /** The signed-in user's Entra id (GET /me). */
  selfUserId: string;
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Chats found per person (`none`: looked, none found), with when they were found. */
  chats: Map<string, { match: ChatMatch | null; at: number }>;
  /** When each chat was last asked. */
  lastRequest: Map<string, number>;
  watermark(chatId: string): Promise<string | null>;
}

export type TeamsRead =
  | { ok: true; chatId: string | null; messages: TeamsMessage[]; watermark: string | null }
  | { ok: false; failure: GraphFailure };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

async function findChat(
  deps: TeamsDeps,
  personKey: string,
  emails: readonly string[],
): Promise<ChatMatch | null | GraphFailure> {
  const cached = deps.chats.get(personKey);
  if (cached && deps.now() - cached.at < GRAPH_LIMITS.teams.chatLookupCacheMs) return cached.match;
  let url: string | null = chatsPath();
  for (let page = 0; url && page < GRAPH_LIMITS.teams.maxChatPages; page++) {
    const answer = await graphGet(deps.client, url);
    if (answer.status !== 200 || !isRecord(answer.body))
      return classifyGraphError(answer.status, answer.body, answer.headers.get('retry-after'), deps.now());
    const match = findOneOnOneChat(answer.body.value, deps.selfUserId, emails);
    if (match) {
      deps.chats.set(personKey, { match, at: deps.now() });
      return match;
    }
    const next = answer.body['@odata.nextLink'];
    url = typeof next === 'string' && next.startsWith('https://graph.microsoft.com/v1.0/') ? next : null;
  }
  deps.chats.set(personKey, { match: null, at: deps.now() });
  return null;
}

/** The person's Teams messages newer than the stored watermark (the newest 50 the first time). */
export async function readNewTeamsMessages(
  deps: TeamsDeps,
  personKey: string,
  emails: readonly string[],
): Promise<TeamsRead> {
  const chat = await findChat(deps, personKey, emails);
  if (chat && 'kind' in chat) return { ok: false, failure: chat };
  if (!chat) return { ok: true, chatId: null, messages: [], watermark: null };
  const watermark = await deps.watermark(chat.chatId);
  const messages: TeamsMessage[] = [];
  let newest: string | null = null;
  let url: string | null = chatMessagesPath(chat.chatId, watermark);
  let pages = 0;
  // Newest first. Without a watermark (the first opening) the newest page is enough; with one, every page newer
  // than it, each a second apart. If even that is not all, the watermark stays, and the rest comes next time.
  while (url && pages < (watermark ? GRAPH_LIMITS.teams.maxMessagePages : 1)) {
    const wait = chatRequestAllowedAt(deps.lastRequest.get(chat.chatId)) - deps.now();
    if (wait > 0) await deps.sleep(wait);
    deps.lastRequest.set(chat.chatId, deps.now());
    const answer = await graphGet(deps.client, url);
    if (answer.status !== 200 || !isRecord(answer.body))
      return {
        ok: false,
        failure: classifyGraphError(
          answer.status,
          answer.body,
          answer.headers.get('retry-after'),
          deps.now(),
        ),
      };
    const page = readChatMessages(answer.body.value, chat.chatId, deps.selfUserId);
    messages.push(...page.messages);
    if (page.newest && (!newest || Date.parse(page.newest) > Date.parse(newest))) newest = page.newest;
    const next = answer.body['@odata.nextLink'];
    url = typeof next === 'string' && next.startsWith('https://graph.microsoft.com/v1.0/') ? next : null;
    pages++;
  }
  const complete = url === null || watermark === null;
  return { ok: true, chatId: chat.chatId, messages, watermark: complete ? (newest ?? watermark) : watermark };
}
