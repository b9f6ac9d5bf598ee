// The one IndexedDB database: typed tables, append-only version blocks, a named migration per data change.
import Dexie, { type EntityTable } from 'dexie';
import type { CompanyId, InteractionId, PersonId } from '../core/ids';
import type { PossibleDuplicate } from '../core/identity';
import type { ClientDocument, Company, Deal, Interaction, Person, Task } from '../core/model';
import type { SyncAccountRow, SyncPacing } from '../core/sync/account';
import type { SeenReason } from '../core/sync/planner';
import { cleanTextOnWrite } from './clean-text';
import { derivedKeys } from './derived-keys';
import { teamOutbox } from './team/outbox-middleware';
import type { OutboxRow, TeamRow } from './team/rows';
import { backfillPersonCompanyIds } from './migrations/v2-person-company-ids';
import { backfillTimelineKeys } from './migrations/v3-timeline-keys';
import { backfillMessageIdentity } from './migrations/v6-message-identity';
import { backfillLooseFingerprints } from './migrations/v7-loose-fingerprints';
import { backfillHandles } from './migrations/v10-handles';
import { movePacingOutOfAccounts } from './migrations/v13-sync-pacing';

/** A person row as stored: the model plus derived index fields (never edited by hand). */
export interface StoredPerson extends Person {
  /** Folded search tokens (names, emails, phone digits, company names, tags, city); indexed in memory (v3). */
  searchTokens: string[];
  /** Gmail addresses folded (dots and +tags removed), for optional dot/plus matching. */
  gmailKeys: string[];
  /** Every company the person is or was linked to (current and archived links); added in version 2. */
  companyIds: CompanyId[];
  /** When the row was last written (any write; set by `derivedKeys`): pages catch up from here (v3). */
  touchedAt?: number;
  /** Keys of the person's messenger handles (`tg:…`, `tgu:…`, `wa:…`, core/handles.ts); added in version 10. */
  handleKeys?: string[];
}

/** A company row as stored. */
export interface StoredCompany extends Company {
  searchTokens: string[];
}

/** An interaction row as stored: `[personId, at]` and `[companyId, at]` keys (v3) and the fingerprint (v6), set by `derivedKeys`. */
export interface StoredInteraction extends Interaction {
  personAt?: [PersonId, number][];
  companyAt?: [CompanyId, number][];
  /** `<minute>|<sender>` (core/message-identity.ts `fingerprintOf`); absent without a sender address. */
  fingerprint?: string;
  /** The fingerprint again while the record has no Message-ID (v7: a sparse index for lookups that carry one). */
  looseFingerprint?: string;
}

/** A task row as stored: `openDue` mirrors `due` while the task is open (IndexedDB cannot index booleans). */
export interface StoredTask extends Task {
  openDue?: number;
}

/** One entry of the merge undo log: both records as they were, and every row that was re-pointed. */
export type MergeRecord = MergeLog &
  (
    | { kind: 'person'; keepBefore: StoredPerson; dropBefore: StoredPerson }
    | { kind: 'company'; keepBefore: StoredCompany; dropBefore: StoredCompany }
  );

/** What every merge log entry records besides the two records themselves. */
export interface MergeLog {
  id: string;
  keepId: string;
  dropId: string;
  at: number;
  /** Interactions whose links changed, with their links before the merge. */
  interactions: {
    id: InteractionId;
    personIds: PersonId[];
    companyIds: CompanyId[];
    participants: Interaction['participants'];
  }[];
  /** People whose company links changed (company merges), as they were. */
  people: StoredPerson[];
  deals: string[];
  tasks: string[];
  documents: string[];
  undoneAt?: number;
}

/** The `meta` key of the pages' packed client list and search index (storage/live-clients.ts). */
export const CLIENTS_SNAPSHOT_KEY = 'clients-snapshot';
/** Whether a `meta` key is the client snapshot or one of its parts (`clients-snapshot:<generation>:<part>`). */
export const isClientsSnapshotKey = (key: string): boolean =>
  key === CLIENTS_SNAPSHOT_KEY || key.startsWith(`${CLIENTS_SNAPSHOT_KEY}:`);

/** When a person or a company was last in touch, as logging found it (the id is theirs). */
export interface LastContactRow {
  id: string;
  at: number;
  /** When the row was written (set by `derivedKeys`): pages catch up from here. */
  touchedAt?: number;
}

/**
 * One chunk of a contacts import, as undo needs it: the ids it created and the rows it changed as they were
 * before. The import's first row (`part` 0) also names the files and when it ran.
 */
export interface ImportUndoRow {
  /** `${importId}:${part}` */
  id: string;
  importId: string;
  part: number;
  at: number;
  files?: string[];
  createdPeople: PersonId[];
  createdCompanies: CompanyId[];
  peopleBefore: StoredPerson[];
  companiesBefore: StoredCompany[];
  /** Possible-duplicate pairs this chunk stored (ids). */
  duplicatesAdded: string[];
  undoneAt?: number;
}

/** Key/value rows: a settings snapshot, sync cursors, and the like. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * What the sync settled for one provider item (a Gmail message id, a contact's resource name), so a resync
 * never fetches it again and "disconnect and remove" removes exactly what the sync created.
 */
export interface SyncItemRow {
  /** `<accountId>|<item>`. */
  key: string;
  account: string;
  stream: string;
  item: string;
  /** 'logged': a record in the base stands for it; 'not-logged': the logging rules declined it; else why not. */
  state: 'logged' | 'not-logged' | SeenReason;
  interactionId?: InteractionId;
  personId?: PersonId;
  /** The sync created that record (not a page reading, an import or another account before it). */
  created: boolean;
  at: number;
  /** A contact item: the full pass that last listed it (core/sync/contact.ts `ContactPass`); not indexed. */
  pass?: string;
  /**
   * A contact item: the name key of the company the contact had when last read ('' for none; absent on items
   * stored before it was kept), so a company changed at the provider moves the link (storage/sync/contact-company.ts).
   */
  company?: string;
  /** A contact item: its emails and phones (normalised) when last read, so a value it drops can leave the person. */
  emails?: string[];
  phones?: string[];
  /**
   * On the item of a person the sync created: the person's `updatedAt` as the sync last wrote them, while nobody
   * else has written them (storage/sync/contacts.ts `keepWrote`); "Disconnect and remove" reads it. Not indexed.
   */
  wrote?: number;
}

/** Version 1: the first shipped schema. Indexes only short values; subjects and snippets are never indexed. */
export const SCHEMA_V1 = {
  people: 'id, *emails, *phones, *gmailKeys, *searchTokens, lastContactAt, updatedAt',
  companies: 'id, *domains, *searchTokens, updatedAt',
  interactions: 'id, &providerKey, rfcMessageId, threadKey, at, *personIds, *companyIds',
  deals: 'id, personId, companyId, status, openedAt',
  tasks: 'id, due, openDue, personId, companyId',
  documents: 'id, personId, companyId, interactionId',
  merges: 'id, at',
  meta: 'key',
} as const;

/** Version 2: people are indexed by their current companies (a company's card lists its people). */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  people: 'id, *emails, *phones, *gmailKeys, *searchTokens, *companyIds, lastContactAt, updatedAt',
} as const;

/**
 * Version 3: a client's history is read newest-first off `[id, at]` keys (`*personAt`, `*companyAt`) instead of
 * `*personIds`/`*companyIds`; the `*searchTokens` indexes go (search runs on an in-memory index), so every
 * person write stores ~20 fewer index entries; `touchedAt` tells a page which people changed since its snapshot.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  people: 'id, *emails, *phones, *gmailKeys, *companyIds, lastContactAt, updatedAt, touchedAt',
  companies: 'id, *domains, updatedAt',
  interactions: 'id, &providerKey, rfcMessageId, threadKey, at, *personAt, *companyAt',
} as const;

/**
 * Version 4: the people's `lastContactAt` and `updatedAt` indexes and the companies' `updatedAt` go. No query
 * reads them (lists, filters and reminders run on whole rows or in memory), and every person write paid for
 * them: two fewer index entries per import row and per contact logged. No data changes.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  people: 'id, *emails, *phones, *gmailKeys, *companyIds, touchedAt',
  companies: 'id, *domains',
} as const;

/**
 * Version 5: when each client was last in touch, kept apart in `lastContact` ({ id, at }; `id` a person's or a
 * company's). Logging a message used to rewrite the whole person row (every field, every index entry) just to
 * move this one date; now it writes a 40-byte row. A row's own `lastContactAt` (demo data, merges, restores)
 * still counts: the effective date is the later of the two (storage/last-contact.ts). No data changes.
 */
export const SCHEMA_V5 = {
  ...SCHEMA_V4,
  lastContact: 'id, touchedAt',
} as const;

/**
 * Version 6: one record per message whichever way it arrived (core/message-identity.ts). `*aliasKeys` holds the
 * other keys a message is known under (a page's stand-in it was rekeyed from, another mailbox's key),
 * `*threadAliases` the other threads it was read in, and `fingerprint` (`<minute>|<sender>`, derived) finds a
 * page reading that has no real id yet. Data: every interaction gets its fingerprint; page readings are marked
 * page-dated, Outlook page keys provisional, and positional keys (`<conversationId>#<index>`) are dropped.
 */
export const SCHEMA_V6 = {
  ...SCHEMA_V5,
  interactions:
    'id, &providerKey, rfcMessageId, threadKey, at, *personAt, *companyAt, *aliasKeys, *threadAliases, fingerprint',
} as const;

/**
 * Version 7: `looseFingerprint`, the fingerprint again on records without a Message-ID only (derived). A message
 * that has one (an API sync, an archive) can only be such a record, so its lookups walk this sparse index
 * instead of every message of those minutes. Data: set on every interaction without a Message-ID.
 */
export const SCHEMA_V7 = {
  ...SCHEMA_V6,
  interactions: `${SCHEMA_V6.interactions}, looseFingerprint`,
} as const;

/**
 * Version 8: `possibleDuplicates` (pairs of people identity could not settle, for the user to merge or keep
 * apart; by either person) and `importUndo` (what each contacts import created and what it changed, a row per
 * chunk written in that chunk's transaction, so "Undo this import" restores the base exactly). No data changes.
 */
export const SCHEMA_V8 = {
  ...SCHEMA_V7,
  possibleDuplicates: 'id, a, b',
  importUndo: 'id, importId',
} as const;

/**
 * Version 10: people are indexed by their messenger handles (`*handleKeys`: Telegram id and username, WhatsApp
 * jid), so a chat page finds its client by an index lookup; existing people gain the t.me usernames their notes
 * name. Versions 8–9 are taken by work landing alongside (Dexie accepts the gap); the spread base follows the
 * highest version below this one.
 */
export const SCHEMA_V10 = {
  ...SCHEMA_V8,
  people: 'id, *emails, *phones, *gmailKeys, *companyIds, touchedAt, *handleKeys',
} as const;

/**
 * Version 11: connected mailboxes. `syncAccounts` holds each account's cursors, backoff and quota ledger;
 * `syncItems` what the sync settled per provider item (`account` indexed: disconnecting removes by account;
 * `interactionId` indexed: a record another account also synced is kept). New tables only: no row changes, so no
 * upgrade function (as versions 4, 5 and 8).
 */
export const SCHEMA_V11 = {
  ...SCHEMA_V10,
  syncAccounts: 'id, provider',
  syncItems: 'key, account, interactionId',
} as const;

/**
 * Version 12: the firm's base (TEAM.md). `team` keeps the membership, the sync status and, per firm database, how far its replica has been
 * applied here; `teamOutbox` holds the key of every record written here and not yet in a replica (one row per
 * record, `at` its last write). Both stay empty for a user who never joins a firm. No data changes, so no upgrade
 * function.
 */
export const SCHEMA_V12 = {
  ...SCHEMA_V11,
  team: 'key',
  teamOutbox: 'key',
} as const;

/**
 * Version 13: `syncPacing` holds each connected account's quota ledgers, backoff and last failure, moved off its
 * `syncAccounts` row (storage/migrations/v13-sync-pacing.ts): the spend recorded before every request and the
 * page stored with its cursor write different object stores, so neither waits for the other.
 */
export const SCHEMA_V13 = {
  ...SCHEMA_V12,
  syncPacing: 'id',
} as const;

/** The schema a new install opens at, and its version number. */
export const SCHEMA_LATEST = SCHEMA_V13;
export const LATEST_VERSION = 13;

export class KartkaDB extends Dexie {
  declare people: EntityTable<StoredPerson, 'id'>;
  declare companies: EntityTable<StoredCompany, 'id'>;
  declare interactions: EntityTable<StoredInteraction, 'id'>;
  declare deals: EntityTable<Deal, 'id'>;
  declare tasks: EntityTable<StoredTask, 'id'>;
  declare documents: EntityTable<ClientDocument, 'id'>;
  declare merges: EntityTable<MergeRecord, 'id'>;
  declare meta: EntityTable<MetaRow, 'key'>;
  declare lastContact: EntityTable<LastContactRow, 'id'>;
  declare team: EntityTable<TeamRow, 'key'>;
  declare teamOutbox: EntityTable<OutboxRow, 'key'>;
  declare possibleDuplicates: EntityTable<PossibleDuplicate, 'id'>;
  declare importUndo: EntityTable<ImportUndoRow, 'id'>;
  declare syncAccounts: EntityTable<SyncAccountRow, 'id'>;
  declare syncPacing: EntityTable<SyncPacing, 'id'>;
  declare syncItems: EntityTable<SyncItemRow, 'key'>;

  constructor(name = 'kartka') {
    super(name);
    // Append-only: never edit a shipped block; add version(n + 1) with its migration and its test.
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(backfillPersonCompanyIds);
    this.version(3).stores(SCHEMA_V3).upgrade(backfillTimelineKeys);
    this.version(4).stores(SCHEMA_V4);
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6).upgrade(backfillMessageIdentity);
    this.version(7).stores(SCHEMA_V7).upgrade(backfillLooseFingerprints);
    this.version(8).stores(SCHEMA_V8);
    this.version(10).stores(SCHEMA_V10).upgrade(backfillHandles);
    this.version(11).stores(SCHEMA_V11);
    this.version(12).stores(SCHEMA_V12);
    this.version(13).stores(SCHEMA_V13).upgrade(movePacingOutOfAccounts);
    this.use(derivedKeys);
    this.use(teamOutbox);
    this.use(cleanTextOnWrite);
  }
}

/** Opens (lazily) a Kartka database under another name: tests and benchmarks. */
export function openKartkaDB(name: string): KartkaDB {
  return new KartkaDB(name);
}

/** The extension's database; only extension pages and the background may import it. */
export const db = new KartkaDB();

/** A fresh id for any record. */
export function newId(): string {
  return crypto.randomUUID();
}
