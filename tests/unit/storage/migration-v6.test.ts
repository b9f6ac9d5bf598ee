// Version 6: backfillMessageIdentity gives every interaction its fingerprint, marks page readings, makes
// Outlook page keys provisional and drops positional ones; the base then finds those messages again.
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { LATEST_VERSION, openKartkaDB, SCHEMA_V5 } from '../../../storage/db';
import { logMessages, logThread } from '../../../storage/interactions';
import { backfillMessageIdentity } from '../../../storage/migrations/v6-message-identity';
import { ME, message, NOW, testSettings } from './helpers';

const name = 'kartka-migration-v6';
afterEach(async () => {
  await Dexie.delete(name);
});

const OLENA = 'olena.koval@acme.com.ua';
const CONV = 'AAQkADAwATM0MDAAMS1iNmQ0LTg2YjAtMDACLTAwCgAQAN+/zGx0aF1Kk0yC0t2N4=';
const ITEM = 'AAMkADAwATM0MDAAMS1iNmQ0LTg2YjAtMDACLTAwCgBGAAAD/0x1AAA=';
const MINUTE = Math.floor(NOW / 60_000) * 60_000;

function v5Interaction(
  id: string,
  source: string,
  providerKey: string | undefined,
  at: number,
  from = OLENA,
) {
  return {
    id,
    kind: 'email',
    source,
    ...(providerKey ? { providerKey } : {}),
    threadKey: source === 'outlook' ? `outlook:${CONV}` : 'gmail:19f8a',
    direction: 'incoming',
    participants: [
      { address: from, role: 'from', personId: 'p1' },
      { address: from === ME ? OLENA : ME, role: 'to' },
    ],
    subject: 'Рахунок',
    at,
    attachmentNames: [],
    personIds: ['p1'],
    companyIds: [],
    createdAt: 1,
    personAt: [['p1', at]],
    companyAt: [],
  };
}

test(`upgrading a v5 database runs ${backfillMessageIdentity.name}; the migrated records are found again`, async () => {
  const raw = new Dexie(name);
  raw.version(5).stores(SCHEMA_V5);
  await raw.table('interactions').bulkAdd([
    v5Interaction('gmail-hex', 'gmail', 'gmail:19f8a', MINUTE - 3_600_000),
    v5Interaction('gmail-just-sent', 'gmail', 'gmail:msg-a:r-27', MINUTE - 1_800_000, ME),
    v5Interaction('outlook-positional', 'outlook', `outlook:${CONV}#0`, MINUTE - 600_000),
    v5Interaction('outlook-item', 'outlook', `outlook:${ITEM}`, MINUTE - 300_000, 'jane@acme.example'),
    {
      ...v5Interaction('imported', 'import', undefined, MINUTE - 7_200_000 + 13_000),
      rfcMessageId: 'a1@acme',
    },
    { ...v5Interaction('note', 'manual', 'demo:olena:0', MINUTE - 9_000_000), participants: [] },
  ]);
  await raw.table('people').add({
    id: 'p1',
    displayName: 'Олена',
    emails: [OLENA],
    phones: [],
    tags: [],
    companies: [],
    custom: {},
    gmailKeys: [],
    companyIds: [],
    createdAt: 1,
    updatedAt: 1,
  });
  const before = await raw.table('people').toArray();
  raw.close();

  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  expect(db.interactions.schema.indexes.map((i) => i.name)).toEqual(
    expect.arrayContaining(['aliasKeys', 'threadAliases', 'fingerprint']),
  );
  const byId = Object.fromEntries((await db.interactions.toArray()).map((i) => [i.id, i]));
  const minute = (at: number) => String(Math.floor(at / 60_000)).padStart(9, '0');
  expect(byId['gmail-hex']).toMatchObject({
    providerKey: 'gmail:19f8a',
    pageDated: true,
    fingerprint: `${minute(MINUTE - 3_600_000)}|${OLENA}`,
    // No Message-ID yet: also in the sparse index that API and archive lookups walk.
    looseFingerprint: `${minute(MINUTE - 3_600_000)}|${OLENA}`,
  });
  expect(byId['gmail-hex']?.provisionalKey).toBeUndefined();
  expect(byId['gmail-just-sent']).toMatchObject({ provisionalKey: true, pageDated: true });
  expect(byId['outlook-positional']?.providerKey).toBeUndefined();
  expect(byId['outlook-positional']?.fingerprint).toBe(`${minute(MINUTE - 600_000)}|${OLENA}`);
  expect(byId['outlook-item']).toMatchObject({ providerKey: `outlook:${ITEM}`, provisionalKey: true });
  expect(byId.imported?.pageDated).toBeUndefined();
  expect(byId.imported?.fingerprint).toBe(`${minute(MINUTE - 7_200_000)}|${OLENA}`);
  expect(byId.imported).not.toHaveProperty('looseFingerprint');
  expect(byId.note).not.toHaveProperty('fingerprint');
  expect(byId.note).not.toHaveProperty('pageDated');
  expect(await db.people.toArray()).toEqual(before);

  // The Outlook conversation read again (positions only) and the just-sent reply synced: nothing new.
  const settings = testSettings();
  const again = await logThread(
    db,
    {
      provider: 'outlook',
      threadId: CONV,
      subject: 'Рахунок',
      account: ME,
      messages: [message(`${CONV}#1`, OLENA, [ME], MINUTE - 600_000)],
    },
    settings,
    NOW,
  );
  expect(again).toMatchObject({ added: 0, alreadyLogged: 1 });
  const synced = await logMessages(
    db,
    [
      {
        providerKey: 'gmail:19f8b',
        threadKey: 'gmail:19f8a' as never,
        from: { address: ME, name: '' },
        to: [{ address: OLENA, name: '' }],
        cc: [],
        subject: 'Re: Рахунок',
        date: MINUTE - 1_800_000 + 5_000,
        attachmentNames: [],
      },
    ],
    settings,
    NOW,
    'gmail-api',
  );
  expect(synced).toMatchObject({ added: 0, alreadyLogged: 1 });
  expect(await db.interactions.get('gmail-just-sent' as never)).toMatchObject({
    providerKey: 'gmail:19f8b',
    aliasKeys: ['gmail:msg-a:r-27'],
  });
  expect(await db.interactions.count()).toBe(6);
  db.close();
});
