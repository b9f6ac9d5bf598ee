// The mailboxes the fake mail pages serve: the demo one, and one full of hostile text.
import { demoMailbox } from '../../core/demo/threads';
import type { FakeMailbox } from './mail/types';

/** Outlook-style ids for a demo Gmail hex id: `AAQk…` conversations, `AAMk…` items (standard base64). */
const outlookId = (kind: 'AAQk' | 'AAMk', hex: string) => `${kind}ADkartkaZGVtbw${hex}AAA=`;

/** The built-in demo mailbox as the fake pages take it; every message opens expanded. */
export function demoFakeMailbox(now: number, provider: 'gmail' | 'outlook' = 'gmail'): FakeMailbox {
  const mailbox = demoMailbox(now);
  const id = (kind: 'AAQk' | 'AAMk', hex: string) => (provider === 'gmail' ? hex : outlookId(kind, hex));
  return {
    account: mailbox.account,
    threads: mailbox.threads.map((t) => ({
      id: id('AAQk', t.id),
      subject: t.subject,
      labels: ['inbox', ...t.labels],
      messages: t.messages.map((m) => ({ ...m, id: id('AAMk', m.id), expanded: true })),
    })),
  };
}

export const HOSTILE_SUBJECT =
  '<img src=x onerror="document.title=\'pwned\'"><script>alert(1)</script> Invoice';
export const HOSTILE_NAME = '<b onmouseover=alert(1)>Evil</b> <script>x()</script>';

/** A mailbox whose subject and sender name carry markup and script, which must show as text. */
export function hostileFakeMailbox(now: number): FakeMailbox {
  return {
    account: { name: 'Me', address: 'me@kartka-demo.com.ua' },
    threads: [
      {
        id: '19f82b4e90a1f001',
        subject: HOSTILE_SUBJECT,
        labels: ['inbox'],
        messages: [
          {
            id: '19f82b4e90a1f001',
            rfcMessageId: 'hostile-1@evil.example',
            from: { name: HOSTILE_NAME, address: 'evil@evil-corp.example' },
            to: [{ name: 'Me', address: 'me@kartka-demo.com.ua' }],
            cc: [],
            date: new Date(now - 3_600_000).toISOString(),
            body: '<iframe src="https://hostile.example/"></iframe> Please pay.',
            expanded: true,
          },
        ],
      },
    ],
  };
}
