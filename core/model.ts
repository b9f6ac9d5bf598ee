// The client base as plain data. Storage keeps these records as they are; core/ decides about them.
import type { Handle } from './handles';
import type { CompanyId, DealId, DocumentId, InteractionId, PersonId, TaskId, ThreadKey } from './ids';
import type { Provider } from './mail';
import type { MicrosoftSettings } from './sync/microsoft/settings';
import type { SyncPrefs } from './sync/prefs';

/** A birthday with or without a year. */
export interface Birthday {
  month: number; // 1-12
  day: number; // 1-31
  year?: number;
}

export interface Consent {
  given: boolean;
  at?: number;
  source?: string;
  purpose?: string;
}

/** How a client's stage came to be: by hand or by a rule, always with a reason a person can read. */
export interface StageState {
  stage: string; // a StageDef id from the pipeline
  /** In English: the user's own words for a stage set by hand or import; a rule's reason otherwise. */
  reason: string;
  setBy: 'hand' | 'rule' | 'import';
  since: number;
  /** The rule and its figures (rule stages), so the reason is shown in the reader's language. */
  because?: StageBecause;
}

/** Which stage rule applied, with the figures it compared: a rule's reason, independent of language. */
export type StageBecause =
  | { rule: 'lost-final'; days: number; after: number }
  | { rule: 'lost-quiet'; days: number; after: number }
  | { rule: 'key-amount'; amount: number; currency: string; from: number }
  | { rule: 'vip-orders'; orders: number; from: number }
  | { rule: 'vip-amount'; amount: number; currency: string; from: number }
  | { rule: 'partner'; orders: number; days: number; fromOrders: number; fromDays: number }
  | { rule: 'regular'; orders: number; from: number }
  | { rule: 'working'; orders: number }
  | { rule: 'active'; deals: number }
  | { rule: 'lost-deals'; deals: number }
  | { rule: 'none' };

/** When a field last changed and where the change came from: a field-by-field merge keeps the later value. */
export interface FieldStamp {
  at: number;
  /** 'user' | 'import' | 'page' | `google:<accountId>` | `microsoft:<accountId>` | `team:<member>`. */
  source: string;
}

/** Per-field stamps of a record (absent fields: the record's own `updatedAt`). */
export type FieldMeta = Partial<Record<string, FieldStamp>>;

/** How a client is shared with the whole firm: everyone reads it; 'write' lets every manager edit it too. */
export type Sharing = 'read' | 'write';

/** A person's link to a company; a person who moves keeps the old link archived, never deleted. */
export interface CompanyLink {
  companyId: CompanyId;
  role?: string;
  decisionMaker: boolean;
  since?: number;
  until?: number;
  archived: boolean;
}

export interface Person {
  id: PersonId;
  displayName: string;
  givenName?: string;
  familyName?: string;
  patronymic?: string;
  /** Trimmed and lower-cased. */
  emails: string[];
  /** E.164. A number may be shared (a family's landline): identity never rests on a phone alone. */
  phones: string[];
  /** Extensions by phone ("+380442351234" → "123" for "доб. 123"); absent for most people. */
  phoneExt?: Record<string, string>;
  /** Messenger identities: Telegram id and username, WhatsApp jid (core/handles.ts); absent on older records. */
  handles?: Handle[];
  position?: string;
  department?: string;
  /** As written: one line or several ("вул. Хрещатик, 1, Київ 01001"). */
  address?: string;
  website?: string;
  birthday?: Birthday;
  preferences?: string;
  notes?: string;
  consent?: Consent;
  tags: string[];
  manager?: string;
  city?: string;
  companies: CompanyLink[];
  /** Present when the person is a client; absent for contacts who are not (yet). */
  stage?: StageState;
  custom: Record<string, string>;
  source?: string;
  /** Derived: the last interaction's date, kept up to date by storage. */
  lastContactAt?: number;
  /** When merged into another person: kept for undo, hidden everywhere else. */
  mergedInto?: PersonId;
  /** In a firm: the member (CouchDB user name) responsible for this client; the list's manager follows it. */
  owner?: string;
  /** In a firm: shared with every member (the firm's shared database) instead of the owner's own. */
  sharing?: Sharing;
  /** When each field last changed and from where, for field-by-field merges (team sync, provider sync). */
  fieldMeta?: FieldMeta;
  /**
   * Connected accounts (id `google:<address>`, `microsoft:<address>`) whose contact of this person was deleted
   * there, and when: shown on the card; the person stays. A contact there again clears its account's entry.
   */
  deletedAtSource?: Partial<Record<string, number>>;
  createdAt: number;
  updatedAt: number;
}

export type RegistrationIdKind = 'edrpou' | 'ipn' | 'inn' | 'ogrn' | 'ogrnip' | 'kpp' | 'vat' | 'other';

export interface RegistrationId {
  kind: RegistrationIdKind;
  value: string;
  country?: string; // ISO 3166-1 alpha-2
  label?: string; // for 'other'
}

export interface BankAccount {
  iban: string;
  bank?: string;
  bic?: string;
  currency?: string;
}

export interface PostalAddress {
  kind?: 'legal' | 'office' | 'delivery' | 'other';
  street?: string;
  city?: string;
  region?: string;
  postcode?: string;
  country?: string;
}

export interface Company {
  id: CompanyId;
  name: string;
  legalForm?: string; // ТОВ, ПП, ФОП, ООО, АО, LLC, GmbH, …
  registrationIds: RegistrationId[];
  bankAccounts: BankAccount[];
  addresses: PostalAddress[];
  website?: string;
  /** The company's own numbers (switchboard, "Company Main Phone"), E.164; never a person's identity. */
  phones?: string[];
  /** Work domains, lower-cased; never free-mail domains. */
  domains: string[];
  industry?: string;
  city?: string;
  region?: string;
  size?: string;
  tags: string[];
  manager?: string;
  stage?: StageState;
  custom: Record<string, string>;
  notes?: string;
  lastContactAt?: number;
  mergedInto?: CompanyId;
  /** In a firm: the member (CouchDB user name) responsible for this client; the list's manager follows it. */
  owner?: string;
  /** In a firm: shared with every member (the firm's shared database) instead of the owner's own. */
  sharing?: Sharing;
  /** When each field last changed and from where, for field-by-field merges (team sync, provider sync). */
  fieldMeta?: FieldMeta;
  createdAt: number;
  updatedAt: number;
}

export type InteractionKind = 'email' | 'chat' | 'call' | 'meeting' | 'note';
export type Direction = 'incoming' | 'outgoing' | 'internal';
export type ParticipantRole = 'from' | 'to' | 'cc' | 'bcc' | 'attendee' | 'author';

export interface Participant {
  address?: string;
  phone?: string;
  name?: string;
  role: ParticipantRole;
  personId?: PersonId;
}

export type InteractionSource =
  | Provider
  | 'gmail-api'
  | 'graph'
  | 'import'
  | 'manual'
  /** Read from Telegram Web (either client) or WhatsApp Web. */
  | 'telegram'
  | 'whatsapp'
  /** A conversation pasted from Viber, a phone or an export ("Paste a conversation"). */
  | 'paste';

export interface Interaction {
  id: InteractionId;
  kind: InteractionKind;
  source: InteractionSource;
  /** Provider + provider message id, e.g. `gmail:18c2…`; the idempotency key for page and API logging. */
  providerKey?: string;
  /** RFC 5322 Message-ID without angle brackets: the cross-source idempotency key. */
  rfcMessageId?: string;
  threadKey?: ThreadKey;
  /** Other keys the message is known under: keys it was rekeyed from, another mailbox's (core/message-identity.ts). */
  aliasKeys?: string[];
  /** Set while `providerKey` is a page's stand-in (Gmail `msg-a:`, an Outlook item id) awaiting the provider's id. */
  provisionalKey?: true;
  /** Other threads the message was read in (an archive's `rfc:` root, another mailbox's conversation). */
  threadAliases?: ThreadKey[];
  /** Set when `at` (whole minutes) and `subject` (the thread's) come from a mail page, until a precise source corrects them. */
  pageDated?: true;
  direction: Direction;
  participants: Participant[];
  subject?: string;
  snippet?: string;
  body?: string;
  at: number;
  attachmentNames: string[];
  personIds: PersonId[];
  companyIds: CompanyId[];
  /** Why it was logged, in words a person can read. */
  reason?: string;
  createdAt: number;
}

export type DealStatus = 'open' | 'won' | 'lost';

export interface Deal {
  id: DealId;
  title: string;
  amount?: number;
  currency?: string;
  status: DealStatus;
  lostReason?: string;
  personId?: PersonId;
  companyId?: CompanyId;
  openedAt: number;
  closedAt?: number;
  createdAt: number;
  updatedAt: number;
}

export type Recurrence = 'none' | 'daily' | 'weekly' | 'monthly' | 'yearly';

export interface Task {
  id: TaskId;
  title: string;
  due: number;
  personId?: PersonId;
  companyId?: CompanyId;
  done: boolean;
  doneAt?: number;
  recurrence: Recurrence;
  /** When the reminder notification fired (so one that fell due while closed fires once). */
  notifiedAt?: number;
  kind?: 'task' | 'birthday' | 'going-quiet';
  createdAt: number;
  updatedAt: number;
}

export type DocumentKind = 'contract' | 'invoice' | 'act' | 'offer' | 'other';

export interface ClientDocument {
  id: DocumentId;
  name: string;
  kind: DocumentKind;
  personId?: PersonId;
  companyId?: CompanyId;
  interactionId?: InteractionId;
  at: number;
  createdAt: number;
}

/** One stage of the pipeline: id is stable, label and colour are the user's. */
export interface StageDef {
  id: string;
  label: string;
  color: string;
  kind: 'open' | 'won' | 'lost';
}

export interface LoggingPolicy {
  /** 'clients-only': log only mail with known people; 'create-on-sent': also create people I wrote to; 'create-all': also people who wrote to me. */
  mode: 'clients-only' | 'create-on-sent' | 'create-all';
  skipRoleAddresses: boolean;
  roleLocalParts: string[];
  maxRecipients: number;
  skipBulk: boolean;
}

export interface Settings {
  ownAddresses: string[];
  internalDomains: string[];
  blocklist: string[]; // addresses or domains
  gmailDotPlusFolding: boolean;
  logging: LoggingPolicy;
  pipeline: StageDef[];
  defaultPhoneRegion: string; // ISO 3166-1 alpha-2, e.g. 'UA'
  language: 'auto' | 'en' | 'uk' | 'ru';
  /** Thresholds for deriving stages from orders and contact history; absent means the defaults. */
  stageRules?: StageRules;
  /** Connected mailboxes (core/sync/prefs.ts); absent means the defaults. */
  sync?: SyncPrefs;
  /** What chat pages log; absent means the defaults (core/settings.ts). */
  chats?: ChatSettings;
  /** Connecting a Microsoft account (absent: the defaults). */
  microsoft?: MicrosoftSettings;
}

/** Chat logging: private chats with known clients are logged; group chats only when turned on. */
export interface ChatSettings {
  /** Log group chats' messages with known people too (off by default: a group is rarely one client's history). */
  logGroups: boolean;
}

/** Configurable thresholds behind the derived lifecycle stage. */
export interface StageRules {
  /** Won orders to count as a regular client (default 3). */
  regularOrders: number;
  /** Won orders to count as a proven partner, together with `partnerDays` since the first order. */
  partnerOrders: number;
  partnerDays: number;
  /** Won orders, or won amount in `amountCurrency`, to count as VIP; a null amount turns that test off. */
  vipOrders: number;
  vipAmount: number | null;
  /** Won amount in `amountCurrency` to count as a key account; null turns it off (set by hand only). */
  keyAmount: number | null;
  amountCurrency: string;
  /** Days without any contact after which a client counts as lost but revivable. */
  lostAfterDays: number;
  /** Days without contact after which the client is lost for good; null: only by hand. */
  lostFinalAfterDays: number | null;
}
