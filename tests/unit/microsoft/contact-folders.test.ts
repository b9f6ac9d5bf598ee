// Outlook contacts in every contact folder: the listing (`graph:contact-folders`, /me/contactFolders and each
// folder's childFolders) finds the folders, each is synced by its own delta with its own deltaLink, a new folder
// starts its stream at the next poll, a folder deleted in Outlook ends its stream and marks its contacts deleted
// at Microsoft (not a person another folder's contact stands for), a contact moved between folders (same
// immutable id) is never marked, and Graph forgetting one folder's state sweeps that folder only.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../core/i18n';
import { contactsProgressText } from '../../../core/i18n/sync-text';
import { defaultSyncPrefs } from '../../../core/sync/prefs';
import { viewOf } from '../../../core/sync/registry';
import {
  CONTACT_FOLDERS_PLANNER as listing,
  contactFoldersUrl,
  wantedStreams,
  type ContactFoldersCursor,
} from '../../../core/sync/microsoft/contact-folders';
import type { PlanContext } from '../../../core/sync/planner';
import type { DeltaCursor } from '../../../core/sync/microsoft/delta-cursor';
import { GRAPH_LIMITS } from '../../../core/sync/microsoft/limits';
import { settleListedStreams } from '../../../storage/sync/folders';
import { microsoftWorld } from './contacts-world';
import { runGraph } from './graph-runner';

type World = ReturnType<typeof microsoftWorld>;

const contact = (name: string, address: string, jobTitle: string | null = null) => ({
  displayName: name,
  jobTitle,
  emailAddresses: [{ name, address }],
});

async function streamsOf(w: World) {
  return (await w.db.syncAccounts.get(w.id))?.streams ?? {};
}

async function personByEmail(w: World, email: string) {
  const people = await w.db.people.where('emails').equals(email).toArray();
  return people.find((p) => p.mergedInto === undefined);
}

const run = (w: World) =>
  runGraph({ wire: w.wire, store: w.store, config: w.config, auth: w.auth, clock: w.clock }, w.id);

describe('Outlook contact folders', () => {
  it('finds every contact folder (children too) and syncs each by its own delta, paid from the mailbox budget', async () => {
    const w = microsoftWorld();
    const suppliers = w.box.addContactFolder('Suppliers');
    const west = w.box.addContactFolder('Region West', suppliers.id);
    const family = w.box.addContactFolder('Family');
    w.box.addContact('contacts', contact('Ivan Petrenko', 'ivan@agro.example', 'Buyer'));
    w.box.addContact(suppliers.id, contact('Marta Hnatiuk', 'marta@supply.example', 'Supplier'));
    w.box.addContact(west.id, contact('Oleh Bondar', 'oleh@west.example', 'Regional agent'));
    w.box.addContact(family.id, contact('Iryna', 'iryna@home.example'));
    await w.connect();
    await run(w);

    for (const [email, position] of [
      ['ivan@agro.example', 'Buyer'],
      ['marta@supply.example', 'Supplier'],
      ['oleh@west.example', 'Regional agent'],
      ['iryna@home.example', undefined],
    ] as const)
      expect((await personByEmail(w, email))?.position).toBe(position);
    const streams = await streamsOf(w);
    const contactStreams = Object.keys(streams).filter((s) => s.startsWith('graph:contacts:'));
    expect(contactStreams.sort()).toEqual(
      ['contacts', suppliers.id, west.id, family.id].map((f) => `graph:contacts:${f}`).sort(),
    );
    for (const s of contactStreams)
      expect(streams[s]?.cursor).toMatchObject({
        next: null,
        delta: expect.stringContaining('$deltatoken='),
      });
    const listing = streams['graph:contact-folders']?.cursor as ContactFoldersCursor;
    expect(listing.folders.map((f) => [f.name, f.depth])).toEqual([
      ['Suppliers', 1],
      ['Family', 1],
      ['Region West', 2],
    ]);
    // The folder's name is kept with its stream (for the panel and the notes), its id keys it.
    expect((streams[`graph:contacts:${west.id}`]?.cursor as DeltaCursor).name).toBe('Region West');
    // The listing: the root, then each folder's childFolders (a contactFolder has no child count): 4 requests,
    // each spent from the mailbox's ledger like every delta page (the ledger counts every request Graph saw).
    expect(w.fake.graph.stats.contactFolderLists).toBe(4);
    const account = await w.store.load(w.id);
    const spent = (account?.ledgers.graph ?? []).reduce((sum, [, units]) => sum + units, 0);
    expect(spent).toBe(w.fake.graph.throttle.stats.requests);
    // Every contact is one item, on its folder's stream.
    const items = (await w.db.syncItems.where('account').equals(w.id).toArray()).filter((r) =>
      r.item.startsWith('contact:'),
    );
    expect(items.map((r) => r.stream).sort()).toEqual(contactStreams.sort());
    // The panel counts the contacts of every folder and says where they come from.
    const view = account && viewOf(account, defaultSyncPrefs(), w.clock.now());
    if (!view) throw new Error('no view');
    expect(contactsProgressText(view, translator('en'))).toBe(
      'Contacts: 4 contacts · from every Outlook contact folder (4)',
    );
    expect(contactsProgressText(view, translator('uk'))).toBe(
      'Контакти: 4 контакти · з усіх папок контактів Outlook (4)',
    );
    expect(view.state).toBe('up-to-date');
  });

  it('starts a new folder at the next poll, and ends a deleted one: its contacts marked, a person still listed elsewhere not', async () => {
    const w = microsoftWorld();
    const suppliers = w.box.addContactFolder('Suppliers');
    const west = w.box.addContactFolder('Region West', suppliers.id);
    w.box.addContact('contacts', contact('Marta Hnatiuk', 'marta@supply.example'));
    w.box.addContact(suppliers.id, contact('Marta Hnatiuk', 'marta@supply.example', 'Supplier'));
    w.box.addContact(suppliers.id, contact('Ivan Petrenko', 'ivan@agro.example', 'Buyer'));
    w.box.addContact(west.id, contact('Oleh Bondar', 'oleh@west.example'));
    await w.connect();
    await run(w);
    expect(await w.db.people.count()).toBe(3);

    // In Outlook: a new folder with Petro; Suppliers deleted with the folder under it.
    const partners = w.box.addContactFolder('Partners');
    w.box.addContact(partners.id, contact('Petro Sydorenko', 'petro@partner.example', 'Partner'));
    w.box.deleteContactFolder(suppliers.id);
    const deletedAt = w.clock.now();
    await run(w);

    const streams = await streamsOf(w);
    expect(
      Object.keys(streams)
        .filter((s) => s.startsWith('graph:contacts:'))
        .sort(),
    ).toEqual(['graph:contacts:contacts', `graph:contacts:${partners.id}`].sort());
    expect(streams[`graph:contacts:${partners.id}`]?.cursor).toMatchObject({
      next: null,
      delta: expect.stringContaining('$deltatoken='),
    });
    expect((await personByEmail(w, 'petro@partner.example'))?.position).toBe('Partner');
    // Ivan and Oleh were only in the deleted folders: marked (they stay in the base); Marta is in Contacts still.
    for (const email of ['ivan@agro.example', 'oleh@west.example']) {
      const p = await personByEmail(w, email);
      expect(p?.deletedAtSource?.[w.id]).toBeGreaterThanOrEqual(deletedAt);
    }
    expect((await personByEmail(w, 'marta@supply.example'))?.deletedAtSource).toBeUndefined();
    expect(await w.db.people.count()).toBe(4);
    // Nothing more is asked of the deleted folders, and another poll changes nothing.
    const requests = w.fake.graph.throttle.stats.requests;
    await run(w);
    // Inbox, Sent Items, Contacts and Partners checked; the listing: the root and Partners' child folders.
    expect(w.fake.graph.throttle.stats.requests - requests).toBe(6);
    expect((await personByEmail(w, 'marta@supply.example'))?.deletedAtSource).toBeUndefined();
  });

  it('marks a person whose contacts were all in the folders one listing ends', async () => {
    const w = microsoftWorld();
    const suppliers = w.box.addContactFolder('Suppliers');
    const west = w.box.addContactFolder('Region West', suppliers.id);
    w.box.addContact(suppliers.id, contact('Olga Kravets', 'olga@supply.example'));
    w.box.addContact(west.id, contact('Olga Kravets', 'olga@supply.example', 'Regional agent'));
    w.box.addContact('contacts', contact('Marta Hnatiuk', 'marta@supply.example'));
    await w.connect();
    await run(w);
    expect(await w.db.people.count()).toBe(2);
    // The listing's answer once both folders are gone, applied as the store applies it (before either folder's
    // own delta is asked): both streams end in one transaction.
    const account = await w.db.syncAccounts.get(w.id);
    if (!account) throw new Error('no account');
    const ended = w.clock.now();
    await w.db.transaction('rw', w.db.tables, async () => {
      const listing = { prefix: 'graph:contacts:', want: wantedStreams([]) };
      const streams = await settleListedStreams(w.db, account, listing, w.settings, ended);
      await w.db.syncAccounts.update(w.id, { streams });
    });
    expect(Object.keys(await streamsOf(w)).filter((s) => s.startsWith('graph:contacts:'))).toEqual([
      'graph:contacts:contacts',
    ]);
    expect((await personByEmail(w, 'olga@supply.example'))?.deletedAtSource?.[w.id]).toBe(ended);
    expect((await personByEmail(w, 'marta@supply.example'))?.deletedAtSource).toBeUndefined();
  });

  it('never marks a contact moved between folders, whichever folder answers first', async () => {
    const w = microsoftWorld();
    const suppliers = w.box.addContactFolder('Suppliers');
    const a = w.box.addContact('contacts', contact('Marta Hnatiuk', 'marta@supply.example'));
    const b = w.box.addContact(suppliers.id, contact('Ivan Petrenko', 'ivan@agro.example'));
    await w.connect();
    await run(w);
    // Moved both ways: one folder's removal is stored before the other folder lists its contact, one after.
    w.box.moveContact(a.id, suppliers.id);
    w.box.moveContact(b.id, 'contacts');
    w.box.updateContact(b.id, { jobTitle: 'Buyer' });
    await run(w);
    await run(w);

    expect((await w.db.people.toArray()).filter((p) => p.deletedAtSource)).toEqual([]);
    expect((await personByEmail(w, 'ivan@agro.example'))?.position).toBe('Buyer');
    const item = async (id: string) => w.db.syncItems.get(`${w.id}|contact:${id}`);
    expect(await item(a.id)).toMatchObject({ state: 'logged', stream: `graph:contacts:${suppliers.id}` });
    expect(await item(b.id)).toMatchObject({ state: 'logged', stream: 'graph:contacts:contacts' });
    expect(await w.db.people.count()).toBe(2);
  });

  it('sweeps after a forgotten folder state only what that folder no longer lists', async () => {
    const w = microsoftWorld();
    const suppliers = w.box.addContactFolder('Suppliers');
    const kept = w.box.addContact('contacts', contact('Marta Hnatiuk', 'marta@supply.example'));
    const gone = w.box.addContact(suppliers.id, contact('Ivan Petrenko', 'ivan@agro.example'));
    w.box.addContact(suppliers.id, contact('Oleh Bondar', 'oleh@west.example'));
    await w.connect();
    await run(w);
    // Ivan deleted while Exchange forgot the Suppliers folder's state: its full round does not list him, nor
    // Marta (she is in Contacts): only Ivan is marked.
    w.box.deleteContact(gone.id);
    w.fake.graph.deltas.forgetFolder(w.box.user.id, suppliers.id);
    await run(w);
    await run(w);
    const marked = (await w.db.people.toArray()).filter((p) => p.deletedAtSource?.[w.id] !== undefined);
    expect(marked.map((p) => p.emails[0])).toEqual(['ivan@agro.example']);
    expect((await w.db.syncItems.get(`${w.id}|contact:${kept.id}`))?.state).toBe('logged');
    const cursor = (await streamsOf(w))[`graph:contacts:${suppliers.id}`]?.cursor as DeltaCursor;
    // A second full pass ran (the first one was the first sync), and it ended with a current deltaLink.
    expect(cursor).toMatchObject({
      resync: false,
      passes: 2,
      delta: expect.stringContaining('$deltatoken='),
    });
  });

  it('gives an account connected before contact folders were listed the listing at its next check', async () => {
    const w = microsoftWorld();
    const suppliers = w.box.addContactFolder('Suppliers');
    w.box.addContact(suppliers.id, contact('Marta Hnatiuk', 'marta@supply.example', 'Supplier'));
    await w.connect();
    // The streams such an account has: Inbox, Sent Items and the default contact folder.
    await w.db.syncAccounts.update(w.id, (a) => {
      delete a.streams['graph:contact-folders'];
    });
    await run(w);
    expect(Object.keys(await streamsOf(w))).toContain('graph:contact-folders');
    await run(w);
    expect((await personByEmail(w, 'marta@supply.example'))?.position).toBe('Supplier');
    expect(Object.keys(await streamsOf(w))).toContain(`graph:contacts:${suppliers.id}`);
  });

  it('plans the listing one page at a time, goes on past a folder deleted while listed, and ignores a stale answer', () => {
    const ctx = (poll: boolean): PlanContext => ({
      now: 1_000,
      poll,
      inFlight: [],
      options: { backfillFrom: null, costs: {} },
    });
    const start = listing.initial({ backfillFrom: null, costs: {} });
    // Never listed: a listing is work even without a poll; the first request opens the poll's check.
    expect(listing.next(start, ctx(false))).toMatchObject({ url: contactFoldersUrl(null) });
    expect(listing.next(start, ctx(true))).toMatchObject({ check: true, method: 'contactFolders.list' });
    const root = listing.next(start, ctx(true));
    if (!root) throw new Error('no op');
    const page = {
      value: [
        { id: 'A', displayName: '  Suppliers\n ', parentFolderId: 'root' },
        { id: 'B', displayName: 'Family' },
        { displayName: 'no id' },
      ],
      nextLink: null,
    };
    const first = listing.reduce(start, root, page, new Set(), ctx(true));
    expect(first.cursor.next).toBe(contactFoldersUrl('A'));
    expect(first.streams).toBeUndefined();
    // A stale answer (the root asked again) changes nothing.
    expect(listing.reduce(first.cursor, root, page, new Set(), ctx(true)).cursor).toBe(first.cursor);
    // A's children: it was deleted meanwhile (404 → missing): the listing goes on with B, and A stays found.
    const a = listing.next(first.cursor, ctx(false));
    if (!a) throw new Error('no op');
    const second = listing.reduce(
      first.cursor,
      a,
      { value: [], nextLink: null, missing: true },
      new Set(),
      ctx(false),
    );
    expect(second.cursor.next).toBe(contactFoldersUrl('B'));
    const b = listing.next(second.cursor, ctx(false));
    if (!b) throw new Error('no op');
    const done = listing.reduce(second.cursor, b, { value: [], nextLink: null }, new Set(), ctx(false));
    expect(done.caughtUp).toBe(true);
    expect(done.cursor).toMatchObject({ next: null, listedAt: 1_000, rounds: 1, truncated: false });
    expect(done.cursor.folders).toEqual([
      { id: 'A', name: 'Suppliers', depth: 1 },
      { id: 'B', name: 'Family', depth: 1 },
    ]);
    expect(Object.keys(done.streams?.want ?? {})).toEqual([
      'graph:contacts:contacts',
      'graph:contacts:A',
      'graph:contacts:B',
    ]);
    expect(done.streams?.keep).toBeUndefined();
    // Listed: the next listing waits for a poll.
    expect(listing.next(done.cursor, ctx(false))).toBeNull();
  });

  it('bounds the listing: a tree deeper than the limit starts what it found and ends nothing', async () => {
    const w = microsoftWorld();
    let parent: string | undefined;
    const chain = [];
    for (let depth = 1; depth <= GRAPH_LIMITS.contactFolders.maxDepth + 1; depth++) {
      const f = w.box.addContactFolder(`Level ${depth}`, parent);
      w.box.addContact(f.id, contact(`Person ${depth}`, `p${depth}@deep.example`));
      chain.push(f);
      parent = f.id;
    }
    await w.connect();
    await run(w);
    const streams = await streamsOf(w);
    const listing = streams['graph:contact-folders']?.cursor as ContactFoldersCursor;
    expect(listing.truncated).toBe(true);
    expect(listing.folders).toHaveLength(GRAPH_LIMITS.contactFolders.maxDepth);
    expect(streams[`graph:contacts:${chain.at(-1)?.id}`]).toBeUndefined();
    expect(await personByEmail(w, `p${GRAPH_LIMITS.contactFolders.maxDepth}@deep.example`)).toBeDefined();
  });
});
