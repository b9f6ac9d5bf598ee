// The benchmark mailbox: threads from benchmark people, the first ten of them heavy correspondents.
import type { FakeMailbox } from '../fakes/mail/types';
import { benchPerson } from './data';

const ME = { name: 'Me', address: 'me@kartka-bench.com.ua' };

/** Subject and expected card name of each benchmark thread. */
export function benchThreads(
  now: number,
  people: number,
): { subject: string; name: string; person: number }[] {
  const picks = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((i) => (i < 5 ? i : Math.floor((people * i) / 10) + i));
  return picks.map((person, i) => ({
    subject: `Bench thread ${i + 1}: замовлення`,
    name: benchPerson(person, now).displayName,
    person,
  }));
}

/** A fake mailbox with those threads, ids suited to `provider`. */
export function benchMailbox(provider: 'gmail' | 'outlook', now: number, people: number): FakeMailbox {
  return {
    account: ME,
    threads: benchThreads(now, people).map((t, i) => {
      const hex = `19f82b4e90b0${(i + 1).toString(16).padStart(4, '0')}`;
      const id = provider === 'gmail' ? hex : `AAQkADkartkaYmVuY2g${hex}AAA=`;
      const p = benchPerson(t.person, now);
      const them = { name: p.displayName, address: p.emails[0] ?? '' };
      return {
        id,
        subject: t.subject,
        labels: ['inbox'],
        messages: [
          {
            id: provider === 'gmail' ? hex : `AAMkADkartkaYmVuY2g${hex}AAA=`,
            rfcMessageId: `bench-thread-${i}@bench.kartka`,
            from: them,
            to: [ME],
            cc: [],
            date: new Date(now - (i + 1) * 3_600_000).toISOString(),
            body: 'Добрий день! Надсилаю замовлення.',
            expanded: true,
          },
        ],
      };
    }),
  };
}
