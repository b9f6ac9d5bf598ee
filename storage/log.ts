// Applies the logging policy to one chunk of messages inside the caller's transaction: batched lookups,
// core decisions, then a handful of bulk writes. Nothing here queries per message.
import { canonicalEmail } from '../core/email';
import { personId as asPersonId, type CompanyId, type InteractionId, type PersonId } from '../core/ids';
import {
  decideMessage,
  participantsOf,
  type LogBecause,
  type LoggableMessage,
  type MessageDecision,
  type PolicyContext,
} from '../core/logging-policy';
import { keyStrengthOf } from '../core/message-identity';
import {
  addressLookupKeys,
  buildMatchBase,
  domainLookupKeys,
  matchAddress,
  matchCompany,
  type MatchBase,
} from '../core/matching';
import type { Interaction, InteractionSource, Person, Settings } from '../core/model';
import { newId, type KartkaDB, type StoredCompany, type StoredInteraction, type StoredPerson } from './db';
import { recordContacts } from './last-contact';
import { rowsByIndexes, rowsByKeys } from './lookup';
import { buildInteraction, enrichKnown } from './log-records';
import { findKnownMessages } from './message-identity';
import { knownCompany, knownPerson, personRow } from './rows';

export interface MessageOutcome {
  logged: boolean;
  /** In English, as stored on the interaction. */
  reason: string;
  /** The same reason as a code and figures, for the reader's language. */
  because?: LogBecause;
  interactionId?: InteractionId;
  /** True when the message was already in the base (by provider key or Message-ID). */
  duplicate: boolean;
}

export interface ChunkOutcome {
  outcomes: MessageOutcome[];
  added: number;
  alreadyLogged: number;
  created: StoredPerson[];
  base: MatchBase;
}

/** A stable key for a message that has neither a provider id nor a Message-ID (e.g. some imports). */
export function fingerprintKey(m: LoggableMessage): string {
  const text = `${canonicalEmail(m.from?.address ?? '')}|${m.date ?? ''}|${m.subject}|${m.to.map((t) => canonicalEmail(t.address)).join(',')}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return `fp:${h.toString(36)}:${m.date ?? ''}`;
}

/** Logs one chunk (≤ ~1,000 messages); must run inside a rw transaction over people, companies, interactions. */
export async function logChunk(
  db: KartkaDB,
  messages: readonly LoggableMessage[],
  settings: Settings,
  own: readonly string[],
  now: number,
  source: InteractionSource,
): Promise<ChunkOutcome> {
  // Positional page keys are never stored (a position is not an identity); a keyless archive message gets a
  // content hash so that importing it twice is exact.
  const keyed = messages.map((m): LoggableMessage => {
    if (keyStrengthOf(m.providerKey, m.keyStrength) === 'positional') {
      const { providerKey: _position, keyStrength: _strength, ...rest } = m;
      return rest;
    }
    return m.providerKey || m.rfcMessageId ? m : { ...m, providerKey: fingerprintKey(m) };
  });
  // Every lookup in one wave: which messages the base already holds (core/message-identity.ts), the people
  // and the companies (none of them depends on another).
  const fold = settings.gmailDotPlusFolding;
  const addresses = keyed.flatMap(participantsOf).map((p) => p.address);
  const lookup = addressLookupKeys(addresses, fold);
  const [known, [peopleRows = [], folded = []], companyRows] = await Promise.all([
    findKnownMessages(db, keyed, source),
    rowsByIndexes(db.people, [
      { index: 'emails', keys: lookup.emails },
      { index: 'gmailKeys', keys: lookup.gmailKeys },
    ]),
    rowsByKeys(db.companies, 'domains', domainLookupKeys(addresses, settings)),
  ]);
  const people = new Map<PersonId, StoredPerson>();
  for (const p of [...peopleRows, ...folded]) if (p.mergedInto === undefined) people.set(p.id, p);
  const companies = new Map<CompanyId, StoredCompany>();
  for (const c of companyRows) if (c.mergedInto === undefined) companies.set(c.id, c);
  const base = buildMatchBase(
    [...people.values()].map(knownPerson),
    [...companies.values()].map(knownCompany),
  );
  const ctx: PolicyContext = { settings, own, base };

  let decisions: (MessageDecision | null)[] = keyed.map((m, i) => (known[i] ? null : decideMessage(m, ctx)));

  // People created by one message (a reply I sent) make the thread's other messages known too.
  const names = new Map<string, string>();
  for (const p of keyed.flatMap(participantsOf))
    if (p.name.trim() && !names.has(p.address)) names.set(p.address, p.name.trim());
  const created = new Map<string, StoredPerson>();
  for (const d of decisions) {
    for (const c of d?.create ?? []) {
      if (created.has(c.address) || matchAddress(c.address, base, fold)) continue;
      const company = matchCompany(c.address, base, settings);
      const person: Person = {
        id: asPersonId(newId()),
        displayName: names.get(c.address) ?? c.address,
        emails: [c.address],
        phones: [],
        tags: [],
        companies: company
          ? [{ companyId: company.id, decisionMaker: false, archived: false, since: now }]
          : [],
        custom: {},
        source: `logged mail (${source})`,
        createdAt: now,
        updatedAt: now,
      };
      const row = personRow(person, company ? [company.name] : []);
      created.set(c.address, row);
      const known = knownPerson(row);
      base.byEmail.set(c.address, known);
      for (const k of row.gmailKeys) base.byGmailKey.set(k, known);
    }
  }
  if (created.size > 0) {
    decisions = decisions.map((d, i) => {
      const m = keyed[i];
      return d === null || d.create.length > 0 || !m ? d : decideMessage(m, ctx);
    });
  }

  const outcomes: MessageOutcome[] = [];
  const interactions: Interaction[] = [];
  const seenKeys = new Map<string, InteractionId>();
  const lastContact = new Map<string, number>();
  let alreadyLogged = 0;
  const touch = (id: string, at: number) => lastContact.set(id, Math.max(lastContact.get(id) ?? 0, at));

  const rekeyed = new Map<InteractionId, StoredInteraction>();
  keyed.forEach((m, i) => {
    const existing = known[i];
    if (existing) {
      // The base holds this message (maybe under a page's stand-in key): rekey it with what this reading adds.
      const current = rekeyed.get(existing.row.id) ?? existing.row;
      const updated = enrichKnown(current, { ...existing, row: current }, m, source, base, settings);
      if (updated !== current) rekeyed.set(current.id, updated);
      if (m.providerKey) seenKeys.set(`k:${m.providerKey}`, current.id);
      if (m.rfcMessageId) seenKeys.set(`r:${m.rfcMessageId}`, current.id);
    }
    const dupId =
      existing?.row.id ??
      (m.providerKey ? seenKeys.get(`k:${m.providerKey}`) : undefined) ??
      (m.rfcMessageId ? seenKeys.get(`r:${m.rfcMessageId}`) : undefined);
    if (dupId) {
      alreadyLogged++;
      const reason = existing?.row.reason
        ? `${existing.row.reason} (already in the base)`
        : 'already in the base';
      outcomes.push({
        logged: true,
        reason,
        because: { code: 'already' },
        interactionId: dupId,
        duplicate: true,
      });
      return;
    }
    const d = decisions[i];
    if (!d || !d.log || m.date === null) {
      const skipped: MessageOutcome = { logged: false, reason: d?.reason ?? 'not logged', duplicate: false };
      if (d) skipped.because = d.because;
      outcomes.push(skipped);
      return;
    }
    const interaction = buildInteraction(m, m.date, d, base, settings, source, now);
    interactions.push(interaction);
    if (m.providerKey) seenKeys.set(`k:${m.providerKey}`, interaction.id);
    if (m.rfcMessageId) seenKeys.set(`r:${m.rfcMessageId}`, interaction.id);
    for (const p of interaction.personIds) touch(p, m.date);
    for (const c of interaction.companyIds) touch(c, m.date);
    outcomes.push({
      logged: true,
      reason: d.reason,
      because: d.because,
      interactionId: interaction.id,
      duplicate: false,
    });
  });

  const newPeople = [...created.values()].map((p) => withLastContact(p, lastContact.get(p.id)));
  const ownDate = (id: string) =>
    (people.get(id as PersonId) ?? companies.get(id as CompanyId))?.lastContactAt;
  const createdIds = new Set(newPeople.map((p) => p.id as string));
  const contacts = new Map([...lastContact].filter(([id]) => !createdIds.has(id)));
  // All writes issued at once (they run in order): the database stores one batch while the next is encoded.
  // Known clients' last contact goes to its narrow table, not a rewrite of their whole row (schema v5).
  await Promise.all([
    newPeople.length ? db.people.bulkAdd(newPeople) : null,
    rekeyed.size ? db.interactions.bulkPut([...rekeyed.values()]) : null,
    interactions.length ? db.interactions.bulkAdd(interactions) : null,
    recordContacts(db, contacts, ownDate),
  ]);
  return { outcomes, added: interactions.length, alreadyLogged, created: newPeople, base };
}

function withLastContact(p: StoredPerson, at: number | undefined): StoredPerson {
  return at === undefined ? p : { ...p, lastContactAt: at };
}
