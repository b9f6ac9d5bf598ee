// The records the logging path writes: a new interaction for a message, and a known one enriched by a new
// reading of it (rekeyed through core/message-identity.ts, and given the recipients it did not show before).
import { canonicalEmail } from '../core/email';
import { interactionId, type CompanyId, type PersonId } from '../core/ids';
import type { LoggableMessage, MessageDecision } from '../core/logging-policy';
import { keyStrengthOf } from '../core/message-identity';
import { matchAddress, matchCompany, type MatchBase } from '../core/matching';
import type { Interaction, InteractionSource, Participant, ParticipantRole, Settings } from '../core/model';
import { newId, type StoredInteraction } from './db';
import { applyIdentityPatch, identityPatch, PAGE_SOURCES, type KnownMessage } from './message-identity';

const ROLES: [ParticipantRole, (m: LoggableMessage) => readonly { name: string; address: string }[]][] = [
  ['from', (m) => (m.from ? [m.from] : [])],
  ['to', (m) => m.to],
  ['cc', (m) => m.cc],
];

/** A message's participants with roles, each linked to the person and company the base knows for it. */
function linkedParticipants(
  m: LoggableMessage,
  base: MatchBase,
  settings: Settings,
): { participants: Participant[]; personIds: Set<PersonId>; companyIds: Set<CompanyId> } {
  const fold = settings.gmailDotPlusFolding;
  const participants: Participant[] = [];
  const personIds = new Set<PersonId>();
  const companyIds = new Set<CompanyId>();
  for (const [role, list] of ROLES) {
    for (const a of list(m)) {
      const address = canonicalEmail(a.address);
      const participant: Participant = { address, role };
      if (a.name.trim()) participant.name = a.name.trim();
      const person = matchAddress(address, base, fold);
      if (person) {
        participant.personId = person.id;
        personIds.add(person.id);
        for (const c of person.companyIds) companyIds.add(c);
      }
      const company = matchCompany(address, base, settings);
      if (company) companyIds.add(company.id);
      participants.push(participant);
    }
  }
  return { participants, personIds, companyIds };
}

/**
 * A record the base holds, with what a new reading of the message adds: its keys (a firm id replacing a page's
 * stand-in, the Message-ID, the thread; core/message-identity.ts) and the recipients a collapsed reading did
 * not show. The same object when nothing changes.
 */
export function enrichKnown(
  row: StoredInteraction,
  known: KnownMessage,
  m: LoggableMessage,
  source: InteractionSource,
  base: MatchBase,
  settings: Settings,
): StoredInteraction {
  const patch = identityPatch(known, m, source);
  const next = patch ? applyIdentityPatch(row, patch) : row;
  const shown = new Set(row.participants.map((p) => p.address));
  const linked = linkedParticipants(m, base, settings);
  const added = linked.participants.filter((p) => p.role !== 'from' && p.address && !shown.has(p.address));
  if (added.length === 0) return next;
  const personIds = new Set([...row.personIds, ...added.flatMap((p) => p.personId ?? [])]);
  const companyIds = new Set([...row.companyIds, ...linked.companyIds]);
  const interaction: StoredInteraction = {
    ...next,
    participants: [...row.participants, ...added],
    personIds: [...personIds],
    companyIds: [...companyIds],
  };
  if (!row.snippet && m.snippet) interaction.snippet = m.snippet.slice(0, 500);
  return interaction;
}

/** The stored record for a logged message: participants with roles, linked to every person and company involved. */
export function buildInteraction(
  m: LoggableMessage,
  at: number,
  d: MessageDecision,
  base: MatchBase,
  settings: Settings,
  source: InteractionSource,
  now: number,
): Interaction {
  const { participants, personIds, companyIds } = linkedParticipants(m, base, settings);
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
  if (keyStrengthOf(m.providerKey, m.keyStrength) === 'provisional') interaction.provisionalKey = true;
  if (PAGE_SOURCES.has(source)) interaction.pageDated = true;
  if (m.rfcMessageId) interaction.rfcMessageId = m.rfcMessageId;
  if (m.threadKey) interaction.threadKey = m.threadKey;
  if (m.snippet) interaction.snippet = m.snippet.slice(0, 500);
  return interaction;
}
