// One fake Microsoft 365 / Outlook.com user: mail folders with messages, contact folders with contacts, Teams
// chats. Every change takes the next sequence number; a delta round returns what changed between two of them.

export interface FakeAddress {
  name: string;
  address: string;
}

export interface FakeMessage {
  /** Stays the same when the message moves (Prefer: IdType="ImmutableId"). */
  immutableId: string;
  /** The default ("REST") id: changes whenever the message moves to another folder. */
  restId: string;
  folderId: string;
  conversationId: string;
  internetMessageId: string;
  subject: string;
  bodyPreview: string;
  from: FakeAddress;
  to: FakeAddress[];
  cc: FakeAddress[];
  receivedDateTime: string;
  sentDateTime: string;
  hasAttachments: boolean;
  isRead: boolean;
  isDraft: boolean;
  seq: number;
}

export interface FakeContact {
  id: string;
  folderId: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  companyName: string | null;
  jobTitle: string | null;
  emailAddresses: { name: string; address: string }[];
  businessPhones: string[];
  mobilePhone: string | null;
  seq: number;
}

export interface FakeFolder {
  id: string;
  displayName: string;
  /** inbox, sentitems, … (the names Graph accepts in place of an id). */
  wellKnownName?: string;
  /** The folder it is under; absent: directly under the root (msgfolderroot). */
  parentId?: string;
  /** Left out of folder lists unless includeHiddenFolders=true. */
  isHidden?: boolean;
}

export interface Tombstone {
  id: string;
  /** The id as the client knew it in this folder: the immutable one and the REST one. */
  restId: string;
  folderId: string;
  seq: number;
}

export interface FakeChatMember {
  userId: string;
  displayName: string;
  email: string;
}

export interface FakeChatMessage {
  id: string;
  fromUserId: string;
  fromName: string;
  text: string;
  createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface FakeChat {
  id: string;
  chatType: 'oneOnOne' | 'group' | 'meeting';
  topic: string | null;
  createdDateTime: string;
  lastUpdatedDateTime: string;
  members: FakeChatMember[];
  messages: FakeChatMessage[];
}

export interface FakeUser {
  /** GUID for work/school accounts, 16 hex digits for personal ones (as Graph answers /me). */
  id: string;
  kind: 'work' | 'personal';
  displayName: string;
  mail: string;
  /** Directory tenant: a GUID for work accounts, the consumer tenant for personal ones. */
  tenantId: string;
}

/** The tenant id of every personal Microsoft account (id_token `tid`). */
export const CONSUMER_TENANT = '9188040d-6c67-4c5b-b112-36a304b66dad';

const b64 = (s: string) => Buffer.from(s).toString('base64url');

export class FakeMailbox {
  readonly folders = new Map<string, FakeFolder>();
  readonly messages = new Map<string, FakeMessage>();
  readonly tombstones: Tombstone[] = [];
  readonly contactFolders = new Map<string, FakeFolder>();
  readonly contacts = new Map<string, FakeContact>();
  readonly contactTombstones: Tombstone[] = [];
  readonly chats: FakeChat[] = [];
  private counter = 0;
  seq = 0;

  constructor(readonly user: FakeUser) {
    this.addFolder('Inbox', 'inbox');
    this.addFolder('Sent Items', 'sentitems');
    this.addFolder('Archive', 'archive');
    this.addFolder('Deleted Items', 'deleteditems');
    this.contactFolders.set(this.newFolderId('contacts'), {
      id: this.newFolderId('contacts'),
      displayName: 'Contacts',
      wellKnownName: 'contacts',
    });
  }

  private newFolderId(name: string): string {
    return `AAMkAD${b64(`${this.user.id}/folder/${name}`)}AAA=`;
  }

  /** The root folder's id (msgfolderroot): the parentFolderId of the top-level folders. */
  get rootFolderId(): string {
    return this.newFolderId('');
  }

  /** A folder under the root, or under `options.parent` (an id); `wellKnownName` only for Graph's own folders. */
  addFolder(
    displayName: string,
    wellKnownName?: string,
    options: { parent?: string; hidden?: boolean } = {},
  ): FakeFolder {
    const id = this.newFolderId(options.parent ? `${options.parent}/${displayName}` : displayName);
    const folder: FakeFolder = { id, displayName };
    if (wellKnownName) folder.wellKnownName = wellKnownName;
    if (options.parent) folder.parentId = options.parent;
    if (options.hidden) folder.isHidden = true;
    this.folders.set(folder.id, folder);
    return folder;
  }

  /** The default Contacts folder's id: the parentFolderId of the folders /me/contactFolders lists. */
  get contactRootId(): string {
    return this.newFolderId('contacts');
  }

  /** A contact folder under the default Contacts folder, or under `parent` (a contact folder's id). */
  addContactFolder(displayName: string, parent?: string): FakeFolder {
    // Ids of nested folders do not grow with the depth (Exchange's entry ids are of one length).
    const folder: FakeFolder = { id: this.newFolderId(`contacts/${++this.counter}`), displayName };
    if (parent) folder.parentId = parent;
    this.contactFolders.set(folder.id, folder);
    return folder;
  }

  /**
   * Deletes a contact folder with the folders under it and their contacts: Graph answers 404 ErrorItemNotFound
   * for it from then on (contactfolder-permanentdelete; a folder deleted in Outlook leaves the contact folders).
   */
  deleteContactFolder(id: string): void {
    const doomed = new Set([id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const f of this.contactFolders.values())
        if (f.parentId && doomed.has(f.parentId) && !doomed.has(f.id)) grew = Boolean(doomed.add(f.id));
    }
    for (const f of doomed) this.contactFolders.delete(f);
    for (const c of [...this.contacts.values()]) if (doomed.has(c.folderId)) this.contacts.delete(c.id);
  }

  /**
   * Moves a contact to another contact folder. Its immutable id stays (outlook-immutable-id: "immutable ID will
   * NOT change if the item is moved to a different folder in the mailbox"); the folder it left reports it
   * removed in its next delta, the one it reached lists it.
   */
  moveContact(id: string, folder: string): void {
    const c = this.contacts.get(id);
    const target = this.contactFolder(folder);
    if (!c || !target) throw new Error(`No contact ${id} or folder ${folder}`);
    this.contactTombstones.push({ id, restId: id, folderId: c.folderId, seq: ++this.seq });
    Object.assign(c, { folderId: target.id, seq: ++this.seq });
  }

  /** A folder by id or by well-known name (Graph accepts both, case-insensitively for names). */
  folder(idOrName: string): FakeFolder | undefined {
    const byId = this.folders.get(idOrName);
    if (byId) return byId;
    const name = idOrName.toLowerCase();
    return [...this.folders.values()].find((f) => f.wellKnownName === name);
  }

  contactFolder(idOrName: string): FakeFolder | undefined {
    const byId = this.contactFolders.get(idOrName);
    if (byId) return byId;
    const name = idOrName.toLowerCase();
    return [...this.contactFolders.values()].find((f) => f.wellKnownName === name);
  }

  private restIdFor(immutableId: string, folderId: string): string {
    return `AAMkAD${b64(`${immutableId}@${folderId}`)}=`;
  }

  /** Adds a message to a folder (by id or well-known name) and returns it. */
  addMessage(
    folder: string,
    m: Omit<
      FakeMessage,
      'immutableId' | 'restId' | 'folderId' | 'seq' | 'isRead' | 'isDraft' | 'bodyPreview'
    > &
      Partial<Pick<FakeMessage, 'isRead' | 'isDraft' | 'bodyPreview'>>,
  ): FakeMessage {
    const target = this.folder(folder);
    if (!target) throw new Error(`No folder ${folder}`);
    const immutableId = `AAkALgAA${b64(`${this.user.id}/m/${++this.counter}`)}`;
    const message: FakeMessage = {
      isRead: false,
      isDraft: false,
      bodyPreview: '',
      ...m,
      immutableId,
      restId: this.restIdFor(immutableId, target.id),
      folderId: target.id,
      seq: ++this.seq,
    };
    this.messages.set(immutableId, message);
    return message;
  }

  /** A change the client should see again in its folder's next round (e.g. read state). */
  touchMessage(immutableId: string, change: Partial<Pick<FakeMessage, 'isRead' | 'subject'>>): void {
    const m = this.messages.get(immutableId);
    if (!m) throw new Error(`No message ${immutableId}`);
    Object.assign(m, change, { seq: ++this.seq });
  }

  /** Moves a message: it leaves its folder (a removal there) and arrives in the other with a new REST id. */
  moveMessage(immutableId: string, toFolder: string): void {
    const m = this.messages.get(immutableId);
    const target = this.folder(toFolder);
    if (!m || !target) throw new Error(`Cannot move ${immutableId} to ${toFolder}`);
    this.tombstones.push({ id: m.immutableId, restId: m.restId, folderId: m.folderId, seq: ++this.seq });
    m.folderId = target.id;
    m.restId = this.restIdFor(m.immutableId, target.id);
    m.seq = ++this.seq;
  }

  /**
   * Deletes a folder as Outlook does: it (and the folders under it) moves to Deleted Items with its mail; the
   * fake keeps it simple and moves the mail there and drops the folders, so their id is not found any more.
   */
  deleteFolder(id: string): void {
    const doomed = new Set([id]);
    for (let grew = true; grew;) {
      grew = false;
      for (const f of this.folders.values())
        if (f.parentId && doomed.has(f.parentId) && !doomed.has(f.id)) grew = Boolean(doomed.add(f.id));
    }
    for (const m of [...this.messages.values()])
      if (doomed.has(m.folderId)) this.moveMessage(m.immutableId, 'deleteditems');
    for (const f of doomed) this.folders.delete(f);
  }

  deleteMessage(immutableId: string): void {
    const m = this.messages.get(immutableId);
    if (!m) throw new Error(`No message ${immutableId}`);
    this.messages.delete(immutableId);
    this.tombstones.push({ id: m.immutableId, restId: m.restId, folderId: m.folderId, seq: ++this.seq });
  }

  addContact(
    folder: string,
    c: Partial<Omit<FakeContact, 'id' | 'folderId' | 'seq'>> & Pick<FakeContact, 'displayName'>,
  ): FakeContact {
    const target = this.contactFolder(folder);
    if (!target) throw new Error(`No contact folder ${folder}`);
    const contact: FakeContact = {
      givenName: null,
      surname: null,
      companyName: null,
      jobTitle: null,
      emailAddresses: [],
      businessPhones: [],
      mobilePhone: null,
      ...c,
      id: `AAMkADc${b64(`${this.user.id}/c/${++this.counter}`)}`,
      folderId: target.id,
      seq: ++this.seq,
    };
    this.contacts.set(contact.id, contact);
    return contact;
  }

  updateContact(id: string, change: Partial<Omit<FakeContact, 'id' | 'folderId' | 'seq'>>): void {
    const c = this.contacts.get(id);
    if (!c) throw new Error(`No contact ${id}`);
    Object.assign(c, change, { seq: ++this.seq });
  }

  deleteContact(id: string): void {
    const c = this.contacts.get(id);
    if (!c) throw new Error(`No contact ${id}`);
    this.contacts.delete(id);
    this.contactTombstones.push({ id, restId: id, folderId: c.folderId, seq: ++this.seq });
  }

  /** A Teams chat with the given members besides the user (one member: a one-to-one chat). */
  addChat(members: FakeChatMember[], at: string, topic: string | null = null): FakeChat {
    const self = { userId: this.user.id, displayName: this.user.displayName, email: this.user.mail };
    const one = members.length === 1 && members[0];
    const chat: FakeChat = {
      id: one
        ? `19:${this.user.id}_${one.userId}@unq.gbl.spaces`
        : `19:${b64(`${this.user.id}/chat/${++this.counter}`)}@thread.v2`,
      chatType: one ? 'oneOnOne' : 'group',
      topic,
      createdDateTime: at,
      lastUpdatedDateTime: at,
      members: [self, ...members],
      messages: [],
    };
    this.chats.push(chat);
    return chat;
  }

  /** A message in a chat; `at` is both its creation and last modification. */
  addChatMessage(chatId: string, fromUserId: string, text: string, at: string): FakeChatMessage {
    const chat = this.chats.find((c) => c.id === chatId);
    const from = chat?.members.find((m) => m.userId === fromUserId);
    if (!chat || !from) throw new Error(`No chat ${chatId} with ${fromUserId}`);
    const message: FakeChatMessage = {
      id: String(Date.parse(at) + chat.messages.length),
      fromUserId,
      fromName: from.displayName,
      text,
      createdDateTime: at,
      lastModifiedDateTime: at,
    };
    chat.messages.push(message);
    chat.lastUpdatedDateTime = at;
    return message;
  }
}
