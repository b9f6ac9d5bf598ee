// Version 7: backfillLooseFingerprints puts every interaction without a Message-ID into the sparse
// `looseFingerprint` index; an API message then finds such a page reading through it, and a record that gains
// its Message-ID leaves the index.
import Dexie from 'dexie';
import { afterEach, expect, test } from 'vitest';
import { LATEST_VERSION, openKartkaDB, SCHEMA_V6 } from '../../../storage/db';
import { logMessages } from '../../../storage/interactions';
import { backfillLooseFingerprints } from '../../../storage/migrations/v7-loose-fingerprints';
import { ME, NOW, testSettings } from './helpers';

const name = 'kartka-migration-v7';
afterEach(async () => {
  await Dexie.delete(name);
});

const OLENA = 'olena.koval@acme.com.ua';
const AT = Math.floor(NOW / 60_000) * 60_000 - 3_600_000;
const FP = `${String(AT / 60_000).padStart(9, '0')}|${OLENA}`;

const v6Interaction = (id: string, rfcMessageId?: string) => ({
  id,
  kind: 'email',
  source: 'gmail',
  providerKey: `gmail:${id}`,
  ...(rfcMessageId ? { rfcMessageId } : {}),
  threadKey: 'gmail:19f8a',
  direction: 'incoming',
  participants: [
    { address: OLENA, role: 'from' },
    { address: ME, role: 'to' },
  ],
  subject: 'Рахунок',
  at: AT,
  attachmentNames: [],
  personIds: [],
  companyIds: [],
  createdAt: 1,
  personAt: [],
  companyAt: [],
  fingerprint: FP,
  pageDated: true,
});

test(`upgrading a v6 database runs ${backfillLooseFingerprints.name}; an API message then finds the page's record`, async () => {
  const raw = new Dexie(name);
  raw.version(6).stores(SCHEMA_V6);
  // An Outlook conversation read on the page (no key: positions are not stored) and a Gmail message with its
  // Message-ID.
  const { providerKey: _position, ...keyless } = v6Interaction('19f8a');
  await raw
    .table('interactions')
    .bulkAdd([
      { ...keyless, source: 'outlook', threadKey: 'outlook:AAQkConv=' },
      v6Interaction('19f8b', 'b@acme'),
    ]);
  raw.close();

  const db = openKartkaDB(name);
  await db.open();
  expect(db.verno).toBe(LATEST_VERSION);
  expect(db.interactions.schema.indexes.map((i) => i.name)).toContain('looseFingerprint');
  expect(await db.interactions.where('looseFingerprint').equals(FP).primaryKeys()).toEqual(['19f8a']);
  expect(await db.interactions.get('19f8b' as never)).not.toHaveProperty('looseFingerprint');

  // Graph's copy of the page's message (its own id, its Message-ID): found through the sparse index and rekeyed;
  // another message of that minute with another Message-ID is not taken for it.
  const graph = (key: string, rfc: string) => ({
    providerKey: key,
    rfcMessageId: rfc,
    threadKey: 'outlook:AAQkConv=' as never,
    from: { address: OLENA, name: '' },
    to: [{ address: ME, name: '' }],
    cc: [],
    subject: 'Рахунок',
    date: AT + 20_000,
    attachmentNames: [],
  });
  const out = await logMessages(
    db,
    [graph('outlook:AAkGraph1', 'a@acme'), graph('outlook:AAkGraph2', 'c@acme')],
    testSettings(),
    NOW,
    'graph',
  );
  expect(out.alreadyLogged).toBe(1);
  // (Олена is not in this base: the policy, not identity, decides on the second one.)
  expect(out.decisions.map((d) => d.because?.code)).toEqual(['already', 'create-on-sent']);
  expect(await db.interactions.get('19f8a' as never)).toMatchObject({
    providerKey: 'outlook:AAkGraph1',
    rfcMessageId: 'a@acme',
    at: AT + 20_000,
  });
  // With its Message-ID it leaves the sparse index.
  expect(await db.interactions.where('looseFingerprint').equals(FP).count()).toBe(0);
  db.close();
});
