// Graph's JSON for the fake's records, with $select applied the way Outlook applies it.
import type { FakeChat, FakeChatMessage, FakeContact, FakeMessage, FakeUser } from './mailbox';

export const GRAPH = 'https://graph.microsoft.com/v1.0';

const recipient = (a: { name: string; address: string }) => ({
  emailAddress: { name: a.name, address: a.address },
});

/** Every message property the fake knows, as Graph names them. */
export function messageJson(m: FakeMessage, immutable: boolean): Record<string, unknown> {
  return {
    id: immutable ? m.immutableId : m.restId,
    createdDateTime: m.receivedDateTime,
    lastModifiedDateTime: m.receivedDateTime,
    changeKey: `CQAAABYAAAA${m.seq}`,
    categories: [],
    receivedDateTime: m.receivedDateTime,
    sentDateTime: m.sentDateTime,
    hasAttachments: m.hasAttachments,
    internetMessageId: `<${m.internetMessageId}>`,
    subject: m.subject,
    bodyPreview: m.bodyPreview,
    importance: 'normal',
    parentFolderId: m.folderId,
    conversationId: m.conversationId,
    conversationIndex: 'AQHa',
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: m.isRead,
    isDraft: m.isDraft,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(m.restId)}`,
    inferenceClassification: 'focused',
    body: { contentType: 'html', content: `<html><body>${m.bodyPreview}</body></html>` },
    uniqueBody: { contentType: 'html', content: `<html><body>${m.bodyPreview}</body></html>` },
    sender: recipient(m.from),
    from: recipient(m.from),
    toRecipients: m.to.map(recipient),
    ccRecipients: m.cc.map(recipient),
    bccRecipients: [],
    replyTo: [],
    flag: { flagStatus: 'notFlagged' },
  };
}

export function contactJson(c: FakeContact): Record<string, unknown> {
  return {
    id: c.id,
    createdDateTime: '2024-01-01T00:00:00Z',
    lastModifiedDateTime: '2024-01-01T00:00:00Z',
    changeKey: `EQAAABYAAAA${c.seq}`,
    categories: [],
    parentFolderId: c.folderId,
    birthday: null,
    fileAs: c.displayName,
    displayName: c.displayName,
    givenName: c.givenName,
    initials: null,
    middleName: null,
    nickName: null,
    surname: c.surname,
    title: null,
    generation: null,
    imAddresses: [],
    jobTitle: c.jobTitle,
    companyName: c.companyName,
    department: null,
    officeLocation: null,
    profession: null,
    businessHomePage: null,
    personalNotes: '',
    homePhones: [],
    mobilePhone: c.mobilePhone,
    businessPhones: c.businessPhones,
    spouseName: null,
    emailAddresses: c.emailAddresses.map((e) => ({ name: e.name, address: e.address })),
    homeAddress: {},
    businessAddress: {},
    otherAddress: {},
  };
}

/** Outlook refuses a $select naming a property the type lacks. */
export function project(
  full: Record<string, unknown>,
  select: readonly string[] | null,
  type: string,
): Record<string, unknown> | { error: string } {
  if (!select) return full;
  const out: Record<string, unknown> = { id: full.id };
  for (const name of select) {
    const key = Object.keys(full).find((k) => k.toLowerCase() === name.toLowerCase());
    if (!key) return { error: `Could not find a property named '${name}' on type '${type}'.` };
    out[key] = full[key];
  }
  return out;
}

export function meJson(u: FakeUser): Record<string, unknown> {
  return {
    '@odata.context': `${GRAPH}/$metadata#users/$entity`,
    businessPhones: [],
    displayName: u.displayName,
    givenName: u.displayName.split(' ')[0] ?? null,
    jobTitle: null,
    mail: u.kind === 'work' ? u.mail : null,
    mobilePhone: null,
    officeLocation: null,
    preferredLanguage: null,
    surname: u.displayName.split(' ').slice(1).join(' ') || null,
    userPrincipalName: u.mail,
    id: u.id,
  };
}

export function chatJson(chat: FakeChat, tenantId: string, expandMembers: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: chat.id,
    topic: chat.topic,
    createdDateTime: chat.createdDateTime,
    lastUpdatedDateTime: chat.lastUpdatedDateTime,
    chatType: chat.chatType,
    webUrl: `https://teams.microsoft.com/l/chat/${encodeURIComponent(chat.id)}/0?tenantId=${tenantId}`,
    tenantId,
    onlineMeetingInfo: null,
    viewpoint: { isHidden: false, lastMessageReadDateTime: chat.lastUpdatedDateTime },
  };
  if (expandMembers) {
    out['members@odata.context'] = `${GRAPH}/$metadata#chats('${encodeURIComponent(chat.id)}')/members`;
    // Graph's known issue: $expand=members returns at most 25 members per chat.
    out.members = chat.members.slice(0, 25).map((m) => ({
      '@odata.type': '#microsoft.graph.aadUserConversationMember',
      id: Buffer.from(`${chat.id}#${m.userId}`).toString('base64'),
      roles: ['owner'],
      displayName: m.displayName,
      visibleHistoryStartDateTime: '0001-01-01T00:00:00Z',
      userId: m.userId,
      email: m.email,
      tenantId,
    }));
  }
  return out;
}

export function chatMessageJson(
  chatId: string,
  m: FakeChatMessage,
  tenantId: string,
): Record<string, unknown> {
  const escaped = m.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return {
    id: m.id,
    replyToId: null,
    etag: m.id,
    messageType: 'message',
    createdDateTime: m.createdDateTime,
    lastModifiedDateTime: m.lastModifiedDateTime,
    lastEditedDateTime: null,
    deletedDateTime: null,
    subject: null,
    summary: null,
    chatId,
    importance: 'normal',
    locale: 'en-us',
    webUrl: null,
    channelIdentity: null,
    policyViolation: null,
    eventDetail: null,
    from: {
      application: null,
      device: null,
      user: {
        '@odata.type': '#microsoft.graph.teamworkUserIdentity',
        id: m.fromUserId,
        displayName: m.fromName,
        userIdentityType: 'aadUser',
        tenantId,
      },
    },
    body: { contentType: 'html', content: `<p>${escaped}</p>` },
    attachments: [],
    mentions: [],
    reactions: [],
  };
}
