// Why an action the user asked for failed, as a code and its figures beside the English message, so the
// page that asked can say it in the reader's language (core/i18n/messages/action-errors.ts); the English
// message stays for logs. It crosses the messaging layer as plain data (integrations/messaging).
import type { Refusal } from './reason';

export type ActionErrorCode =
  | 'refused'
  | 'person.gone'
  | 'task.gone'
  | 'stage.unknown'
  // Connecting a mailbox (core/i18n/messages/sync.ts).
  | 'sync.noClientId'
  | 'sync.denied'
  | 'sync.authPage'
  | 'sync.noMail'
  | 'sync.gone'
  | 'sync.google'
  // Connecting a Microsoft account (core/i18n/messages/microsoft.ts).
  | 'microsoft.noClientId'
  | 'microsoft.denied'
  | 'microsoft.authPage'
  | 'microsoft.noMail'
  | 'microsoft.otherAccount'
  // Outlook folders picked for a Microsoft account (core/i18n/messages/outlook-folders.ts).
  | 'outlookFolders.wait'
  | 'outlookFolders.busy'
  | 'outlookFolders.failed'
  | 'outlookFolders.reconnect'
  | 'outlookFolders.tooMany'
  // Teams chats on the card (core/i18n/messages/teams.ts).
  | 'msteams.personal'
  | 'msteams.notGranted'
  | 'chat.none'
  | 'chat.unreadable'
  | 'chat.noPeer';

export type ActionBecause =
  | { code: ActionErrorCode; params?: Record<string, string | number> }
  /** The fields a write refused, each with its own validator code. */
  | { code: 'fields'; problems: Refusal[] };

/** An action's failure with its code; `message` is the English text. */
export class ActionError extends Error {
  constructor(
    message: string,
    readonly because: ActionBecause,
  ) {
    super(message);
    this.name = 'ActionError';
  }
}

/** A refused write's field problems as one error: the English reasons joined, each kept with its code. */
export function fieldsRefused(problems: readonly Refusal[]): ActionError {
  const plain = problems.map((p): Refusal =>
    p.because ? { reason: p.reason, because: p.because } : { reason: p.reason },
  );
  return new ActionError(plain.map((p) => p.reason).join(' '), { code: 'fields', problems: plain });
}
