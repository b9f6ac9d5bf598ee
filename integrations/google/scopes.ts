// The Google scopes Kartka asks for, least first (issue 18): headers only for mail, read-only contacts.
// Never `gmail.readonly` beside `gmail.metadata`: with both granted, Gmail still refuses `q` and full bodies
// under the metadata scope's rules (SYNC.md), and the broader scope would only add review burden.

export const GOOGLE_SCOPES = {
  gmail: 'https://www.googleapis.com/auth/gmail.metadata',
  contacts: 'https://www.googleapis.com/auth/contacts.readonly',
  otherContacts: 'https://www.googleapis.com/auth/contacts.other.readonly',
} as const;

/**
 * In the order they are requested. Only mail for now: the contacts sync (People API) is not built yet, and a
 * consent screen must not ask for what nothing uses. The contacts scopes join this list with it.
 */
export const GOOGLE_SCOPE_LIST: readonly string[] = [GOOGLE_SCOPES.gmail];
