// The fake Gmail page showing the fake API's mailbox: the same threads, message ids and Message-IDs, so a page
// reading and an API record of one message can be seen to meet as one record.
import { parseAddressList } from '../../../core/parse/addresses';
import type { FakeMailbox, FakePerson, FakeThread } from '../mail/types';
import type { FakeGmailMessage, FakeGmailUser } from './mailbox';

const header = (m: FakeGmailMessage, name: string) =>
  m.headers.find(([h]) => h.toLowerCase() === name.toLowerCase())?.[1] ?? '';
const people = (value: string): FakePerson[] =>
  parseAddressList(value).map((a) => ({ name: a.name, address: a.address }));

/** The newest `threads` threads of `user` as the fake Gmail page's mailbox. */
export function pageMailbox(user: FakeGmailUser, owner: FakePerson, threads = 10): FakeMailbox {
  const byThread = new Map<string, FakeGmailMessage[]>();
  for (const m of user.listed()) {
    if (m.labelIds.includes('DRAFT')) continue;
    byThread.set(m.threadId, [...(byThread.get(m.threadId) ?? []), m]);
  }
  const out: FakeThread[] = [...byThread.entries()].slice(0, threads).map(([id, messages]) => {
    const ordered = [...messages].sort((a, b) => a.internalDate - b.internalDate);
    return {
      id,
      subject: header(ordered[0] ?? messages[0] ?? ({ headers: [] } as never), 'Subject'),
      labels: ['inbox'],
      messages: ordered.map((m) => ({
        id: m.id,
        rfcMessageId: header(m, 'Message-ID').replace(/^<|>$/gu, ''),
        from: people(header(m, 'From'))[0] ?? owner,
        to: people(header(m, 'To')),
        cc: people(header(m, 'Cc')),
        date: new Date(m.internalDate).toISOString(),
        body: m.snippet,
        expanded: true,
      })),
    };
  });
  return { account: owner, threads: out };
}
