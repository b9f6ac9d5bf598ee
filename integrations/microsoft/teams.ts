// Teams chats for an opened card, one Graph request at a time: find the one-to-one chat with the person (a few
// pages of /me/chats at most), and read one page of a chat's messages. What to ask, and when, is decided by the
// caller from the state it keeps (core/sync/microsoft/teams-state.ts); nothing here waits or remembers. Only
// ever called when the user opens a card: Microsoft allows polling a Teams resource at most once a day.
import type { Client } from '@microsoft/microsoft-graph-client';
import { classifyGraphError, type GraphFailure } from '../../core/sync/microsoft/errors';
import { GRAPH_LIMITS } from '../../core/sync/microsoft/limits';
import {
  chatsPath,
  findOneOnOneChat,
  readChatMessages,
  type ChatMatch,
  type TeamsMessage,
} from '../../core/sync/microsoft/teams';
import { graphGet, type RawAnswer } from './graph-client';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A next link is followed only when it stays on Graph's v1.0 endpoint. */
function nextLinkOf(body: Record<string, unknown>): string | null {
  const next = body['@odata.nextLink'];
  return typeof next === 'string' && next.startsWith('https://graph.microsoft.com/v1.0/') ? next : null;
}

const failureOf = (answer: RawAnswer, now: number): GraphFailure =>
  classifyGraphError(answer.status, answer.body, answer.headers.get('retry-after'), now);

/** The one-to-one chat with someone who has one of these addresses; null: none among the pages read. */
export async function findTeamsChat(
  client: Client,
  selfUserId: string,
  emails: readonly string[],
  now: () => number,
): Promise<{ ok: true; match: ChatMatch | null } | { ok: false; failure: GraphFailure }> {
  let url: string | null = chatsPath();
  for (let page = 0; url && page < GRAPH_LIMITS.teams.maxChatPages; page++) {
    const answer = await graphGet(client, url);
    if (answer.status !== 200 || !isRecord(answer.body))
      return { ok: false, failure: failureOf(answer, now()) };
    const match = findOneOnOneChat(answer.body.value, selfUserId, emails);
    if (match) return { ok: true, match };
    url = nextLinkOf(answer.body);
  }
  return { ok: true, match: null };
}

export type TeamsPage =
  | { ok: true; messages: TeamsMessage[]; newest: string | null; next: string | null }
  | { ok: false; failure: GraphFailure };

/** One page of a chat's messages (newest first), each checked and turned into text. */
export async function readTeamsPage(
  client: Client,
  url: string,
  chatId: string,
  selfUserId: string,
  now: () => number,
): Promise<TeamsPage> {
  const answer = await graphGet(client, url);
  if (answer.status !== 200 || !isRecord(answer.body))
    return { ok: false, failure: failureOf(answer, now()) };
  const page = readChatMessages(answer.body.value, chatId, selfUserId);
  return { ok: true, messages: page.messages, newest: page.newest, next: nextLinkOf(answer.body) };
}
