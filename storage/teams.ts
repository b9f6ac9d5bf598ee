// Teams messages read for a person's card, stored as chat interactions through the chat side of the logging path
// (the interactions table's unique provider key, last-contact rows, as storage/log-chat.ts does): one record per
// chat message (keyed `teams:<chat>/<message>`), and the chat's state (watermark, unfinished round) written in the
// same transaction, so a card opened again asks only for what is newer and a message is never stored twice.
import { interactionId, type CompanyId, type PersonId } from '../core/ids';
import type { Interaction } from '../core/model';
import type { TeamsMessage } from '../core/sync/microsoft/teams';
import type { TeamsChatState } from '../core/sync/microsoft/teams-state';
import { newId, type KartkaDB } from './db';
import { recordContacts } from './last-contact';
import { primaryKeysByKeys } from './lookup';
import { putTeamsChatState } from './teams-state';

export interface TeamsPerson {
  id: PersonId;
  address: string;
  name: string;
}

/** Stores the messages not yet in the base and the chat's next state, together. Returns how many were new. */
export async function storeTeamsMessages(
  db: KartkaDB,
  accountId: string,
  chatId: string,
  person: TeamsPerson,
  messages: readonly TeamsMessage[],
  state: TeamsChatState,
  now: number,
): Promise<number> {
  return db.transaction('rw', [db.people, db.interactions, db.lastContact, db.meta], async () => {
    const known = await primaryKeysByKeys(
      db.interactions,
      'providerKey',
      messages.map((m) => m.key),
    );
    const row = await db.people.get(person.id);
    const companyIds: CompanyId[] = row
      ? row.companies.filter((c) => !c.archived).map((c) => c.companyId)
      : [];
    const seen = new Set<string>();
    const fresh: Interaction[] = [];
    for (const m of messages) {
      if (known.has(m.key) || seen.has(m.key)) continue;
      seen.add(m.key);
      fresh.push({
        id: interactionId(newId()),
        kind: 'chat',
        source: 'graph',
        providerKey: m.key,
        threadKey: `teams:${chatId}` as Interaction['threadKey'] & string,
        direction: m.direction,
        participants: [
          {
            address: person.address,
            name: person.name,
            role: m.direction === 'incoming' ? 'from' : 'to',
            personId: person.id,
          },
        ],
        snippet: m.text,
        at: m.at,
        attachmentNames: [],
        personIds: [person.id],
        companyIds,
        reason: 'Teams chat with this person',
        createdAt: now,
      });
    }
    if (fresh.length) await db.interactions.bulkAdd(fresh);
    const latest = Math.max(...fresh.map((i) => i.at), -Infinity);
    if (fresh.length) {
      const touched = new Map<string, number>([
        [person.id, latest],
        ...companyIds.map((c) => [c, latest] as [string, number]),
      ]);
      await recordContacts(db, touched, (id) => (id === person.id ? row?.lastContactAt : undefined));
    }
    await putTeamsChatState(db, accountId, chatId, state);
    return fresh.length;
  });
}
