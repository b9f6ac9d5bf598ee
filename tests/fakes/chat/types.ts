// The data behind the fake Telegram (WebK, WebA) and WhatsApp Web pages: chats and their messages.

export type FakeChatKind = 'user' | 'group' | 'channel';

export interface FakeChatMessage {
  /** The server's message id (per chat; per channel for channels). */
  id: number;
  out: boolean;
  /** Groups: who wrote it (Telegram user id / WhatsApp participant jid, and the name shown). */
  from?: { id: string; name: string };
  /** Epoch ms. */
  at: number;
  /** Plain text, always inserted as text. */
  text: string;
  /** A message still being sent: a temporary id on the page, no server id yet. */
  sending?: boolean;
}

export interface FakeChat {
  /** Telegram: Bot API peer id (users positive, groups -id, channels -100…). WhatsApp: the chat jid. */
  id: string;
  kind: FakeChatKind;
  title: string;
  username?: string;
  /** As the profile shows it ("+380 67 123 4567"). */
  phone?: string;
  /** WhatsApp message ids are hex strings: this prefix plus the message number. */
  messages: FakeChatMessage[];
}

export interface FakeChatBase {
  me: { name: string; id: string };
  chats: FakeChat[];
}

/** Page options shared by the three fakes: `?lang=uk&dark=1&broken=1&profile=1`. */
export interface FakeChatOptions {
  lang?: 'en' | 'uk' | 'ru';
  dark?: boolean;
  /** Hooks renamed, as after a client update: the adapter must say so, not guess. */
  broken?: boolean;
  /** Telegram: the profile column is open on the current chat. */
  profile?: boolean;
  /** How many message rows are in the page at once (the clients drop off-screen rows). */
  window?: number;
}
