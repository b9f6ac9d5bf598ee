// The chat sidebar's actions as messages to the background, which knows the tab's chat and writes through storage.
import type { PersonId } from '../../core/ids';
import type { PastedMessage } from '../../core/parse/chat-paste';
import { send } from '../../integrations/messaging/client';
import type { PastedMessenger } from '../../integrations/messaging/protocol';
import type { PickedPerson } from '../../components/sidebar/chat/LinkPicker';

/** Adds the tab's chat peer to the base under `name`. */
export async function addChatPerson(name: string): Promise<void> {
  await send('sidebar.addChatPerson', { name });
}

/** Gives the tab's chat peer's handles to someone already in the base. */
export async function linkChat(personId: PersonId): Promise<void> {
  await send('sidebar.linkChat', { personId });
}

/** People matching a query, for the link picker. */
export function findPeople(query: string): Promise<PickedPerson[]> {
  return send('sidebar.findPeople', { query });
}

/** Merges a duplicate into the card shown. */
export async function mergeInto(keepId: PersonId, dropId: PersonId): Promise<void> {
  await send('sidebar.mergePeople', { keepId, dropId });
}

/** WhatsApp: logs the messages on screen now. */
export function logVisible() {
  return send('sidebar.logVisible', {});
}

/** Logs a pasted conversation with one person. */
export function logPasted(personId: PersonId, messenger: PastedMessenger, messages: PastedMessage[]) {
  return send('sidebar.logPasted', { personId, messenger, messages });
}
