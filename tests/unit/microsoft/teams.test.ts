// Teams chats on the card, the pieces: the rules of a chat's state between openings (the first reading takes the
// newest page only; later rounds read every page newer than the watermark, which moves only when the round is
// complete; one request a second per chat; Graph's wait kept), the chat lookup's cache, a chat's HTML as text,
// and the fake Graph's documented limits on /me/chats (25 chats a page with members expanded).
import { describe, expect, it } from 'vitest';
import {
  afterChatFailure,
  afterChatPage,
  cachedChatFresh,
  CHAT_LEASE_MS,
  chatRequestUrl,
  claimChat,
  emptyChatState,
  isPersonalTenant,
  pacedRetryAt,
  teamsProblemOf,
} from '../../../core/sync/microsoft/teams-state';
import { chatsPath, chatText, teamsAvailability } from '../../../core/sync/microsoft/teams';
import { createMicrosoftFake } from '../../fakes/microsoft';
import { listChats } from '../../fakes/microsoft/teams';

const T0 = Date.parse('2026-06-01T09:00:00Z');
const NEXT = 'https://graph.microsoft.com/v1.0/me/chats/c1/messages?$skiptoken=50';

describe('a Teams chat between card openings', () => {
  it('takes the newest page first, then whole rounds newer than the watermark', () => {
    const first = claimChat(emptyChatState(), T0);
    // Taken until the answer is stored (a stopped worker frees it after the lease).
    expect(first).toEqual({ watermark: null, round: null, notBefore: T0 + CHAT_LEASE_MS });
    if (!first) throw new Error('not claimed');
    expect(claimChat(first, T0 + 5000)).toBeNull();
    expect(pacedRetryAt(first, T0 + 5000)).toBe(T0 + 6000);
    expect(chatRequestUrl('c1', first)).toBe(
      '/me/chats/c1/messages?$top=50&$orderby=lastModifiedDateTime desc',
    );
    // The first reading never walks into history, whatever the next link says.
    const read = afterChatPage(first, { newest: '2026-05-02T10:59:00Z', next: NEXT }, T0);
    expect(read).toEqual({ watermark: '2026-05-02T10:59:00Z', round: null, notBefore: T0 + 1000 });
    expect(chatRequestUrl('c1', read)).toContain('$filter=lastModifiedDateTime gt 2026-05-02T10:59:00Z');
    // Under a second after the request left, the chat is not asked again.
    expect(claimChat(read, T0 + 999)).toBeNull();
    expect(pacedRetryAt(read, T0 + 500)).toBe(T0 + 1000);
    const again = claimChat(read, T0 + 1000);
    if (!again) throw new Error('not claimed');
    // A round of three pages: the watermark stays until its last page, then moves to the newest date seen.
    const p1 = afterChatPage(again, { newest: '2026-05-04T09:00:00Z', next: NEXT }, T0 + 1000);
    expect(p1).toMatchObject({
      watermark: '2026-05-02T10:59:00Z',
      round: { next: NEXT },
      notBefore: T0 + 2000,
    });
    expect(chatRequestUrl('c1', p1)).toBe(NEXT);
    const p2 = afterChatPage(p1, { newest: '2026-05-03T09:00:00Z', next: `${NEXT}0` }, T0 + 2000);
    const p3 = afterChatPage(p2, { newest: '2026-05-02T11:00:00Z', next: null }, T0 + 3000);
    expect(p3).toMatchObject({ watermark: '2026-05-04T09:00:00Z', round: null });
    // Nothing newer: the watermark stays.
    expect(afterChatPage(p3, { newest: null, next: null }, T0 + 4000).watermark).toBe('2026-05-04T09:00:00Z');
  });

  it('keeps the wait Graph asked for, and drops an unfinished round on a failure', () => {
    const state = { watermark: 'w', round: { next: NEXT, newest: 'n' }, notBefore: T0 + CHAT_LEASE_MS };
    const rate = afterChatFailure(state, { kind: 'rate', status: 429, retryAfterMs: 30_000 }, T0, T0 + 200);
    expect(rate).toEqual({ watermark: 'w', round: null, notBefore: T0 + 30_200 });
    expect(claimChat(rate, T0 + 30_199)).toBeNull();
    expect(afterChatFailure(state, { kind: 'denied', status: 403 }, T0, T0 + 200).notBefore).toBe(T0 + 1000);
    expect(teamsProblemOf({ kind: 'denied', status: 403 })).toBe('consent');
    expect(teamsProblemOf({ kind: 'auth', status: 401 })).toBe('reconnect');
    expect(teamsProblemOf({ kind: 'rate', status: 429 })).toBe('rate');
    expect(teamsProblemOf({ kind: 'network', status: 0 })).toBe('unreachable');
    expect(teamsProblemOf({ kind: 'denied', status: 400 })).toBe('refused');
  });

  it('keeps a found chat a day and "no chat" an hour, for the same addresses only', () => {
    const found = { emails: ['ivan@client.example'], match: { chatId: 'c', userId: 'u' }, at: T0 };
    expect(cachedChatFresh(found, ['ivan@client.example'], T0 + 23 * 3_600_000)).toBe(true);
    expect(cachedChatFresh(found, ['ivan@client.example'], T0 + 25 * 3_600_000)).toBe(false);
    expect(cachedChatFresh(found, ['ivan@client.example', 'i@x.example'], T0)).toBe(false);
    const none = { emails: ['a@b.example'], match: null, at: T0 };
    expect(cachedChatFresh(none, ['a@b.example'], T0 + 59 * 60_000)).toBe(true);
    expect(cachedChatFresh(none, ['a@b.example'], T0 + 61 * 60_000)).toBe(false);
  });

  it('is off for personal accounts, with the reason, and reads chat HTML as text', () => {
    expect(isPersonalTenant('9188040d-6c67-4c5b-b112-36a304b66dad')).toBe(true);
    expect(isPersonalTenant('72f988bf-86f1-41af-91ab-2d7cd011db47')).toBe(false);
    expect(teamsAvailability(true)).toEqual({ available: false, reason: 'personal-account' });
    expect(teamsAvailability(false)).toEqual({ available: true });
    expect(
      chatText(
        '<div>Hi&nbsp;<at id="0">Ivan</at>,<br>the <a href="x">price</a> is &lt;100&gt; &#8364;</div><script>x</script>',
      ),
    ).toBe('Hi Ivan, the price is <100> € x');
  });
});

describe('the fake /me/chats', () => {
  it('answers at most 25 chats a page with members expanded, as Graph does', () => {
    const fake = createMicrosoftFake({ clock: () => T0 });
    const box = fake.addWorkUser('olena@contoso.example', 'Olena');
    for (let i = 0; i < 30; i++)
      box.addChat(
        [{ userId: `u${i}`, displayName: `P${i}`, email: `p${i}@x.example` }],
        '2026-05-01T08:00:00Z',
      );
    const q = new URLSearchParams(chatsPath().split('?')[1]);
    expect(q.get('$top')).toBe('25');
    q.set('$top', '50');
    const page = listChats(box, q);
    expect((page.body.value as unknown[]).length).toBe(25);
    expect(page.body['@odata.nextLink']).toContain('skiptoken=25');
  });
});
