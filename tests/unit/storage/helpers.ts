// Shared fixtures for storage tests: a fresh database per test and real-looking mail.
import type { MessageSnapshot, ThreadSnapshot } from '../../../core/mail';
import type { PersonId } from '../../../core/ids';
import type { Settings } from '../../../core/model';
import { defaultSettings } from '../../../core/settings';
import { openKartkaDB, type KartkaDB } from '../../../storage/db';

let counter = 0;

/** A new, empty database with a unique name. */
export function freshDb(): KartkaDB {
  counter += 1;
  return openKartkaDB(`kartka-test-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** A client with only a name and one email, as a user adds one by hand. */
export async function addPlainPerson(db: KartkaDB, id: PersonId, name: string, email: string): Promise<void> {
  await db.people.add({
    id,
    displayName: name,
    emails: [email],
    phones: [],
    tags: [],
    companies: [],
    custom: {},
    createdAt: 0,
    updatedAt: 0,
    searchTokens: [],
    gmailKeys: [],
    companyIds: [],
  });
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
