// Logging mail into the base (from the page, the APIs or an import) and reading a client's history.
import Dexie, { type Collection, type InsertType } from 'dexie';
import { canonicalEmail } from '../core/email';
import { safeMessage } from '../core/mail-input';
import type { CompanyId, InteractionId, PersonId, ThreadKey } from '../core/ids';
import { threadKey as makeThreadKey } from '../core/ids';
import {
  mainCorrespondent,
  messagesFromThread,
  participantsOf,
  type LogBecause,
  type LoggableMessage,
} from '../core/logging-policy';
import type { ThreadSnapshot } from '../core/mail';
import { isInternalAddress, isOwnAddress, matchAddress } from '../core/matching';
import type { Interaction, InteractionSource, Settings } from '../core/model';
import { chunks } from './batch';
import type { KartkaDB, StoredInteraction } from './db';
import { logChunk } from './log';

export interface LogDecision {
  providerMessageId: string;
  logged: boolean;
  reason: string;
  because?: LogBecause;
  interactionId?: InteractionId;
}

export interface Correspondent {
  address: string;
  name: string;
  personId?: PersonId;
  isNew: boolean;
}

export interface LogThreadResult {
  threadKey: ThreadKey;
  decisions: LogDecision[];
  added: number;
  alreadyLogged: number;
  correspondents: Correspondent[];
  /** Address of the main correspondent: the most frequent external participant, preferring the latest sender. */
  main: string | null;
}

/** Own addresses for one mailbox: the settings' list plus the signed-in account read from the page. */
function ownAddresses(settings: Settings, account: string | null | undefined): string[] {
  return account ? [...settings.ownAddresses, canonicalEmail(account)] : [...settings.ownAddresses];
}

/** Logs an opened thread in one transaction; logging the same thread again adds nothing. */
export async function logThread(
  db: KartkaDB,
  snapshot: ThreadSnapshot,
  settings: Settings,
  now: number,
): Promise<LogThreadResult> {
  const messages = messagesFromThread(snapshot);
  const own = ownAddresses(settings, snapshot.account);
  const fold = settings.gmailDotPlusFolding;
  return db.transaction('rw', [db.people, db.companies, db.interactions, db.lastContact], async () => {
    const chunk = await logChunk(db, messages, settings, own, now, snapshot.provider);
    const decisions = snapshot.messages.map((m, i): LogDecision => {
      const o = chunk.outcomes[i];
      const d: LogDecision = {
        providerMessageId: m.providerMessageId,
        logged: o?.logged ?? false,
        reason: o?.reason ?? '',
      };
      if (o?.because) d.because = o.because;
      if (o?.interactionId) d.interactionId = o.interactionId;
      return d;
    });
    const createdIds = new Set(chunk.created.map((p) => p.id));
    const correspondents = new Map<string, Correspondent>();
    for (const p of messages.flatMap(participantsOf)) {
      if (
        correspondents.has(p.address) ||
        isOwnAddress(p.address, own, fold) ||
        isInternalAddress(p.address, settings.internalDomains)
      )
        continue;
      const person = matchAddress(p.address, chunk.base, fold);
      const c: Correspondent = {
        address: p.address,
        name: p.name.trim() || (person?.displayName ?? ''),
        isNew: false,
      };
      if (person) {
        c.personId = person.id;
        c.isNew = createdIds.has(person.id);
      }
      correspondents.set(p.address, c);
    }
    return {
      threadKey: makeThreadKey(snapshot.provider, snapshot.threadId),
      decisions,
      added: chunk.added,
      alreadyLogged: chunk.alreadyLogged,
      correspondents: [...correspondents.values()],
      main: mainCorrespondent(messages, { settings, own }),
    };
  });
}

export interface LogMessagesResult {
  added: number;
  alreadyLogged: number;
  notLogged: number;
  peopleCreated: number;
  /** One per input message, in input order. */
  decisions: {
    index: number;
    logged: boolean;
    reason: string;
    because?: LogBecause;
    interactionId?: InteractionId;
  }[];
}

/** Logs messages from an API sync or an import, ~1,000 per transaction; re-running it adds nothing. */
export async function logMessages(
  db: KartkaDB,
  messages: readonly LoggableMessage[],
  settings: Settings,
  now: number,
  source: InteractionSource,
  account?: string,
): Promise<LogMessagesResult> {
  const own = ownAddresses(settings, account);
  const result: LogMessagesResult = {
    added: 0,
    alreadyLogged: 0,
    notLogged: 0,
    peopleCreated: 0,
    decisions: [],
  };
  let offset = 0;
  // Every source's addresses are checked and its texts cut here, as the page's are on receipt.
  for (const chunk of chunks(messages.map(safeMessage))) {
    const out = await db.transaction('rw', [db.people, db.companies, db.interactions, db.lastContact], () =>
      logChunk(db, chunk, settings, own, now, source),
    );
    result.added += out.added;
    result.alreadyLogged += out.alreadyLogged;
    result.peopleCreated += out.created.length;
    out.outcomes.forEach((o, i) => {
      if (!o.logged) result.notLogged++;
      const d: LogMessagesResult['decisions'][number] = {
        index: offset + i,
        logged: o.logged,
        reason: o.reason,
      };
      if (o.because) d.because = o.because;
      if (o.interactionId) d.interactionId = o.interactionId;
      result.decisions.push(d);
    });
    offset += chunk.length;
  }
  return result;
}

/** A client's history as a Dexie collection, newest first: add `.limit(n)`, `.count()`, `.toArray()`. */
export type History = Collection<StoredInteraction, InteractionId, InsertType<StoredInteraction, 'id'>>;

/** A person's history off the `[personId, at]` index, newest first. */
export function personHistory(db: KartkaDB, personId: PersonId): History {
  return db.interactions
    .where('personAt')
    .between([personId, Dexie.minKey], [personId, Dexie.maxKey])
    .reverse();
}

/** A company's history off the `[companyId, at]` index, newest first. */
export function companyHistory(db: KartkaDB, companyId: CompanyId): History {
  return db.interactions
    .where('companyAt')
    .between([companyId, Dexie.minKey], [companyId, Dexie.maxKey])
    .reverse();
}

/** A person's latest `limit` interactions, newest first. */
export async function interactionsForPerson(
  db: KartkaDB,
  personId: PersonId,
  limit: number,
): Promise<Interaction[]> {
  return personHistory(db, personId).limit(limit).toArray();
}

/** How many interactions a person has. */
export async function countInteractionsForPerson(db: KartkaDB, personId: PersonId): Promise<number> {
  return personHistory(db, personId).count();
}

/** How many messages (emails and chat messages; not notes, calls or meetings) a person has. */
export async function countMessagesForPerson(db: KartkaDB, personId: PersonId): Promise<number> {
  // No index holds the kind: the history is walked by value (after the user stays on the card; see sidebar-port).
  return personHistory(db, personId)
    .filter((i) => i.kind === 'email' || i.kind === 'chat')
    .count();
}

/** A company's latest `limit` interactions, newest first. */
export async function interactionsForCompany(
  db: KartkaDB,
  companyId: CompanyId,
  limit: number,
): Promise<Interaction[]> {
  return companyHistory(db, companyId).limit(limit).toArray();
}

/** Everything logged from one thread, oldest first. */
export async function interactionsForThread(db: KartkaDB, key: ThreadKey): Promise<Interaction[]> {
  return db.interactions.where('threadKey').equals(key).sortBy('at');
}
