// The Graph half of the fault suite, on the shared framework (runner, store, logging path) over fake-indexeddb
// and the fake Microsoft called in-process on a virtual clock: 10,000 messages across Inbox and Sent Items,
// 1,000 injected faults (429 throttling and MailboxConcurrency, 503, dropped connections, expired tokens,
// replays, forgotten delta tokens, 410 resync), and the worker stopped mid-page several times. End state, by
// counts: every message exactly once, every folder's deltaLink current, no request during a wait Graph asked for;
// 300 contacts in three contact folders (the default one, a folder and a folder under it, each found by the
// listing and synced by its own delta) merged into the people their mail created (one person each, none added).
// Then, polled: 10 contacts moved between folders (none marked deleted) and a new folder found with its contacts.
import { describe, expect, it } from 'vitest';
import { syncAccountId } from '../../../core/sync/account';
import type { ContactFoldersCursor } from '../../../core/sync/microsoft/contact-folders';
import type { DeltaCursor } from '../../../core/sync/microsoft/delta-cursor';
import { graphPlannersFor } from '../../../core/sync/microsoft/planners';
import { defaultSettings } from '../../../core/settings';
import { signIn } from '../../../integrations/microsoft/auth';
import { MICROSOFT_BINDINGS, microsoftStreams } from '../../../integrations/microsoft/provider';
import type { SyncRunner } from '../../../integrations/sync/runner';
import { connectAccount } from '../../../storage/sync/accounts';
import { setPickedFolders } from '../../../storage/sync/folders';
import { DexieSyncStore } from '../../../storage/sync/store';
import { createMicrosoftFake } from '../../fakes/microsoft';
import { seededRandom } from '../../fakes/microsoft/faults';
import { inProcessAuth, routeFetch } from '../../fakes/microsoft/route-fetch';
import { freshDb } from '../storage/helpers';
import { VirtualClock } from '../sync/world';
import { graphRunner } from './graph-runner';

const CLIENT_ID = '6f1c5a3e-0000-4000-8000-00000000c0de';
const REDIRECT = 'https://kartkaextensionid.chromiumapp.org/';
const ME = 'olena@contoso.example';
const INBOX = 6_000;
const SENT = 4_000;
/** Of the Inbox's share, this many sit in a folder the user picked (a child folder: its own delta stream). */
const PICKED = 1_500;
const CONTACTS = 300;

describe('Graph fault suite', () => {
  it('ends with every message once and a current deltaLink per folder, after 1,000 faults and stopped workers', async () => {
    const started = performance.now();
    const clock = new VirtualClock(Date.parse('2026-06-01T00:00:00Z'));
    const fake = createMicrosoftFake({
      clock: clock.now,
      messagePageCap: 25,
      faultRetryAfterS: 2,
      faults: { seed: 1919, rate: 0.85, budget: 1_000, caps: { syncStateNotFound: 3, resyncRequired: 3 } },
    });
    fake.login.register({ clientId: CLIENT_ID, redirects: [{ uri: REDIRECT, type: 'spa' }] });
    const box = fake.addWorkUser(ME, 'Olena Kovalenko');
    const picked = box.addFolder('Key accounts', undefined, { parent: box.addFolder('Clients').id });
    for (let i = 0; i < INBOX + SENT; i++) {
      const sent = i >= INBOX;
      // 300 correspondents, as a real mailbox repeats its people (one address per message made 10,000 people
      // and most of the suite's time went into creating them).
      const c = i % CONTACTS;
      const client = { name: `Client ${c}`, address: `client${c}@firm${c % 37}.example` };
      const me = { name: 'Olena Kovalenko', address: ME };
      box.addMessage(sent ? 'sentitems' : i < PICKED ? picked.id : 'inbox', {
        conversationId: `AAQk${i % 2000}`,
        internetMessageId: `m${i}@mail.example`,
        subject: `Order ${i}`,
        from: sent ? me : client,
        to: [sent ? client : me],
        cc: [],
        receivedDateTime: new Date(clock.t - i * 600_000).toISOString(),
        sentDateTime: new Date(clock.t - i * 600_000).toISOString(),
        hasAttachments: false,
      });
    }
    // 300 of the correspondents are in Outlook's contacts too, in three folders: each merges into the person their
    // mail created.
    const suppliers = box.addContactFolder('Suppliers');
    const region = box.addContactFolder('Region West', suppliers.id);
    const contactFolders = ['contacts', suppliers.id, region.id];
    for (let c = 0; c < CONTACTS; c++)
      box.addContact(contactFolders[c % 3] ?? 'contacts', {
        displayName: `Client ${c}`,
        jobTitle: `Buyer ${c}`,
        emailAddresses: [{ name: `Client ${c}`, address: `client${c}@firm${c % 37}.example` }],
      });
    const wire = routeFetch(fake.routes);
    const auth = inProcessAuth(wire, REDIRECT, clock.now);
    const vault = auth.vault.tokens;
    const config = { clientId: CLIENT_ID, tenant: 'organizations', teams: false };

    // The worker dies while a page is on its way back (its answer never stored), several times.
    const random = seededRandom(19);
    let current: SyncRunner | null = null;
    let stops = 0;
    const stopping: typeof fetch = async (input, init) => {
      const res = await wire(input, init);
      if (stops < 8 && random() < 0.01 && res.status === 200) {
        stops++;
        current?.kill();
      }
      return res;
    };
    const db = freshDb();
    // Every message is logged (people created for whoever wrote), so the count checks the sync, not the rules.
    const base = defaultSettings();
    const settings = {
      ...base,
      ownAddresses: [ME],
      logging: { ...base.logging, mode: 'create-all' as const },
    };
    const store = new DexieSyncStore(db, () => Promise.resolve(settings), MICROSOFT_BINDINGS);
    const alarms = new Map<string, number>();

    const signed = await signIn(config, auth, true);
    if (!signed.ok) throw new Error(signed.description);
    const id = syncAccountId('microsoft', ME);
    vault.set(id, signed.tokens);
    await connectAccount(
      db,
      'microsoft',
      ME,
      signed.tokens.scopes,
      microsoftStreams(signed.tokens.scopes, clock.now()),
      clock.now(),
    );
    await setPickedFolders(db, id, [{ id: picked.id, name: picked.displayName }], clock.now());

    let runs = 0;
    /** Runs (stopped workers resumed, alarms followed) until every stream is caught up; `poll`: the first run checks. */
    const drive = async (poll: boolean) => {
      for (let k = 0; k < 2_000; k++, runs++) {
        const runner = graphRunner({
          wire: stopping,
          store,
          config,
          auth,
          clock,
          wake: { at: async (a, when) => void alarms.set(a, when) },
        });
        current = runner;
        const end = await runner.run(id, poll && k === 0);
        const account = await db.syncAccounts.get(id);
        const streams = account?.streams ?? {};
        const pending = graphPlannersFor(streams).some((p) => {
          const state = streams[p.stream];
          return state !== undefined && p.hasWork(state.cursor);
        });
        if (end === 'idle' && !pending) return;
        if (account?.auth === 'reconnect') throw new Error('asked to reconnect');
        const at = alarms.get(id);
        if (end === 'waiting' && at !== undefined) clock.t = Math.max(clock.t, at);
        else clock.t += 1_000;
      }
      throw new Error('the sync never caught up');
    };
    await drive(true);
    const listingRequests = fake.graph.stats.contactFolderLists;

    // Polled later: 10 contacts moved between folders (the same immutable id in the folder they reach, removed
    // from the one they left) and a new folder with 6 contacts, found by the poll's listing.
    const moved = [...box.contacts.values()].slice(0, 10);
    const folderIds = [box.contactRootId, suppliers.id, region.id];
    for (const c of moved)
      box.moveContact(c.id, folderIds[(folderIds.indexOf(c.folderId) + 1) % 3] ?? box.contactRootId);
    const partners = box.addContactFolder('Partners');
    for (let c = 0; c < 6; c++)
      box.addContact(partners.id, {
        displayName: `Partner ${c}`,
        emailAddresses: [{ name: `Partner ${c}`, address: `partner${c}@partners.example` }],
      });
    await drive(true);

    const interactions = await db.interactions.toArray();
    const keys = new Set(interactions.map((i) => i.providerKey));
    const account = await db.syncAccounts.get(id);
    const listing = account?.streams['graph:contact-folders']?.cursor as ContactFoldersCursor;
    const cursors = Object.entries(account?.streams ?? {})
      .filter(([s]) => s !== 'graph:contact-folders')
      .map(([, s]) => s.cursor as DeltaCursor);
    const contactItems = (await db.syncItems.where('account').equals(id).toArray()).filter((r) =>
      r.item.startsWith('contact:'),
    );
    const byContact = new Map([...box.contacts.values()].map((c) => [`contact:${c.id}`, c]));
    const t = fake.graph.throttle.stats;
    const injected = Object.fromEntries(fake.graph.faults?.injected ?? []);
    const figures = [
      ['messages', `${INBOX + SENT} (${PICKED} of them in a picked folder)`],
      ['contacts', `${CONTACTS} in 3 folders, then 10 moved and a new folder of 6`],
      ['contact folder listings (requests)', `${listing.rounds} (${listingRequests} in the first sync)`],
      ['unique records', keys.size],
      ['records', interactions.length],
      ['faults injected', fake.graph.faults?.total ?? 0],
      [
        'by kind',
        Object.entries(injected)
          .map(([k, n]) => `${k} ${n}`)
          .join(' · '),
      ],
      ['worker stopped mid-page', stops],
      ['runs', runs],
      ['requests', t.requests],
      ['max in flight', t.maxInFlight],
      ['over-concurrency 429s', t.concurrency429],
      ['over-budget 429s', t.budget429],
      ['requests during a promised wait', t.beforeRetryAfter],
      ['requests without ImmutableId', fake.graph.stats.withoutImmutableId],
      ['real seconds', ((performance.now() - started) / 1000).toFixed(1)],
    ];
    console.log(
      `\n[graph fault suite]\n${figures.map(([k, v]) => `  ${String(k).padEnd(34)} ${v}`).join('\n')}`,
    );

    expect(interactions.length).toBe(INBOX + SENT);
    expect(keys.size).toBe(INBOX + SENT);
    expect(fake.graph.faults?.total).toBe(1_000);
    expect(stops).toBeGreaterThanOrEqual(3);
    expect(t.maxInFlight).toBeLessThanOrEqual(4);
    expect(t.concurrency429).toBe(0);
    expect(t.budget429).toBe(0);
    expect(t.beforeRetryAfter).toBe(0);
    expect(fake.graph.stats.withoutImmutableId).toBe(0);
    // Inbox, Sent Items, the picked folder and the four contact folders, each with its own current deltaLink;
    // each client once, with their contact's job title.
    expect(cursors).toHaveLength(7);
    expect(cursors.map((c) => c.folder)).toContain(picked.id);
    expect(
      cursors
        .filter((c) => c.collection === 'contacts')
        .map((c) => c.folder)
        .sort(),
    ).toEqual(['contacts', suppliers.id, region.id, partners.id].sort());
    expect(listing.folders.map((f) => f.name).sort()).toEqual(['Partners', 'Region West', 'Suppliers']);
    // Every contact is one item, logged, on the stream of the folder that holds it now; none marked deleted.
    expect(contactItems).toHaveLength(CONTACTS + 6);
    for (const item of contactItems) {
      const c = byContact.get(item.item);
      expect(item.state).toBe('logged');
      const folder = c?.folderId === box.contactRootId ? 'contacts' : c?.folderId;
      expect(item.stream).toBe(`graph:contacts:${folder}`);
    }
    expect(new Set(contactItems.map((r) => r.personId)).size).toBe(CONTACTS + 6);
    expect((await db.people.toArray()).filter((p) => p.deletedAtSource)).toEqual([]);
    const people = (await db.people.toArray()).filter((p) => p.mergedInto === undefined);
    // Every correspondent is one person (create-all); their contacts added nobody.
    expect(people.filter((p) => p.emails.some((e) => e.startsWith('client')))).toHaveLength(CONTACTS);
    const contacted = people.filter((p) => p.position?.startsWith('Buyer '));
    expect(contacted).toHaveLength(CONTACTS);
    expect(
      contacted.every(
        (p) =>
          p.emails[0] === `client${p.position?.slice(6)}@firm${Number(p.position?.slice(6)) % 37}.example`,
      ),
    ).toBe(true);
    for (const c of cursors)
      expect(c).toMatchObject({ next: null, delta: expect.stringContaining('$deltatoken=') });
  }, 300_000);
});
