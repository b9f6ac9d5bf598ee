// The fake Outlook page showing the fake Graph mailbox: the same conversations (the page's thread id is Graph's
// conversationId, as Outlook on the web puts it in the URL), so a conversation the page cannot read can be
// looked up in Graph by the id the page's URL names.
import type { FakeMailbox as PageMailbox, FakePerson, FakeThread } from '../mail/types';
import type { FakeMailbox } from './mailbox';

/** The conversations of the folders named (ids or well-known names) as the fake Outlook page's mailbox. */
export function outlookPageMailbox(
  box: FakeMailbox,
  owner: FakePerson,
  folders: readonly string[],
): PageMailbox {
  const ids = new Set(folders.map((f) => box.folder(f)?.id).filter((id): id is string => Boolean(id)));
  const byConversation = new Map<string, FakeThread>();
  const inFolders = [...box.messages.values()].filter((m) => ids.has(m.folderId) && !m.isDraft);
  for (const m of inFolders.sort((a, b) => a.receivedDateTime.localeCompare(b.receivedDateTime))) {
    const thread = byConversation.get(m.conversationId) ?? {
      id: m.conversationId,
      subject: m.subject,
      labels: ['inbox'],
      messages: [],
    };
    thread.messages.push({
      id: m.restId,
      rfcMessageId: m.internetMessageId,
      from: m.from,
      to: m.to,
      cc: m.cc,
      date: m.receivedDateTime,
      body: m.bodyPreview,
      expanded: true,
    });
    byConversation.set(m.conversationId, thread);
  }
  return { account: owner, threads: [...byConversation.values()].reverse() };
}
