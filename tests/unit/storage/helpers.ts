// Shared fixtures for storage tests: a fresh database per test and real-looking mail.
import type { MessageSnapshot, ThreadSnapshot } from '../../../core/mail';
import type { Settings } from '../../../core/model';
import { defaultSettings } from '../../../core/settings';
import { openKartkaDB, type KartkaDB } from '../../../storage/db';

let counter = 0;

/** A new, empty database with a unique name. */
export function freshDb(): KartkaDB {
  counter += 1;
  return openKartkaDB(`kartka-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

export const ME = 'ivan.petrenko@kartka.ua';
export const NOW = Date.UTC(2025, 2, 10, 12);

/** Settings for a salesperson at kartka.ua. */
export function testSettings(patch: Partial<Settings> = {}): Settings {
  return { ...defaultSettings(), ownAddresses: [ME], internalDomains: ['kartka.ua'], ...patch };
}

/** One message of a thread. */
export function message(
  id: string,
  from: string,
  to: string[],
  date: number,
  extra: Partial<MessageSnapshot> = {},
): MessageSnapshot {
  return {
    providerMessageId: id,
    from: { address: from, name: '' },
    to: to.map((address) => ({ address, name: '' })),
    cc: [],
    date,
    expanded: true,
    ...extra,
  };
}

/** A Gmail thread snapshot as the page adapter sends it. */
export function thread(
  threadId: string,
  messages: MessageSnapshot[],
  subject = 'Комерційна пропозиція',
): ThreadSnapshot {
  return { provider: 'gmail', threadId, subject, account: ME, messages };
}
