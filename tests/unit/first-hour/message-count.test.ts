// "N messages logged" counts messages — emails and chat messages — not notes, calls or meetings; a long history is
// counted by the sidebar port, and a message logged meanwhile moves the count on by the messages alone.
import { afterEach, describe, expect, test } from 'vitest';
import { followCount, messageWindow, type CardView } from '../../../core/card';
import { t } from '../../../core/i18n';
import { interactionId, type PersonId } from '../../../core/ids';
import type { Interaction, InteractionKind } from '../../../core/model';
import { cardForPerson } from '../../../storage/cards';
import type { KartkaDB } from '../../../storage/db';
import { countInteractionsForPerson, countMessagesForPerson } from '../../../storage/interactions';
import { createPerson } from '../../../storage/people';
import { freshDb, NOW, testSettings } from '../storage/helpers';

let db: KartkaDB;
afterEach(async () => {
  await db.delete();
});

const entry = (n: number, kind: InteractionKind, person: PersonId): Interaction => ({
  id: interactionId(`i-${n}`),
  kind,
  source: kind === 'chat' ? 'telegram' : kind === 'email' ? 'gmail' : 'manual',
  providerKey: `k:${n}`,
  direction: 'incoming',
  participants: [],
  subject: `${kind} ${n}`,
  at: NOW - n * 60_000,
  attachmentNames: [],
  personIds: [person],
  companyIds: [],
  createdAt: NOW,
});

async function olenaWith(kinds: readonly InteractionKind[]): Promise<PersonId> {
  db = freshDb();
  const p = await createPerson(
    db,
    { displayName: 'Олена Коваль', emails: ['olena@alfa.ua'] },
    testSettings(),
    NOW,
  );
  if (!p.ok) throw new Error('person');
  await db.interactions.bulkPut(kinds.map((k, n) => entry(n, k, p.person.id)));
  return p.person.id;
}

describe('messages logged', () => {
  test('a short history: emails and chats counted, notes, calls and meetings not', async () => {
    const id = await olenaWith(['email', 'note', 'chat', 'call', 'email', 'meeting', 'note']);
    const card = (await cardForPerson(db, id, testSettings())) as CardView;
    expect(card.historyCount).toBe(7);
    expect(card.messageCount).toBe(3);
    expect(t('en', 'messagesLogged', { count: card.messageCount ?? -1 })).toBe('3 messages logged');
  });

  test('a long history is left to the port, which counts the messages alone', async () => {
    const kinds = Array.from({ length: 80 }, (_, n): InteractionKind => (n % 4 === 0 ? 'note' : 'email'));
    const id = await olenaWith(kinds);
    const card = (await cardForPerson(db, id, testSettings())) as CardView;
    expect(card.messageCount).toBeNull();
    expect(await countInteractionsForPerson(db, id)).toBe(80);
    expect(await countMessagesForPerson(db, id)).toBe(60);
    // A message and a note logged after the count: the message count moves by one.
    const counted = { count: 60, window: messageWindow(card.timeline) };
    const newer = [
      { ...card.timeline[0], key: 'i:new-mail', kind: 'email' as const, at: NOW + 1 },
      { ...card.timeline[0], key: 'i:new-note', kind: 'note' as const, at: NOW + 2 },
      ...card.timeline,
    ].filter((e) => e.kind !== undefined) as CardView['timeline'];
    expect(followCount(counted, newer, messageWindow)).toBe(61);
  });
});
