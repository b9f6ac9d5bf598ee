// Teams chats on the card, the background's side: Settings → Accounts turns it on for a Microsoft account (a
// sign-in window asking for Chat.ReadBasic + Chat.Read: incremental consent) or off (nothing more is read), and
// an opened card (the base page's or the sidebar's) asks for its Teams reading.
import { ActionError } from '../../../core/action-error';
import { signIn, type AuthDeps, type MicrosoftAuthConfig } from '../../../integrations/microsoft/auth';
import { identityFromIdToken } from '../../../integrations/microsoft/auth-protocol';
import { browserAuthDeps } from '../../../integrations/microsoft/browser-auth';
import type { Handlers } from '../../../integrations/messaging/router';
import { db, type KartkaDB } from '../../../storage/db';
import { loadSettings } from '../../../storage/settings';
import { setTeamsAccount } from '../../../storage/sync/microsoft-prefs';
import { microsoftKind, saveMicrosoftKind } from '../../../storage/teams-state';
import { config, msTokens, refused } from './microsoft';
import { teamsForCard, type TeamsCardDeps } from './teams-card';

type TeamsHandlers = Pick<Handlers, 'microsoft.teams' | 'teams.card'>;

const personalError = (address: string) =>
  new ActionError(`Teams chats are not available for the personal account ${address}.`, {
    code: 'msteams.personal',
    params: { address },
  });

const cardDeps: TeamsCardDeps = {
  db,
  settings: loadSettings,
  token: (id) => msTokens.get(id as Parameters<typeof msTokens.get>[0]),
  async identity(id) {
    const stored = await browserAuthDeps().vault.get(id);
    return stored?.idToken ? identityFromIdToken(stored.idToken) : null;
  },
  fetch: (input, init) => fetch(input, init),
  now: () => Date.now(),
};

export interface TeamsToggleDeps {
  db: KartkaDB;
  auth: AuthDeps;
  config(accountId: string): Promise<MicrosoftAuthConfig>;
}

/**
 * Teams on: the same sign-in, for this account, with the chat scopes added (incremental consent); kept on only
 * once Microsoft granted both. Off: the setting goes, so no card reads Teams and the next renewal asks without them.
 */
export async function turnTeams(
  deps: TeamsToggleDeps,
  accountId: string,
  on: boolean,
): Promise<{ on: boolean }> {
  const account = await deps.db.syncAccounts.get(accountId);
  if (account?.provider !== 'microsoft')
    throw new ActionError(`No connected Microsoft account ${accountId}.`, { code: 'sync.gone' });
  if (!on) {
    await setTeamsAccount(account.id, false, deps.db);
    return { on: false };
  }
  // Known personal (stored at sign-in, or told by the stored id_token's tenant): no window is opened for nothing.
  const stored = await deps.auth.vault.get(account.id);
  const known = stored?.idToken ? identityFromIdToken(stored.idToken) : null;
  if (known?.personal) await saveMicrosoftKind(deps.db, account.id, 'personal');
  if (known?.personal || (await microsoftKind(deps.db, account.id)) === 'personal')
    throw personalError(account.address);
  const config = { ...(await deps.config(account.id)), teams: true };
  const answer = await signIn(config, deps.auth, true, account.address);
  if (!answer.ok) throw refused(answer.error, answer.description);
  if (answer.identity.address !== account.address)
    throw new ActionError(`Signed in as ${answer.identity.address}, not ${account.address}.`, {
      code: 'microsoft.otherAccount',
      params: { address: answer.identity.address, expected: account.address },
    });
  await deps.auth.vault.set(account.id, answer.tokens);
  await saveMicrosoftKind(deps.db, account.id, answer.identity.personal ? 'personal' : 'work');
  if (answer.identity.personal) throw personalError(account.address);
  const granted = answer.tokens.scopes;
  if (!granted.includes('chat.read') || !granted.includes('chat.readbasic'))
    throw new ActionError(`Microsoft did not grant Chat.ReadBasic and Chat.Read for ${account.address}.`, {
      code: 'msteams.notGranted',
      params: { address: account.address },
    });
  await setTeamsAccount(account.id, true, deps.db);
  return { on: true };
}

export const teamsHandlers: TeamsHandlers = {
  'microsoft.teams': ({ accountId, on }) => turnTeams({ db, auth: browserAuthDeps(), config }, accountId, on),

  'teams.card': ({ personId }) => teamsForCard(cardDeps, personId),
};
