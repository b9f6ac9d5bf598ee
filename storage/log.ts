// Applies the logging policy to one chunk of messages inside the caller's transaction: batched lookups,
// core decisions, then a handful of bulk writes. Nothing here queries per message.
import { canonicalEmail } from '../core/email';
import {
  interactionId,
  personId as asPersonId,
  type CompanyId,
  type InteractionId,
  type PersonId,
} from '../core/ids';
import {
  decideMessage,
  participantsOf,
  type LogBecause,
  type LoggableMessage,
  type MessageDecision,
  type PolicyContext,
} from '../core/logging-policy';
import {
  addressLookupKeys,
  buildMatchBase,
  domainLookupKeys,
  matchAddress,
  matchCompany,
  type KnownPerson,
  type MatchBase,
} from '../core/matching';
import type {
  Interaction,
  InteractionSource,
  Participant,
  ParticipantRole,
  Person,
  Settings,
} from '../core/model';
import { newId, type KartkaDB, type StoredCompany, type StoredPerson } from './db';
import { recordContacts } from './last-contact';
import { primaryKeysByKeys, rowsByIndexes, rowsByKeys } from './lookup';
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

const ROLES: [ParticipantRole, (m: LoggableMessage) => readonly { name: string; address: string }[]][] = [
  ['from', (m) => (m.from ? [m.from] : [])],
  ['to', (m) => m.to],
  ['cc', (m) => m.cc],
];

/** Logs one chunk (≤ ~1,000 messages); must run inside a rw transaction over people, companies, interactions. */
export async function logChunk(
  db: KartkaDB,
  messages: readonly LoggableMessage[],
  settings: Settings,
  own: readonly string[],
  now: number,
  source: InteractionSource,
): Promise<ChunkOutcome> {
  const keyed = messages.map((m) =>
    m.providerKey || m.rfcMessageId ? m : { ...m, providerKey: fingerprintKey(m) },
  );
  // Every lookup in one wave: the duplicate check by provider key, the people and the companies (none of
  // them depends on another); the Message-ID check follows for the provider keys that were not found.
  const fold = settings.gmailDotPlusFolding;
  const addresses = keyed.flatMap(participantsOf).map((p) => p.address);
  const lookup = addressLookupKeys(addresses, fold);
  const duplicates = primaryKeysByKeys(
    db.interactions,
    'providerKey',
    keyed.flatMap((m) => m.providerKey ?? []),
  ).then((byKey) => {
    const rfcsToCheck = keyed.flatMap((m) =>
      m.rfcMessageId && !(m.providerKey && byKey.has(m.providerKey)) ? [m.rfcMessageId] : [],
    );
    return primaryKeysByKeys(db.interactions, 'rfcMessageId', rfcsToCheck).then((byRfc) => ({
      byKey,
      byRfc,
    }));
  });
  const [{ byKey, byRfc }, [peopleRows = [], folded = []], companyRows] = await Promise.all([
    duplicates,
    rowsByIndexes(db.people, [
      { index: 'emails', keys: lookup.emails },
      { index: 'gmailKeys', keys: lookup.gmailKeys },
    ]),
    rowsByKeys(db.companies, 'domains', domainLookupKeys(addresses, settings)),
  ]);
  const dupIds = [...new Set([...byKey.values(), ...byRfc.values()])] as InteractionId[];
  const dupRows = new Map(
    (dupIds.length ? await db.interactions.bulkGet(dupIds) : []).flatMap((i) =>
      i ? [[i.id, i] as const] : [],
    ),
  );
  const people = new Map<PersonId, StoredPerson>();
  for (const p of [...peopleRows, ...folded]) if (p.mergedInto === undefined) people.set(p.id, p);
  const companies = new Map<CompanyId, StoredCompany>();
  for (const c of companyRows) if (c.mergedInto === undefined) companies.set(c.id, c);
  const base = buildMatchBase(
    [...people.values()].map(knownPerson),
    [...companies.values()].map(knownCompany),
  );
  const ctx: PolicyContext = { settings, own, base };

  const duplicateOf = (m: LoggableMessage) => {
    const id =
      (m.providerKey ? byKey.get(m.providerKey) : undefined) ??
      (m.rfcMessageId ? byRfc.get(m.rfcMessageId) : undefined);
    return id === undefined
      ? undefined
      : (dupRows.get(id as InteractionId) ?? { id: id as InteractionId, reason: undefined });
  };
  let decisions: (MessageDecision | null)[] = keyed.map((m) =>
    duplicateOf(m) ? null : decideMessage(m, ctx),
  );

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

  keyed.forEach((m, i) => {
    const existing = duplicateOf(m);
    const dupId =
      existing?.id ??
      (m.providerKey ? seenKeys.get(`k:${m.providerKey}`) : undefined) ??
      (m.rfcMessageId ? seenKeys.get(`r:${m.rfcMessageId}`) : undefined);
    if (dupId) {
      alreadyLogged++;
      const reason = existing?.reason ? `${existing.reason} (already in the base)` : 'already in the base';
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
  const known = new Map([...lastContact].filter(([id]) => !createdIds.has(id)));
  // All writes issued at once (they run in order): the database stores one batch while the next is encoded.
  // Known clients' last contact goes to its narrow table, not a rewrite of their whole row (schema v5).
  await Promise.all([
    newPeople.length ? db.people.bulkAdd(newPeople) : null,
    interactions.length ? db.interactions.bulkAdd(interactions) : null,
    recordContacts(db, known, ownDate),
  ]);
  return { outcomes, added: interactions.length, alreadyLogged, created: newPeople, base };
}

function withLastContact(p: StoredPerson, at: number | undefined): StoredPerson {
  return at === undefined ? p : { ...p, lastContactAt: at };
}

/** The stored record for a logged message: participants with roles, linked to every person and company involved. */
function buildInteraction(
  m: LoggableMessage,
  at: number,
  d: MessageDecision,
  base: MatchBase,
  settings: Settings,
  source: InteractionSource,
  now: number,
): Interaction {
  const fold = settings.gmailDotPlusFolding;
  const participants: Participant[] = [];
  const personIds = new Set<PersonId>();
  const companyIds = new Set<CompanyId>();
  const linkPerson = (p: KnownPerson) => {
    personIds.add(p.id);
    for (const c of p.companyIds) companyIds.add(c);
  };
  for (const [role, list] of ROLES) {
    for (const a of list(m)) {
      const address = canonicalEmail(a.address);
      const participant: Participant = { address, role };
      if (a.name.trim()) participant.name = a.name.trim();
      const person = matchAddress(address, base, fold);
      if (person) {
        participant.personId = person.id;
        linkPerson(person);
      }
      const company = matchCompany(address, base, settings);
      if (company) companyIds.add(company.id);
      participants.push(participant);
    }
  }
  const interaction: Interaction = {
    id: interactionId(newId()),
    kind: 'email',
    source,
    direction: d.direction,
    participants,
    subject: m.subject.slice(0, 500),
    at,
    attachmentNames: [...m.attachmentNames],
    personIds: [...personIds],
    companyIds: [...companyIds],
    reason: d.reason,
    createdAt: now,
  };
  if (m.providerKey) interaction.providerKey = m.providerKey;
  if (m.rfcMessageId) interaction.rfcMessageId = m.rfcMessageId;
  if (m.threadKey) interaction.threadKey = m.threadKey;
  if (m.snippet) interaction.snippet = m.snippet.slice(0, 500);
  return interaction;
}
