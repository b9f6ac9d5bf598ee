// English UI strings: the source of truth for keys. uk.ts and ru.ts must translate every key.
import type { Message } from '../plural';

export const en = {
  appName: 'Kartka',
  loading: 'Loading…',
  sidebarTitle: 'Client card',
  collapse: 'Collapse',
  expand: 'Expand Kartka',
  noThread: 'Open an email thread to see the client card.',
  unreadableTitle: "Can't read this thread",
  unreadableBody: 'The page layout may have changed. Kartka logged nothing from it.',
  copyDetails: 'Copy details for a bug report',
  copied: 'Copied',
  frameRefused: 'Kartka shows its card only inside Gmail and Outlook.',
  newCorrespondent: 'New correspondent — add to the base?',
  addToBase: 'Add to the base',
  company: 'Company',
  stage: 'Stage',
  email: 'Email',
  phone: 'Phone',
  lastContact: 'Last contact',
  never: 'never',
  messagesLogged: { one: '{count} message logged', other: '{count} messages logged' },
  threadLogged: {
    one: 'This thread: {count} new message logged',
    other: 'This thread: {count} new messages logged',
  },
  threadNothingNew: 'This thread: nothing new to log',
  correspondents: { one: '{count} correspondent', other: '{count} correspondents' },
  daysAgo: { one: '{count} day ago', other: '{count} days ago' },
  today: 'today',
  openInBase: 'Open in the base',
  searchPlaceholder: 'Search clients: name, email, phone, company',
  noResults: 'Nothing found',
  loadDemo: 'Load the demo client base',
  demoLoaded: { one: 'Demo base loaded: {count} client', other: 'Demo base loaded: {count} clients' },
  clientsInBase: { one: '{count} client in the base', other: '{count} clients in the base' },
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
