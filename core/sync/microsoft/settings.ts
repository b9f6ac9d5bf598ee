// The user's Microsoft settings: which app registration and tenant to sign in with, whether Teams chats come to
// the card, and which mail folders beyond Inbox and Sent Items are synced.
import { z } from '../../zod';
import type { GroupSpec } from '../../settings-schema';
import type { MicrosoftTenantSetting } from './tenant';

export interface MicrosoftSettings {
  /** The app registration's client id; empty: the build's default (KARTKA_MICROSOFT_CLIENT_ID). */
  clientId: string;
  tenant: MicrosoftTenantSetting;
  /**
   * The connected accounts (`microsoft:<address>`) with Teams chats on the card (work/school accounts only): their
   * sign-in asks for Chat.ReadBasic + Chat.Read too. Set by the background once Microsoft granted them.
   */
  teamsAccounts: string[];
  /** Folder ids synced besides Inbox and Sent Items. */
  extraFolders: string[];
}

export function defaultMicrosoftSettings(): MicrosoftSettings {
  return { clientId: '', tenant: 'common', teamsAccounts: [], extraFolders: [] };
}

/** An Entra application (client) id: a GUID. */
export function isClientId(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu.test(value.trim());
}

/** How a stored copy is checked, field by field (core/settings.ts). */
export const MICROSOFT_SETTINGS_SPEC: GroupSpec<MicrosoftSettings> = {
  clientId: z
    .string()
    .max(100)
    .refine((v) => v.trim() === '' || isClientId(v), 'not an application (client) id'),
  tenant: z.string().min(1).max(200) as z.ZodType<MicrosoftTenantSetting>,
  teamsAccounts: z.array(z.string().min(1).max(400)).max(20),
  extraFolders: z.array(z.string().min(1).max(512)).max(50),
};
