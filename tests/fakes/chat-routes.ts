// Routes that serve the fake Telegram WebK and WebA pages and the fake WhatsApp Web page at their real hosts.
import { telegramFakeBase, whatsappFakeBase } from './chat/sample-chats';
import type { FakeChatOptions } from './chat/types';
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

/** The fake chat sites; `now` is read per request so the chats' dates stay fresh in a long session. */
export function chatRoutes(clock: () => number = Date.now): FakeRoute[] {
  return [
    (req) =>
      req.host === 'web.telegram.org' && req.path.startsWith('/k')
        ? { body: webkAppHtml(telegramFakeBase(clock()), chatOptions(req)) }
        : null,
    (req) =>
      req.host === 'web.telegram.org' && req.path.startsWith('/a')
        ? { body: webaAppHtml(telegramFakeBase(clock()), chatOptions(req)) }
        : null,
    (req) =>
      req.host === 'web.telegram.org' && req.path === '/'
        ? { status: 302, body: '', headers: { location: '/k/' } }
        : null,
    (req) =>
      req.host === 'web.whatsapp.com'
        ? { body: whatsappAppHtml(whatsappFakeBase(clock()), chatOptions(req)) }
        : null,
  ];
}
