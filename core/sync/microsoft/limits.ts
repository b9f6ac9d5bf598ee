// Every Microsoft limit Kartka obeys, in one object (moves into the shared sync limits when those land).
// Sources, checked 2026-12: Outlook service limits https://learn.microsoft.com/graph/throttling-limits
// (10,000 API requests per 10 minutes per app and mailbox; 4 concurrent requests); JSON batching
// https://learn.microsoft.com/graph/json-batching (up to 20 requests); message delta
// https://learn.microsoft.com/graph/delta-query-messages (Prefer: odata.maxpagesize; $filter in a delta returns
// at most 5,000 messages, so the backfill window is applied here, not as a $filter); default page size 10;
// contact delta pages ≤ 200 (Microsoft Q&A 2052165); chats https://learn.microsoft.com/graph/api/chat-list and
// chat-list-messages ($top ≤ 50); SPA refresh tokens live 24 h, fixed
// (https://learn.microsoft.com/entra/identity-platform/refresh-tokens).

const MINUTE = 60_000;

export const GRAPH_LIMITS = {
  perMailbox: { windowMs: 10 * MINUTE, limit: 10_000 },
  concurrentPerMailbox: 4,
  /**
   * How long a Graph caller waits in memory for one of the account's 4 slots before it answers "busy, try again"
   * (Kartka's choice: a delta page or a card's read takes a second or two; a worker is stopped after ~30 s idle).
   */
  slotWaitMs: 15_000,
  /** A caller that got no slot tries again after this long. */
  busyRetryMs: 2_000,
  batchMax: 20,
  /** Page sizes tried in order: the first one the service applies (Preference-Applied) is kept. */
  pageSizes: [200, 100, 50, 25] as readonly number[],
  /** What Graph sends when it does not apply odata.maxpagesize. */
  defaultPageSize: 10,
  /** What Kartka stores of a message; Mail.ReadBasic forbids body, bodyPreview and attachments. */
  messageSelect: [
    'id',
    'conversationId',
    'internetMessageId',
    'subject',
    'from',
    'sender',
    'toRecipients',
    'ccRecipients',
    'receivedDateTime',
    'sentDateTime',
    'hasAttachments',
    'isDraft',
    'parentFolderId',
  ] as readonly string[],
  contactSelect: [
    'id',
    'displayName',
    'givenName',
    'surname',
    'companyName',
    'jobTitle',
    'emailAddresses',
    'businessPhones',
    'mobilePhone',
  ] as readonly string[],
  /** Folders every account syncs; the user may add more. */
  defaultFolders: ['inbox', 'sentitems'] as readonly string[],
  /**
   * The folder picker: pages of `pageTop` folders, at most `maxFolders` listed, `maxDepth` levels and
   * `maxRequests` requests for one listing (each spent from the mailbox's budget); at most `maxPicked` folders
   * beyond Inbox and Sent Items, since each is one more delta to check at every poll.
   */
  folders: {
    pageTop: 100,
    maxFolders: 300,
    maxDepth: 4,
    maxRequests: 30,
    maxPicked: 20,
    maxNameLength: 200,
  },
  /**
   * The account's contact folders, listed at every poll (a new folder starts its stream, one gone ends it):
   * `/me/contactFolders` (the folders under the default Contacts folder) and each folder's `childFolders`
   * (a contactFolder has no childFolderCount, so every folder found costs one request), pages of `pageTop`, at
   * most `maxFolders` folders, `maxDepth` levels below the default one and `maxRequests` requests a listing;
   * a listing cut short by these starts the folders it found and ends none.
   */
  contactFolders: {
    pageTop: 100,
    maxFolders: 50,
    maxDepth: 4,
    maxRequests: 60,
    maxNameLength: 200,
  },
  auth: {
    /** A token this close to its end is renewed before use. */
    renewBeforeMs: 5 * MINUTE,
    /** SPA refresh tokens end 24 h after sign-in, whatever rotation does. */
    spaRefreshLifetimeMs: 24 * 60 * MINUTE,
    /** The consumer tenant: an id_token with this `tid` is a personal Microsoft account. */
    consumerTenant: '9188040d-6c67-4c5b-b112-36a304b66dad',
  },
  teams: {
    maxTop: 50,
    /** /me/chats with `$expand=members` answers at most 25 chats a page (chat-list, known issue). */
    chatsTopWithMembers: 25,
    /** Kartka's own pace: at most one request per second per chat (and only when a card opens). */
    minIntervalPerChatMs: 1_000,
    /** The one-to-one chat found for a person is kept this long before /me/chats is asked again. */
    chatLookupCacheMs: 60 * MINUTE,
    /** Chat list pages read at most when looking for one person's chat. */
    maxChatPages: 10,
    /** Message pages read at most for one opening of a card (each a second apart, asked by the open card). */
    maxMessagePages: 5,
  },
  conversation: {
    /** Messages read at most for a card built from Graph. */
    maxMessages: 50,
    /** A card built from Graph is reused this long. */
    cacheMs: 10 * MINUTE,
  },
  /** Backoff when a 429/503 carries no Retry-After. */
  defaultRetryAfterMs: 5_000,
} as const;
