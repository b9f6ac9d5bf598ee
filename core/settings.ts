// The settings a fresh install starts with; storage keeps the user's copy.
import { DEFAULT_ROLE_LOCAL_PARTS } from './email';
import { defaultPipeline, defaultStageRules } from './lifecycle';
import type { ChatSettings, Settings } from './model';

/** Chat logging defaults: group chats off (a group mixes many people's business; the user turns it on). */
export function defaultChatSettings(): ChatSettings {
  return { logGroups: false };
}

/** A fresh, complete Settings object: nothing shared between calls, safe to mutate. */
export function defaultSettings(): Settings {
  return {
    ownAddresses: [],
    internalDomains: [],
    blocklist: [],
    // Folding o.koval+crm@gmail.com into okoval@gmail.com is right for Gmail only, and surprising: opt-in.
    gmailDotPlusFolding: false,
    logging: {
      // People a salesperson wrote to are nearly always clients or prospects; people who wrote first often are not.
      mode: 'create-on-sent',
      skipRoleAddresses: true,
      roleLocalParts: [...DEFAULT_ROLE_LOCAL_PARTS],
      maxRecipients: 20,
      skipBulk: true,
    },
    pipeline: defaultPipeline(),
    defaultPhoneRegion: 'UA',
    language: 'auto',
    storeBodies: false,
    stageRules: defaultStageRules(),
    chats: defaultChatSettings(),
  };
}
