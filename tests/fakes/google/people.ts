// The fake People API: people.connections.list and otherContacts.list with page tokens and sync tokens as
// Google documents them (a sync token lists changes since it was issued, deleted people with
// metadata.deleted=true; tokens expire after 7 days with 400 EXPIRED_SYNC_TOKEN; a page or sync token must
// come with the same other parameters as the first call).
import type { FakeResponse } from '../server';
import { ERRORS, googleError } from './errors';

export interface FakeContact {
  resourceName: string;
  names?: { givenName?: string; familyName?: string; displayName?: string }[];
  emailAddresses?: { value: string }[];
  phoneNumbers?: { value: string; canonicalForm?: string }[];
  organizations?: { name?: string; title?: string }[];
  birthdays?: { date: { year?: number; month: number; day: number } }[];
  addresses?: { city?: string }[];
}

interface Stored {
  contact: FakeContact;
  version: number;
  deleted: boolean;
}

type Kind = 'connections' | 'otherContacts';
const SCOPES: Record<Kind, string[]> = {
  connections: [
    'https://www.googleapis.com/auth/contacts.readonly',
    'https://www.googleapis.com/auth/contacts',
  ],
  otherContacts: ['https://www.googleapis.com/auth/contacts.other.readonly'],
};
const SYNC_TOKEN_LIFETIME_MS = 7 * 86_400_000;

export interface PeopleCall {
  kind: Kind;
  method: 'people.connections.list' | 'otherContacts.list';
}

export function peopleCallOf(method: string, path: string): PeopleCall | null {
  if (method !== 'GET') return null;
  if (path === '/v1/people/me/connections') return { kind: 'connections', method: 'people.connections.list' };
  if (path === '/v1/otherContacts') return { kind: 'otherContacts', method: 'otherContacts.list' };
  return null;
}

export class FakePeopleBook {
  private readonly stores: Record<Kind, Map<string, Stored>> = {
    connections: new Map(),
    otherContacts: new Map(),
  };
  private version = 1;
  private seq = 0;
  /** Sync tokens issued before this version are expired (a fault, or the 7 days passing). */
  private floor = 0;

  constructor(
    readonly address: string,
    private readonly now: () => number,
  ) {}

  put(kind: Kind, contact: Omit<FakeContact, 'resourceName'> & { resourceName?: string }): FakeContact {
    const prefix = kind === 'connections' ? 'people/c' : 'otherContacts/c';
    const full: FakeContact = {
      ...contact,
      resourceName: contact.resourceName ?? `${prefix}${1000 + this.seq++}`,
    };
    this.stores[kind].set(full.resourceName, { contact: full, version: ++this.version, deleted: false });
    return full;
  }

  remove(kind: Kind, resourceName: string): void {
    const s = this.stores[kind].get(resourceName);
    if (s) this.stores[kind].set(resourceName, { ...s, version: ++this.version, deleted: true });
  }

  /** Whether a sync token covers every change made so far (a check with it would list nothing). */
  isCurrent(syncToken: string | null): boolean {
    if (!syncToken) return false;
    const m = /^s:(\d+):/u.exec(Buffer.from(syncToken, 'base64url').toString('utf8'));
    return m !== null && Number(m[1]) === this.version;
  }

  /** The contacts of a list as they are now: the deleted ones apart. */
  contacts(kind: Kind): { live: FakeContact[]; deleted: FakeContact[] } {
    const all = [...this.stores[kind].values()];
    return {
      live: all.filter((x) => !x.deleted).map((x) => x.contact),
      deleted: all.filter((x) => x.deleted).map((x) => x.contact),
    };
  }

  /** Every sync token handed out so far is now expired. */
  expireSyncTokens(): void {
    // A token issued after this (a new full pass with nothing changed since) must be valid again: the floor is a
    // version of its own, not "one past the current one" (which expired the next pass's token too, for ever).
    this.version++;
    this.floor = this.version;
  }

  list(kind: Kind, q: URLSearchParams): FakeResponse {
    const maskName = kind === 'connections' ? 'personFields' : 'readMask';
    const mask = (q.get(maskName) ?? '').split(',').filter(Boolean);
    if (mask.length === 0)
      return googleError(
        ERRORS.invalidArgument(`${maskName} mask is required. Please specify one or more valid paths.`),
      );
    const size = Number(q.get('pageSize') ?? 100);
    if (!Number.isInteger(size) || size < 1 || size > 1000)
      return googleError(ERRORS.invalidArgument('pageSize must be between 1 and 1000.'));
    // Everything but the tokens must repeat the first call's parameters.
    const signature = [...q.entries()]
      .filter(([k]) => k !== 'pageToken' && k !== 'syncToken')
      .sort()
      .join('&');
    const syncToken = q.get('syncToken');
    let since = 0;
    if (syncToken) {
      const m = /^s:(\d+):(\d+)$/u.exec(Buffer.from(syncToken, 'base64url').toString('utf8'));
      if (!m) return googleError(ERRORS.invalidArgument('Sync token is invalid.'));
      since = Number(m[1]);
      if (since < this.floor || this.now() - Number(m[2]) > SYNC_TOKEN_LIFETIME_MS)
        return googleError(ERRORS.expiredSyncToken());
    }
    const pageToken = q.get('pageToken');
    let offset = 0;
    let asOf = this.version;
    if (pageToken) {
      const m = /^p:(\d+):(\d+):(.*)$/su.exec(Buffer.from(pageToken, 'base64url').toString('utf8'));
      if (!m || m[3] !== signature)
        return googleError(ERRORS.invalidArgument('Request parameters do not match the page token.'));
      offset = Number(m[1]);
      asOf = Number(m[2]);
    }
    const all = [...this.stores[kind].values()]
      .filter((s) => s.version <= asOf && (syncToken ? s.version > since : !s.deleted))
      .sort((a, b) => a.version - b.version);
    const page = all.slice(offset, offset + size);
    const items = page.map((s) => this.render(s, mask));
    const body: Record<string, unknown> = {};
    body[kind] = items;
    if (kind === 'connections') {
      body.totalPeople = all.length;
      body.totalItems = all.length;
    } else body.totalSize = all.length;
    if (offset + size < all.length)
      body.nextPageToken = Buffer.from(`p:${offset + size}:${asOf}:${signature}`).toString('base64url');
    else if (q.get('requestSyncToken') === 'true')
      body.nextSyncToken = Buffer.from(`s:${asOf}:${this.now()}`).toString('base64url');
    return { status: 200, type: 'application/json; charset=UTF-8', body: JSON.stringify(body) };
  }

  private render(s: Stored, mask: readonly string[]): Record<string, unknown> {
    const c = s.contact;
    const out: Record<string, unknown> = {
      resourceName: c.resourceName,
      etag: `%Eg${s.version}`,
      metadata: {
        sources: [{ type: 'CONTACT', id: c.resourceName.split('/')[1] }],
        ...(s.deleted ? { deleted: true } : {}),
      },
    };
    if (s.deleted) return out;
    const fields: (keyof FakeContact)[] = [
      'names',
      'emailAddresses',
      'phoneNumbers',
      'organizations',
      'birthdays',
      'addresses',
    ];
    for (const f of fields) {
      const v = c[f];
      if (mask.includes(f) && Array.isArray(v) && v.length)
        out[f] = v.map((item, i) => ({
          metadata: { primary: i === 0, source: { type: 'CONTACT' } },
          ...item,
        }));
    }
    return out;
  }
}

export function answerPeople(
  call: PeopleCall,
  q: URLSearchParams,
  book: FakePeopleBook,
  scopes: readonly string[],
): FakeResponse {
  if (!scopes.some((s) => SCOPES[call.kind].includes(s))) return googleError(ERRORS.insufficientScope());
  return book.list(call.kind, q);
}
