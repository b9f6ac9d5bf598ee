// The user's Microsoft settings: which app registration and tenant to sign in with, whether Teams chats come to
// the card, and which mail folders beyond Inbox and Sent Items are synced.
import type { MicrosoftTenantSetting } from './tenant';

export interface MicrosoftSettings {
  /** The app registration's client id; empty: the build's default (KARTKA_MICROSOFT_CLIENT_ID). */
  clientId: string;
  tenant: MicrosoftTenantSetting;
  /** Teams chats on the card (work/school accounts only); adds Chat.ReadBasic + Chat.Read at sign-in. */
  teams: boolean;
  /** Folder ids synced besides Inbox and Sent Items. */
  extraFolders: string[];
}

export function defaultMicrosoftSettings(): MicrosoftSettings {
  return { clientId: '', tenant: 'common', teams: false, extraFolders: [] };
}

/** An Entra application (client) id: a GUID. */
export function isClientId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(value.trim());
}
