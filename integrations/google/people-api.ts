// The People API list calls the contacts sync makes (connections.list, otherContacts.list), each answer checked
// before it goes further (an API answer is untrusted input like a page), then turned into SyncContacts. Thin:
// no retries, no waiting, no state. A 400 EXPIRED_SYNC_TOKEN comes back as a 'cursor-gone' failure
// (core/sync/google/errors.ts), on which the runner restarts the stream's full pass.
import { z } from '../../core/zod';
import { contactOf, PEOPLE_FIELDS } from '../../core/sync/google/people-contact';
import type { PeopleKind, PeoplePage } from '../../core/sync/google/people-plan';
import { SYNC_LIMITS } from '../../core/sync/limits';
import { getChecked, type Call, type GmailApi } from './gmail-api';

export const PEOPLE_ORIGIN = 'https://people.googleapis.com';
const PEOPLE = { origin: PEOPLE_ORIGIN, name: 'the People API' };

const short = (max: number) => z.string().max(max);
const meta = z.object({ primary: z.boolean().exactOptional() }).loose().exactOptional();
const many = <T extends z.ZodType>(item: T) => z.array(item).max(200).exactOptional();

const personSchema = z.object({
  resourceName: z.string().regex(/^(people|otherContacts)\/[\w-]{1,200}$/u),
  metadata: z.object({ deleted: z.boolean().exactOptional() }).loose().exactOptional(),
  names: many(
    z.object({
      metadata: meta,
      displayName: short(500).exactOptional(),
      givenName: short(300).exactOptional(),
      familyName: short(300).exactOptional(),
    }),
  ),
  emailAddresses: many(z.object({ metadata: meta, value: short(320).exactOptional() })),
  phoneNumbers: many(
    z.object({
      metadata: meta,
      value: short(100).exactOptional(),
      canonicalForm: short(100).exactOptional(),
    }),
  ),
  organizations: many(
    z.object({ metadata: meta, name: short(500).exactOptional(), title: short(500).exactOptional() }),
  ),
  birthdays: many(
    z.object({
      metadata: meta,
      date: z
        .object({
          year: z.number().int().min(1).max(9999).exactOptional(),
          month: z.number().int().min(0).max(12).exactOptional(),
          day: z.number().int().min(0).max(31).exactOptional(),
        })
        .exactOptional(),
    }),
  ),
  addresses: many(z.object({ metadata: meta, city: short(300).exactOptional() })),
});

const total = z.number().int().nonnegative().exactOptional();
const people = z.array(personSchema).max(SYNC_LIMITS.people.pageSize).exactOptional();
/** Both lists' pages in one shape: connections.list answers `connections`, otherContacts.list `otherContacts`. */
const pageSchema = z.object({
  connections: people,
  otherContacts: people,
  nextPageToken: short(4000).exactOptional(),
  nextSyncToken: short(4000).exactOptional(),
  totalPeople: total,
  totalItems: total,
  totalSize: total,
});

/** One page of connections or other contacts, as contacts; `syncToken`: changes since it, else everything. */
export async function listPeople(
  api: GmailApi,
  token: string,
  kind: PeopleKind,
  pageToken: string | null,
  syncToken: string | null,
  signal: AbortSignal,
): Promise<Call<PeoplePage>> {
  const q = new URLSearchParams({
    [kind === 'connections' ? 'personFields' : 'readMask']: PEOPLE_FIELDS[kind].join(','),
    pageSize: String(SYNC_LIMITS.people.pageSize),
    requestSyncToken: 'true',
  });
  if (syncToken) q.set('syncToken', syncToken);
  if (pageToken) q.set('pageToken', pageToken);
  const path = kind === 'connections' ? '/v1/people/me/connections' : '/v1/otherContacts';
  const connections = kind === 'connections';
  const r = await getChecked(
    api,
    `${path}?${q}`,
    pageSchema,
    connections ? 'connections page' : 'other contacts page',
    'contacts',
    token,
    signal,
    PEOPLE,
  );
  if (!r.ok) return r;
  const v = r.value;
  return {
    ok: true,
    value: {
      contacts: ((connections ? v.connections : v.otherContacts) ?? []).map(contactOf),
      nextPageToken: v.nextPageToken ?? null,
      nextSyncToken: v.nextSyncToken ?? null,
      total: (connections ? (v.totalPeople ?? v.totalItems) : v.totalSize) ?? null,
    },
  };
}
