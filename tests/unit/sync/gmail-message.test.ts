// An API message meets its page reading under one key, and reads the headers the logging rules need.
import { expect, test } from 'vitest';
import { loggableFromGmail } from '../../../core/sync/google/gmail-message';
import { snapshotFromGmail } from '../../../core/sync/google/gmail-thread';
import type { GmailMessageMeta } from '../../../core/sync/google/gmail-types';

const meta = (
  id: string,
  at: number,
  headers: [string, string][],
  labelIds = ['INBOX'],
): GmailMessageMeta => ({
  id,
  threadId: '19f82b4e90a11791',
  labelIds,
  snippet: 'Добрий день, надсилаю рахунок',
  internalDate: String(at),
  headers: headers.map(([name, value]) => ({ name, value })),
});

test('keyed like the page, dated by internalDate, names decoded, bulk headers kept for the rules', () => {
  const m = loggableFromGmail(
    meta('19f82b4e90a11792', 1_790_000_000_000, [
      ['From', '=?UTF-8?B?0J7Qu9C10L3QsCDQmtC+0LLQsNC70Yw=?= <Olena.Koval@Agro-Trade.com.ua>'],
      ['To', 'ivan@kartka.ua, "Petrenko, Taras" <taras@kartka.ua>'],
      ['cc', 'buh@agro-trade.com.ua'],
      ['Subject', '=?UTF-8?B?0KDQsNGF0YPQvdC+0Lo=?= №42'],
      ['Message-ID', '<CAF=abc.123@mail.gmail.com>'],
      ['Date', 'Mon, 5 Oct 2026 09:00:00 +0300'],
      ['List-Unsubscribe', '<mailto:u@agro-trade.com.ua>'],
    ]),
  );
  expect(m).toMatchObject({
    providerKey: 'gmail:19f82b4e90a11792',
    threadKey: 'gmail:19f82b4e90a11791',
    from: { name: 'Олена Коваль', address: 'olena.koval@agro-trade.com.ua' },
    to: [
      { name: '', address: 'ivan@kartka.ua' },
      { name: 'Petrenko, Taras', address: 'taras@kartka.ua' },
    ],
    cc: [{ address: 'buh@agro-trade.com.ua' }],
    subject: 'Рахунок №42',
    rfcMessageId: 'CAF=abc.123@mail.gmail.com',
    date: 1_790_000_000_000,
    listUnsubscribe: 'present',
  });
});

test('a thread for the card without the page: oldest first, drafts and spam left out', () => {
  const from: [string, string] = ['From', 'Олена Коваль <olena@agro-trade.com.ua>'];
  const snapshot = snapshotFromGmail('19f82b4e90a11791', 'ivan@kartka.ua', [
    meta('19f82b4e90a11795', 3_000, [from, ['Subject', 'Re: Рахунок']]),
    meta('19f82b4e90a11793', 1_000, [from, ['Subject', 'Рахунок']]),
    meta(
      '19f82b4e90a11794',
      2_000,
      [
        ['From', 'ivan@kartka.ua'],
        ['Subject', 'Re: Рахунок'],
      ],
      ['DRAFT'],
    ),
  ]);
  expect(snapshot?.subject).toBe('Рахунок');
  expect(snapshot?.messages.map((m) => m.providerMessageId)).toEqual([
    '19f82b4e90a11793',
    '19f82b4e90a11795',
  ]);
  expect(snapshotFromGmail('x', 'ivan@kartka.ua', [])).toBeNull();
});
