// One i18n layer for every page: t(locale, key, params) with real plural forms for uk/ru.
import type { Catalog } from './define';
import { captureMessages } from './messages/capture';
import { chatMessages } from './messages/chats';
import { chatExportMessages } from './messages/chat-export';
import { app } from './messages/app';
import { common } from './messages/common';
import { importMessages } from './messages/import';
import { importReasonMessages } from './messages/import-reasons';
import { actionErrorMessages } from './messages/action-errors';
import { sidebarMessages } from './messages/sidebar';
import { stageMessages } from './messages/stages';
import { whyMessages } from './messages/why';
import { reasonMessages } from './messages/reasons';
import { stageNameMessages } from './messages/stage-names';
import { identityMessages } from './messages/identity';
import { firstHourMessages } from './messages/first-hour';
import { mailPageMessages } from './messages/mail-pages';
import { trustMessages } from './messages/trust';
import { syncMessages } from './messages/sync';
import { microsoftMessages } from './messages/microsoft';
import { msTeamsMessages } from './messages/teams';
import { teamMessages } from './messages/team';
import { teamWindowMessages } from './messages/team-window';
import { teamAdminMessages } from './messages/team-admin';
import { teamListMessages } from './messages/team-list';
import { contactsSyncMessages } from './messages/contacts-sync';
import { outlookFolderMessages } from './messages/outlook-folders';
import { syncBusyMessages } from './messages/sync-busy';
import { microsoftSyncMessages } from './messages/microsoft-sync';
import { contactFolderMessages } from './messages/contact-folders';
import { formatMessage, type Locale, type Message, type Params } from './plural';

export { LOCALES, pickLocale, type Locale } from './plural';

/** Every area's catalog; add an area here when you add a file under messages/. */
const areas = [
  common,
  importMessages,
  captureMessages,
  sidebarMessages,
  app,
  stageMessages,
  whyMessages,
  reasonMessages,
  importReasonMessages,
  actionErrorMessages,
  stageNameMessages,
  identityMessages,
  mailPageMessages,
  trustMessages,
  syncMessages,
  chatMessages,
  firstHourMessages,
  chatExportMessages,
  microsoftMessages,
  teamMessages,
  teamWindowMessages,
  teamAdminMessages,
  teamListMessages,
  contactsSyncMessages,
  outlookFolderMessages,
  contactFolderMessages,
  msTeamsMessages,
  syncBusyMessages,
  microsoftSyncMessages,
] as const;

type KeysOf<C> = C extends Catalog<infer K> ? K : never;
export type MessageKey = KeysOf<(typeof areas)[number]>;

const merged: Record<Locale, Map<string, Message>> = { en: new Map(), uk: new Map(), ru: new Map() };
for (const area of areas as readonly Catalog<string>[]) {
  for (const locale of ['en', 'uk', 'ru'] as const) {
    for (const [key, message] of Object.entries(area[locale])) merged[locale].set(key, message);
  }
}

/** Translates a key into the locale, falling back to English, then to the key itself. */
export function t(locale: Locale, key: MessageKey, params?: Params): string {
  const message = merged[locale].get(key) ?? merged.en.get(key) ?? key;
  return formatMessage(locale, message, params);
}

/** A translator bound to one locale, for components. */
export type Translate = (key: MessageKey, params?: Params) => string;
export const translator =
  (locale: Locale): Translate =>
  (key, params) =>
    t(locale, key, params);

/** All keys of all areas in one locale (for the convention test). */
export function catalogKeys(locale: Locale): string[] {
  return [...merged[locale].keys()];
}
