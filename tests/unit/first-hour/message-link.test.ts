// History entries open their email or chat when the record holds what a link needs, and are not links otherwise.
import { describe, expect, test } from 'vitest';
import { buildTimeline } from '../../../core/card';
import { interactionId, personId, threadKey } from '../../../core/ids';
import { messageLink } from '../../../core/message-link';
import type { Interaction } from '../../../core/model';

const base: Interaction = {
  id: interactionId('i1'),
  kind: 'email',
  source: 'gmail',
  direction: 'incoming',
  participants: [
    { address: 'olena@alfa.ua', role: 'from' },
    { address: 'me@kartka.ua', role: 'to' },
  ],
  at: 0,
  attachmentNames: [],
  personIds: [personId('p1')],
  companyIds: [],
  createdAt: 0,
};

describe('message links', () => {
  test.each<[string, Partial<Interaction>, string | null]>([
    [
      'a Gmail thread, in the mailbox it was read in',
      { threadKey: threadKey('gmail', '19f82b4e90a11791'), providerKey: 'gmail:19f82b4e90a11792' },
      'https://mail.google.com/mail/?authuser=me%40kartka.ua#all/19f82b4e90a11791',
    ],
    [
      'a Gmail message id when the thread key is a just-sent one',
      { threadKey: threadKey('gmail', 'thread-a:r123'), providerKey: 'gmail:19f82b4e90a11792' },
      'https://mail.google.com/mail/?authuser=me%40kartka.ua#all/19f82b4e90a11792',
    ],
    ['a just-sent Gmail reply without a hex id: no link', { providerKey: 'gmail:msg-a:r42' }, null],
    [
      'an Outlook conversation (work account)',
      { source: 'outlook', threadKey: threadKey('outlook', 'AAQkAGI2_TEST-x=') },
      'https://outlook.office.com/mail/deeplink/readconv/AAQkAGI2%2FTEST%2Bx%3D',
    ],
    [
      'an Outlook item from Graph on a personal account',
      {
        source: 'graph',
        providerKey: 'outlook:AAMkAD1',
        participants: [{ address: 'me@outlook.com', role: 'to' }],
      },
      'https://outlook.live.com/mail/deeplink/read/AAMkAD1',
    ],
    [
      'an Outlook page stand-in (<convid>#<n>) alone: no link',
      { source: 'outlook', providerKey: 'outlook:AAQk#2' },
      null,
    ],
    [
      'a Telegram chat',
      { kind: 'chat', source: 'telegram', threadKey: threadKey('telegram', '-1001234567890') },
      'https://web.telegram.org/a/#-1001234567890',
    ],
    [
      'a WhatsApp chat with a person',
      { kind: 'chat', source: 'whatsapp', threadKey: threadKey('whatsapp', '380671234567@c.us') },
      'https://web.whatsapp.com/send?phone=380671234567',
    ],
    [
      'a WhatsApp privacy id: no link',
      { kind: 'chat', source: 'whatsapp', threadKey: threadKey('whatsapp', '1234@lid') },
      null,
    ],
    [
      'a pasted conversation: no link',
      { kind: 'chat', source: 'paste', threadKey: threadKey('paste', 'x') },
      null,
    ],
    ['a note: no link', { kind: 'note', source: 'manual' }, null],
    [
      'an mbox import (rfc thread): no link',
      { source: 'import', threadKey: threadKey('rfc', '<a@b>') },
      null,
    ],
  ])('%s', (_name, patch, expected) => {
    expect(messageLink({ ...base, ...patch }, ['me@kartka.ua', 'me@outlook.com'])).toBe(expected);
  });

  test('the first account is the guess when the mailbox is unknown', () => {
    expect(messageLink({ ...base, threadKey: threadKey('gmail', '19f82b4e90a11791') })).toBe(
      'https://mail.google.com/mail/u/0/#all/19f82b4e90a11791',
    );
  });

  test('the timeline carries the link on the entry, and none where there is none', () => {
    const [mail, note] = buildTimeline(
      [
        { ...base, threadKey: threadKey('gmail', '19f82b4e90a11791'), at: 2 },
        { ...base, id: interactionId('i2'), kind: 'note', source: 'manual', body: 'x', at: 1 },
      ],
      [],
    );
    expect(mail?.link).toBe('https://mail.google.com/mail/u/0/#all/19f82b4e90a11791');
    expect(note?.link).toBeUndefined();
  });
});
