// The Google scopes Kartka asks for, least first (issue 18): headers only for mail, read-only contacts.
// Never `gmail.readonly` beside `gmail.metadata`: with both granted, Gmail still refuses `q` and full bodies
// under the metadata scope's rules (SYNC.md), and the broader scope would only add review burden.

export const GOOGLE_SCOPES = {
  gmail: 'https://www.googleapis.com/auth/gmail.metadata',
  contacts: 'https://www.googleapis.com/auth/contacts.readonly',
  otherContacts: 'https://www.googleapis.com/auth/contacts.other.readonly',
} as const;

/**
 * In the order they are requested, least first: mail headers, then My contacts and Other contacts (read only).
 * An account connected before the contacts sync existed holds only the first; the panel asks it to reconnect.
 */
export const GOOGLE_SCOPE_LIST: readonly string[] = [
  GOOGLE_SCOPES.gmail,
  GOOGLE_SCOPES.contacts,
  GOOGLE_SCOPES.otherContacts,
];
