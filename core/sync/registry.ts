// Each provider's pure side, for whoever only reads stored state (the sync panel, the toolbar badge): its stream
// planners and the quota the panel reports (Gmail's; Graph's mail folders and contacts).
import type { SyncAccount, SyncProviderId } from './account';
import { GMAIL_QUOTA, gmailPlanner } from './google/gmail-plan';
import { PEOPLE_PLANNERS } from './google/people-plan';
import { gmailCostModel, spendableBudget, type QuotaBudget } from './limits';
import { GRAPH_LIMITS } from './microsoft/limits';
import { contactFolderOf } from './microsoft/contact-folders';
import { GRAPH_PLANNERS, GRAPH_QUOTA, graphPlannersFor } from './microsoft/planners';
import type { AnyStreamPlanner } from './planner';
import type { SyncPrefs } from './prefs';
import { describeSync, type SyncView } from './status';

export interface ProviderFacts {
  planners: readonly AnyStreamPlanner[];
  /** The planners of one account's streams, when they depend on the account (Outlook folders the user picked). */
  plannersFor?: (account: SyncAccount) => readonly AnyStreamPlanner[];
  /** The quota the panel shows (the scheduler spends against every quota the provider has). */
  mainQuota: (prefs: SyncPrefs) => { name: string; budget: QuotaBudget };
  /** Its contacts streams (shown on their own line): Google's two, every Outlook contact folder's. */
  isContacts: (stream: string) => boolean;
  /** Contacts need a scope an older connection may lack: without any contacts stream, the panel asks to reconnect. */
  asksForContacts: boolean;
}

export const PROVIDERS: Partial<Record<SyncProviderId, ProviderFacts>> = {
  google: {
    planners: [gmailPlanner, ...PEOPLE_PLANNERS],
    mainQuota: (prefs) => ({
      name: GMAIL_QUOTA,
      budget: spendableBudget(gmailCostModel(prefs.gmailCostModel).perUser),
    }),
    isContacts: (stream) => PEOPLE_PLANNERS.some((p) => p.stream === stream),
    asksForContacts: true,
  },
  microsoft: {
    planners: GRAPH_PLANNERS,
    plannersFor: (account) => graphPlannersFor(account.streams),
    mainQuota: () => ({ name: GRAPH_QUOTA, budget: spendableBudget(GRAPH_LIMITS.perMailbox) }),
    isContacts: (stream) => contactFolderOf(stream) !== null,
    // Contacts.Read is optional there (a declined scope turns the stream off, by the user's choice).
    asksForContacts: false,
  },
};

/** The panel's view of an account, or null for a provider this build does not know. */
export function viewOf(account: SyncAccount, prefs: SyncPrefs, now: number): SyncView | null {
  const facts = PROVIDERS[account.provider];
  if (!facts) return null;
  const planners = facts.plannersFor?.(account) ?? facts.planners;
  const streams = planners.flatMap((p) => {
    const state = account.streams[p.stream];
    const contacts = facts.isContacts(p.stream);
    return state
      ? [
          {
            stream: p.stream,
            progress: p.progress(state.cursor),
            hasWork: p.hasWork(state.cursor),
            state,
            contacts,
          },
        ]
      : [];
  });
  const contactsOff = facts.asksForContacts && !Object.keys(account.streams).some((s) => facts.isContacts(s));
  return describeSync(account, streams, facts.mainQuota(prefs), prefs.pollMinutes * 60_000, now, contactsOff);
}
