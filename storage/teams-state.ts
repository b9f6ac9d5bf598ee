// What Teams on the card keeps between openings, in the `meta` table (no schema version): each chat's state
// (watermark, unfinished round, when it may be asked again), the chat found per person, the account's Teams
// backoff (Graph's Retry-After), and whether a Microsoft account is personal. Every read is checked: a row of the
// wrong shape counts as absent.
import type { PersonId } from '../core/ids';
import {
  claimChat,
  emptyChatState,
  type CachedChat,
  type TeamsChatState,
} from '../core/sync/microsoft/teams-state';
import type { KartkaDB } from './db';

const chatKey = (accountId: string, chatId: string) => `teams-chat:${accountId}:${chatId}`;
const personKey = (accountId: string, person: PersonId) => `teams-person:${accountId}:${person}`;
const backoffKey = (accountId: string) => `teams-backoff:${accountId}`;
const kindKey = (accountId: string) => `microsoft-kind:${accountId}`;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const strOrNull = (v: unknown): v is string | null => v === null || typeof v === 'string';

function asChatState(value: unknown): TeamsChatState {
  if (!isRecord(value) || !strOrNull(value.watermark) || typeof value.notBefore !== 'number')
    return emptyChatState();
  const round =
    isRecord(value.round) && typeof value.round.next === 'string' && strOrNull(value.round.newest)
      ? { next: value.round.next, newest: value.round.newest }
      : null;
  return { watermark: value.watermark, round, notBefore: value.notBefore };
}

export async function teamsChatState(
  db: KartkaDB,
  accountId: string,
  chatId: string,
): Promise<TeamsChatState> {
  return asChatState((await db.meta.get(chatKey(accountId, chatId)))?.value);
}

/** Inside the caller's transaction (the one that stores the messages the state covers). */
export async function putTeamsChatState(
  db: KartkaDB,
  accountId: string,
  chatId: string,
  state: TeamsChatState,
): Promise<void> {
  await db.meta.put({ key: chatKey(accountId, chatId), value: state });
}

/**
 * The chat's turn, taken in one transaction so two cards opened at once (the base page and the sidebar) send one
 * request: the state to read from, or null when the chat was asked under a second ago or Graph asked to wait.
 */
export function claimTeamsChat(
  db: KartkaDB,
  accountId: string,
  chatId: string,
  now: number,
): Promise<{ state: TeamsChatState; claimed: boolean }> {
  return db.transaction('rw', db.meta, async () => {
    const state = await teamsChatState(db, accountId, chatId);
    const claimed = claimChat(state, now);
    if (!claimed) return { state, claimed: false };
    await putTeamsChatState(db, accountId, chatId, claimed);
    return { state: claimed, claimed: true };
  });
}

export async function cachedTeamsChat(
  db: KartkaDB,
  accountId: string,
  person: PersonId,
): Promise<CachedChat | undefined> {
  const v = (await db.meta.get(personKey(accountId, person)))?.value;
  if (!isRecord(v) || typeof v.at !== 'number' || !Array.isArray(v.emails)) return undefined;
  const emails = v.emails.filter((e): e is string => typeof e === 'string');
  const m = v.match;
  if (m === null) return { emails, match: null, at: v.at };
  if (isRecord(m) && typeof m.chatId === 'string' && typeof m.userId === 'string')
    return { emails, match: { chatId: m.chatId, userId: m.userId }, at: v.at };
  return undefined;
}

export async function saveTeamsChatLookup(
  db: KartkaDB,
  accountId: string,
  person: PersonId,
  cached: CachedChat | null,
): Promise<void> {
  if (cached) await db.meta.put({ key: personKey(accountId, person), value: cached });
  else await db.meta.delete(personKey(accountId, person));
}

/** No Teams request for this account before this time (Graph's Retry-After, kept across worker restarts). */
export async function teamsBackoffUntil(db: KartkaDB, accountId: string): Promise<number> {
  const v = (await db.meta.get(backoffKey(accountId)))?.value;
  return typeof v === 'number' ? v : 0;
}

export async function holdTeams(db: KartkaDB, accountId: string, until: number): Promise<void> {
  await db.transaction('rw', db.meta, async () => {
    if (until > (await teamsBackoffUntil(db, accountId)))
      await db.meta.put({ key: backoffKey(accountId), value: until });
  });
}

export type MicrosoftKind = 'personal' | 'work';

/** Whether a connected Microsoft account is personal (from its id_token's tenant), once known. */
export async function microsoftKind(db: KartkaDB, accountId: string): Promise<MicrosoftKind | null> {
  const v = (await db.meta.get(kindKey(accountId)))?.value;
  return v === 'personal' || v === 'work' ? v : null;
}

export async function saveMicrosoftKind(db: KartkaDB, accountId: string, kind: MicrosoftKind): Promise<void> {
  await db.meta.put({ key: kindKey(accountId), value: kind });
}

/** Every known account kind, for Settings → Accounts. */
export async function microsoftKinds(db: KartkaDB): Promise<Record<string, MicrosoftKind>> {
  const rows = await db.meta.where('key').startsWith('microsoft-kind:').toArray();
  const out: Record<string, MicrosoftKind> = {};
  for (const r of rows)
    if (r.value === 'personal' || r.value === 'work') out[r.key.slice('microsoft-kind:'.length)] = r.value;
  return out;
}

/**
 * Everything Teams on the card kept for an account, forgotten with the account (inside the caller's transaction):
 * the chats it read (returned, so "Disconnect and remove" can take their messages), the chats found per person,
 * its backoff and its kind.
 */
export async function forgetTeamsState(db: KartkaDB, accountId: string): Promise<string[]> {
  const chats = chatKey(accountId, '');
  const chatRows = await db.meta.where('key').startsWith(chats).primaryKeys();
  const personRows = await db.meta
    .where('key')
    .startsWith(personKey(accountId, '' as PersonId))
    .primaryKeys();
  await db.meta.bulkDelete([...chatRows, ...personRows, backoffKey(accountId), kindKey(accountId)]);
  return chatRows.map((k) => k.slice(chats.length));
}
