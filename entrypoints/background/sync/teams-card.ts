// Teams chats on an opened card, in the background (the only writer): for each Microsoft account with Teams on,
// find the one-to-one chat with the person (cached, core/sync/microsoft/teams-state.ts), read one page of what is
// newer than the chat's watermark, and store it with the chat's next state in one transaction. At most one
// request a second per chat and one at a time, taken in storage so two cards opened at once send one; Graph's
// Retry-After is kept per account through the Graph client's persisted backoff. Nothing runs unless a card opened.
import { canonicalEmail } from '../../../core/email';
import type { PersonId } from '../../../core/ids';
import type { Settings } from '../../../core/model';
import type { SyncAccount } from '../../../core/sync/account';
import type { GraphFailure } from '../../../core/sync/microsoft/errors';
import {
  afterChatFailure,
  afterChatPage,
  cachedChatFresh,
  chatRequestUrl,
  pacedRetryAt,
  teamsProblemOf,
  type TeamsCardStatus,
} from '../../../core/sync/microsoft/teams-state';
import type { MicrosoftIdentity } from '../../../integrations/microsoft/auth-protocol';
import { createGraphClient } from '../../../integrations/microsoft/graph-client';
import { findTeamsChat, readTeamsPage } from '../../../integrations/microsoft/teams';
import type { KartkaDB } from '../../../storage/db';
import { listAccounts } from '../../../storage/sync/accounts';
import { storeTeamsMessages } from '../../../storage/teams';
import {
  cachedTeamsChat,
  claimTeamsChat,
  holdTeams,
  microsoftKind,
  putTeamsChatState,
  saveMicrosoftKind,
  saveTeamsChatLookup,
  teamsBackoffUntil,
} from '../../../storage/teams-state';

export interface TeamsCardDeps {
  db: KartkaDB;
  settings(): Promise<Settings>;
  /** A valid access token (renewed silently when needed); null: the account must be reconnected. */
  token(accountId: string): Promise<string | null>;
  /** Who the account is, from its stored id_token. */
  identity(accountId: string): Promise<MicrosoftIdentity | null>;
  fetch: typeof fetch;
  now(): number;
}

type Person = { id: PersonId; name: string; emails: string[] };

function failed(base: TeamsCardStatus, failure: GraphFailure, now: number): TeamsCardStatus {
  const retryAt = failure.retryAfterMs === undefined ? undefined : now + failure.retryAfterMs;
  return {
    ...base,
    state: 'failed',
    problem: {
      code: teamsProblemOf(failure),
      status: failure.status,
      ...(failure.message ? { message: failure.message } : {}),
      ...(retryAt === undefined ? {} : { retryAt }),
    },
  };
}

async function forAccount(
  deps: TeamsCardDeps,
  account: SyncAccount,
  person: Person,
): Promise<TeamsCardStatus> {
  const { db } = deps;
  const id = account.id;
  const now = deps.now();
  const base: TeamsCardStatus = {
    accountId: id,
    address: account.address,
    state: 'read',
    added: 0,
    moreAt: null,
  };
  const personal = { ...base, state: 'failed' as const, problem: { code: 'personal' as const, status: 0 } };
  if ((await microsoftKind(db, id)) === 'personal') return personal;
  if (account.auth === 'reconnect') return failed(base, { kind: 'auth', status: 401 }, now);
  const until = await teamsBackoffUntil(db, id);
  if (until > now) return failed(base, { kind: 'rate', status: 429, retryAfterMs: until - now }, now);
  const token = await deps.token(id);
  const identity = token ? await deps.identity(id) : null;
  if (!token || !identity?.userId) return failed(base, { kind: 'auth', status: 401 }, now);
  if (identity.personal) {
    await saveMicrosoftKind(db, id, 'personal');
    return personal;
  }
  const client = createGraphClient({
    accountId: id,
    token: async () => token,
    fetch: deps.fetch,
    now: deps.now,
    backoff: { until: () => teamsBackoffUntil(db, id), hold: (at) => holdTeams(db, id, at) },
  });

  let lookup = await cachedTeamsChat(db, id, person.id);
  if (!lookup || !cachedChatFresh(lookup, person.emails, now)) {
    const found = await findTeamsChat(client, identity.userId, person.emails, deps.now);
    if (!found.ok) return failed(base, found.failure, now);
    lookup = { emails: person.emails, match: found.match, at: now };
    await saveTeamsChatLookup(db, id, person.id, lookup);
  }
  if (!lookup.match) return { ...base, state: 'no-chat' };
  const chatId = lookup.match.chatId;

  const turn = await claimTeamsChat(db, id, chatId, now);
  // Asked under a second ago or still being read (the other open card, or a reopening): ask again shortly.
  if (!turn.claimed) return { ...base, state: 'paced', moreAt: pacedRetryAt(turn.state, now) };
  const page = await readTeamsPage(
    client,
    chatRequestUrl(chatId, turn.state),
    chatId,
    identity.userId,
    deps.now,
  );
  if (!page.ok) {
    const after = afterChatFailure(turn.state, page.failure, now, deps.now());
    await db.transaction('rw', db.meta, () => putTeamsChatState(db, id, chatId, after));
    // A chat Graph no longer knows is looked up again next time.
    if (page.failure.status === 404) await saveTeamsChatLookup(db, id, person.id, null);
    return failed(base, page.failure, now);
  }
  const next = afterChatPage(turn.state, page, now);
  const who = { id: person.id, name: person.name, address: person.emails[0] ?? '' };
  const added = await storeTeamsMessages(db, id, chatId, who, page.messages, next, now);
  return { ...base, added, moreAt: next.round ? next.notBefore : null };
}

/** The Teams reading for an opened card: one status per account with Teams on (none: Teams is off). */
export async function teamsForCard(deps: TeamsCardDeps, personId: PersonId): Promise<TeamsCardStatus[]> {
  const on = (await deps.settings()).microsoft?.teamsAccounts ?? [];
  if (on.length === 0) return [];
  const row = await deps.db.people.get(personId);
  if (!row || row.mergedInto) return [];
  const emails = [...new Set(row.emails.map(canonicalEmail).filter(Boolean))];
  if (emails.length === 0) return [];
  const accounts = (await listAccounts(deps.db)).filter(
    (a) => a.provider === 'microsoft' && !a.paused && on.includes(a.id),
  );
  const person = { id: personId, name: row.displayName, emails };
  return Promise.all(accounts.map((a) => forAccount(deps, a, person)));
}
