// Delta rounds over a fake mailbox's folder, as https://learn.microsoft.com/graph/delta-query-messages
// describes them: state tokens are opaque and immutable (the same nextLink asked twice gives the same page),
// $select is fixed by the first request and carried in the tokens, a round is a snapshot (changes made during
// it arrive in the next round), removals come as `@removed`, and old tokens fall out of a bounded cache
// (https://learn.microsoft.com/graph/delta-query-overview#token-duration) to answer `syncStateNotFound`.
import { randomBytes } from 'node:crypto';
import type { FakeMailbox, Tombstone } from './mailbox';
import { contactJson, GRAPH, messageJson, project } from './shapes';

export type Collection = 'messages' | 'contacts';

interface DeltaState {
  userId: string;
  collection: Collection;
  folderId: string;
  /** Changes after this sequence number belong to the round… */
  since: number;
  /** …up to this one (fixed when the round starts). */
  snapshot: number;
  /** Where the previous page stopped. */
  after: { seq: number; id: string } | null;
  select: string[] | null;
  /** The previous page's ids, for replays. */
  lastPage: string[];
}

interface Entry {
  seq: number;
  id: string;
  removed: Tombstone | null;
}

export interface DeltaPage {
  status: number;
  body: Record<string, unknown>;
  served: number;
  removed: number;
  replayed: number;
}

const TYPE = { messages: 'Microsoft.OutlookServices.Message', contacts: 'Microsoft.OutlookServices.Contact' };
const ODATA_TYPE = { messages: '#microsoft.graph.message', contacts: '#microsoft.graph.contact' };

export class DeltaTokens {
  private readonly tokens = new Map<string, DeltaState>();
  /**
   * A round's ordered entries, kept while the mailbox is unchanged (every change takes a new sequence number):
   * listing and sorting the whole folder for each page made a 30,000-message round cost the fake more than the
   * client (the bench and the fault suites run the fake on the same cores).
   */
  private readonly rounds = new Map<string, { seq: number; entries: Entry[] }>();

  /** `capacity`: how many tokens the mailbox's cache keeps before it drops the oldest. */
  constructor(private readonly capacity = 20_000) {}

  private put(state: DeltaState): string {
    const token = randomBytes(18).toString('base64url');
    this.tokens.set(token, state);
    if (this.tokens.size > this.capacity) {
      const oldest = this.tokens.keys().next().value;
      if (oldest !== undefined) this.tokens.delete(oldest);
    }
    return token;
  }

  get(token: string): DeltaState | undefined {
    return this.tokens.get(token);
  }

  forget(token: string): void {
    this.tokens.delete(token);
  }

  /** Every token of a user goes (the cache was flushed): the next use answers syncStateNotFound. */
  forgetUser(userId: string): void {
    for (const [k, s] of this.tokens) if (s.userId === userId) this.tokens.delete(k);
  }

  /** One folder's tokens go (Exchange dropped that folder's sync state): only its next use answers syncStateNotFound. */
  forgetFolder(userId: string, folderId: string): void {
    for (const [k, s] of this.tokens)
      if (s.userId === userId && s.folderId === folderId) this.tokens.delete(k);
  }

  /** A round's first request: from nothing (a full round) or from a deltaLink's state. */
  start(
    box: FakeMailbox,
    collection: Collection,
    folderId: string,
    select: string[] | null,
    since = 0,
  ): DeltaState {
    return {
      userId: box.user.id,
      collection,
      folderId,
      since,
      snapshot: box.seq,
      after: null,
      select,
      lastPage: [],
    };
  }

  /** A round that continues from a deltaLink: the changes since that round's snapshot. */
  fromDelta(box: FakeMailbox, delta: DeltaState): DeltaState {
    return { ...delta, since: delta.snapshot, snapshot: box.seq, after: null, lastPage: [] };
  }

  /** One page of the round, and the link to the next page or to the next round. */
  page(
    box: FakeMailbox,
    state: DeltaState,
    pageSize: number,
    immutable: boolean,
    replay: boolean,
  ): DeltaPage {
    const entries = this.roundEntries(box, state);
    const start = state.after ? firstAfter(entries, state.after) : 0;
    const chosen = entries.slice(start, start + pageSize);
    const more = entries.length - start > chosen.length;
    const replayIds = replay ? state.lastPage.slice(-3) : [];
    const value: Record<string, unknown>[] = [];
    let replayed = 0;
    for (const id of replayIds) {
      const json = this.liveJson(box, state, id, immutable);
      if (json && !('error' in json)) {
        value.push(json);
        replayed++;
      }
    }
    let removed = 0;
    for (const e of chosen) {
      if (e.removed) {
        removed++;
        value.push({
          '@odata.type': ODATA_TYPE[state.collection],
          id: immutable ? e.removed.id : e.removed.restId,
          '@removed': { reason: 'deleted' },
        });
        continue;
      }
      const json = this.liveJson(box, state, e.id, immutable);
      if (!json) continue;
      if ('error' in json)
        return {
          status: 400,
          body: { error: { code: 'RequestBroker--ParseUri', message: String(json.error) } },
          served: 0,
          removed: 0,
          replayed: 0,
        };
      value.push(json);
    }
    const last = chosen[chosen.length - 1];
    const path =
      state.collection === 'messages'
        ? `${GRAPH}/me/mailfolders('${state.folderId}')/messages/delta`
        : `${GRAPH}/me/contactfolders('${state.folderId}')/contacts/delta`;
    const body: Record<string, unknown> = {
      '@odata.context': `${GRAPH}/$metadata#Collection(${state.collection === 'messages' ? 'message' : 'contact'})`,
    };
    const ids = chosen.map((e) => e.id);
    if (last && more) {
      const token = this.put({ ...state, after: { seq: last.seq, id: last.id }, lastPage: ids });
      body['@odata.nextLink'] = `${path}?$skiptoken=${token}`;
    } else {
      const token = this.put({ ...state, after: null, lastPage: ids });
      body['@odata.deltaLink'] = `${path}?$deltatoken=${token}`;
    }
    body.value = value;
    return { status: 200, body, served: value.length - replayed - removed, removed, replayed };
  }

  private liveJson(box: FakeMailbox, state: DeltaState, id: string, immutable: boolean) {
    if (state.collection === 'messages') {
      const m = box.messages.get(id);
      if (!m || m.folderId !== state.folderId) return null;
      const full = {
        '@odata.type': ODATA_TYPE.messages,
        '@odata.etag': `W/"CQAAABYAAAA${m.seq}"`,
        ...messageJson(m, immutable),
      };
      const out = project(full, state.select, TYPE.messages);
      return 'error' in out
        ? out
        : { '@odata.type': ODATA_TYPE.messages, '@odata.etag': full['@odata.etag'], ...out };
    }
    const c = box.contacts.get(id);
    if (!c || c.folderId !== state.folderId) return null;
    const full = { '@odata.etag': `W/"EQAAABYAAAA${c.seq}"`, ...contactJson(c) };
    const out = project(full, state.select, TYPE.contacts);
    return 'error' in out ? out : { '@odata.etag': full['@odata.etag'], ...out };
  }

  private roundEntries(box: FakeMailbox, state: DeltaState): Entry[] {
    const key = `${state.userId}|${state.collection}|${state.folderId}|${state.since}|${state.snapshot}`;
    const kept = this.rounds.get(key);
    if (kept && kept.seq === box.seq) return kept.entries;
    const entries = this.entries(box, state);
    this.rounds.set(key, { seq: box.seq, entries });
    if (this.rounds.size > 64) {
      const oldest = this.rounds.keys().next().value;
      if (oldest !== undefined) this.rounds.delete(oldest);
    }
    return entries;
  }

  /** What changed in the folder between the round's two sequence numbers, in (seq, id) order. */
  private entries(box: FakeMailbox, state: DeltaState): Entry[] {
    const inRound = (seq: number) => seq > state.since && seq <= state.snapshot;
    const out: Entry[] = [];
    if (state.collection === 'messages') {
      for (const m of box.messages.values())
        if (m.folderId === state.folderId && inRound(m.seq))
          out.push({ seq: m.seq, id: m.immutableId, removed: null });
      if (state.since > 0)
        for (const t of box.tombstones)
          if (t.folderId === state.folderId && inRound(t.seq)) out.push({ seq: t.seq, id: t.id, removed: t });
    } else {
      for (const c of box.contacts.values())
        if (c.folderId === state.folderId && inRound(c.seq))
          out.push({ seq: c.seq, id: c.id, removed: null });
      if (state.since > 0)
        for (const t of box.contactTombstones)
          if (t.folderId === state.folderId && inRound(t.seq)) out.push({ seq: t.seq, id: t.id, removed: t });
    }
    return out.sort((a, b) => a.seq - b.seq || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}

/** The index of the first entry after `after` in (seq, id) order (binary search; the entries are sorted). */
function firstAfter(entries: readonly Entry[], after: { seq: number; id: string }): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const e = entries[mid];
    const later = e !== undefined && (e.seq > after.seq || (e.seq === after.seq && e.id > after.id));
    if (later) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
