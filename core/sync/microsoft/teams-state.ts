// What Kartka keeps per Teams chat between card openings, as pure rules: the watermark (the newest message's
// lastModifiedDateTime stored), an unfinished round of pages newer than it, and when the chat may be asked again
// (Kartka's own pace, one request a second per chat, or the wait Graph asked for). Kept in storage, not in the
// worker: the base page and the sidebar may open the same card at once, and a stopped worker forgets nothing.
import type { GraphFailure } from './errors';
import { GRAPH_LIMITS } from './limits';
import { chatMessagesPath, type ChatMatch } from './teams';

const HOUR = 60 * 60_000;

export interface TeamsChatState {
  /** lastModifiedDateTime of the newest message stored, as Graph wrote it; null before the first reading. */
  watermark: string | null;
  /** Pages newer than the watermark still to read: the next page's link and the newest date seen so far. */
  round: { next: string; newest: string | null } | null;
  /** No request to this chat before this time (epoch ms). */
  notBefore: number;
}

export const emptyChatState = (): TeamsChatState => ({ watermark: null, round: null, notBefore: 0 });

/** The request a card opening sends for the chat: the unfinished round's next page, or what is newer. */
export function chatRequestUrl(chatId: string, state: TeamsChatState): string {
  return state.round?.next ?? chatMessagesPath(chatId, state.watermark);
}

/** A claimed chat stays taken this long unless its answer is stored first (a worker stopped mid-request). */
export const CHAT_LEASE_MS = 30_000;

/**
 * Takes the chat's turn: null when it was asked less than a second ago, a request to it is still out, or Graph
 * asked to wait. The turn is held until the answer is stored (then one second from when the request left).
 */
export function claimChat(state: TeamsChatState, now: number): TeamsChatState | null {
  if (now < state.notBefore) return null;
  return { ...state, notBefore: now + CHAT_LEASE_MS };
}

/** When a card that found the chat taken asks again: a second on, or when the chat is free if sooner. */
export function pacedRetryAt(state: TeamsChatState, now: number): number {
  return Math.min(state.notBefore, now + GRAPH_LIMITS.teams.minIntervalPerChatMs);
}

const paceFrom = (sentAt: number) => sentAt + GRAPH_LIMITS.teams.minIntervalPerChatMs;

const later = (a: string | null, b: string | null): string | null =>
  !a ? b : !b ? a : Date.parse(b) > Date.parse(a) ? b : a;

/**
 * The state after one page was read. The first reading takes the newest page only (no history before it) and
 * sets the watermark; later ones read every page newer than the watermark, and the watermark moves only when
 * the round is complete, to the newest date it saw: a round cut short resumes from its next link, never skips.
 */
export function afterChatPage(
  state: TeamsChatState,
  page: { newest: string | null; next: string | null },
  sentAt: number,
): TeamsChatState {
  const notBefore = paceFrom(sentAt);
  if (state.watermark === null && state.round === null)
    return { watermark: page.newest, round: null, notBefore };
  const newest = later(state.round?.newest ?? null, page.newest);
  if (page.next) return { ...state, round: { next: page.next, newest }, notBefore };
  return { watermark: later(state.watermark, newest), round: null, notBefore };
}

/** After a refusal: Graph's wait is kept (else a second from the request); an unfinished round starts over. */
export function afterChatFailure(
  state: TeamsChatState,
  failure: GraphFailure,
  sentAt: number,
  now: number,
): TeamsChatState {
  const wait = failure.kind === 'rate' || failure.kind === 'server' ? (failure.retryAfterMs ?? 0) : 0;
  return { ...state, notBefore: Math.max(paceFrom(sentAt), now + wait), round: null };
}

/** The one-to-one chat found (or not) for a person's addresses, and when. */
export interface CachedChat {
  emails: string[];
  match: ChatMatch | null;
  at: number;
}

/** A found chat is kept a day (a one-to-one chat's id does not change), "none" an hour (one may start). */
export function cachedChatFresh(
  cached: CachedChat | undefined,
  emails: readonly string[],
  now: number,
): boolean {
  if (!cached) return false;
  const same = cached.emails.length === emails.length && emails.every((e) => cached.emails.includes(e));
  const ttl = cached.match ? 24 * HOUR : GRAPH_LIMITS.teams.chatLookupCacheMs;
  return same && now - cached.at < ttl;
}

/** Why Teams could not be read for a card, as the card says it. */
export type TeamsProblem = 'personal' | 'consent' | 'reconnect' | 'rate' | 'busy' | 'unreachable' | 'refused';

export function teamsProblemOf(failure: GraphFailure): TeamsProblem {
  if (failure.kind === 'auth') return 'reconnect';
  // The account's 4 slots stayed taken (the sync, other cards): nothing was sent, no wait of Graph's to show.
  if (failure.kind === 'busy') return 'busy';
  if (failure.kind === 'rate') return 'rate';
  if (failure.kind === 'server' || failure.kind === 'network') return 'unreachable';
  if (failure.status === 403) return 'consent';
  return 'refused';
}

/** One account's answer for an opened card. */
export interface TeamsCardStatus {
  accountId: string;
  address: string;
  /** read: asked Graph; no-chat: no one-to-one chat with the person; paced: asked under a second ago. */
  state: 'read' | 'no-chat' | 'paced' | 'failed';
  /** Messages new to the base. */
  added: number;
  /** Pages newer than the watermark remain: the open card asks again at this time. */
  moreAt: number | null;
  problem?: { code: TeamsProblem; status: number; message?: string; retryAt?: number };
}

/** Personal Microsoft accounts (the consumer tenant) have no Teams chats in Graph (chat-list: "Not supported"). */
export const isPersonalTenant = (tenantId: string): boolean => tenantId === GRAPH_LIMITS.auth.consumerTenant;

/** What an open card holds of its Teams reading. */
export type TeamsCardReading =
  | { state: 'idle' }
  | { state: 'checking' }
  | { state: 'done'; statuses: TeamsCardStatus[] }
  | { state: 'error'; message: string };
