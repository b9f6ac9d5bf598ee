// Routes that serve the fake Telegram WebK and WebA pages and the fake WhatsApp Web page at their real hosts.
import { telegramFakeBase, whatsappFakeBase } from './chat/sample-chats';
import type { FakeChatBase, FakeChatOptions } from './chat/types';
import { webaAppHtml } from './chat/weba-app';
import { webkAppHtml } from './chat/webk-app';
import { whatsappAppHtml } from './chat/whatsapp-app';
import type { FakeRequest, FakeRoute } from './server';

const flag = (q: URLSearchParams, name: string) => q.get(name) === '1' || q.get(name) === 'true';

/** Options from the query string: `?lang=uk&dark=1&broken=1&profile=1&window=15`. */
export function chatOptions(req: FakeRequest): FakeChatOptions {
  const q = req.query;
  const lang = q.get('lang');
  const window = Number(q.get('window'));
  return {
    ...(lang === 'en' || lang === 'uk' || lang === 'ru' ? { lang } : {}),
    dark: flag(q, 'dark'),
    broken: flag(q, 'broken'),
    profile: flag(q, 'profile'),
    ...(Number.isInteger(window) && window > 0 ? { window } : {}),
  };
}

/** `?chats=<name>` picks another set of chats (the benchmark's); the sample ones otherwise. */
export type ChatSource = (
  messenger: 'telegram' | 'whatsapp',
  now: number,
  query: URLSearchParams,
) => FakeChatBase;

function chatsFor(
  req: FakeRequest,
  messenger: 'telegram' | 'whatsapp',
  now: number,
  extra: Record<string, ChatSource>,
) {
  const source = extra[req.query.get('chats') ?? ''];
  if (source) return source(messenger, now, req.query);
  return messenger === 'telegram' ? telegramFakeBase(now) : whatsappFakeBase(now);
}

/** The fake chat sites; `now` is read per request so the chats' dates stay fresh in a long session. */
export function chatRoutes(
  clock: () => number = Date.now,
  extra: Record<string, ChatSource> = {},
): FakeRoute[] {
  return [
    (req) =>
      req.host === 'web.telegram.org' && req.path.startsWith('/k')
        ? { body: webkAppHtml(chatsFor(req, 'telegram', clock(), extra), chatOptions(req)) }
        : null,
    (req) =>
      req.host === 'web.telegram.org' && req.path.startsWith('/a')
        ? { body: webaAppHtml(chatsFor(req, 'telegram', clock(), extra), chatOptions(req)) }
        : null,
    (req) =>
      req.host === 'web.telegram.org' && req.path === '/'
        ? { status: 302, body: '', headers: { location: '/k/' } }
        : null,
    (req) =>
      req.host === 'web.whatsapp.com'
        ? { body: whatsappAppHtml(chatsFor(req, 'whatsapp', clock(), extra), chatOptions(req)) }
        : null,
  ];
}
