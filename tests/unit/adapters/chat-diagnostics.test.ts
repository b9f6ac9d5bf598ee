// @vitest-environment happy-dom
// "Copy diagnostics" on a chat page: every hook of the client's registry counted on the fake WebK, WebA and
// WhatsApp pages, the reading as counts, the route's shape — and not one name, username, phone, id or message.
import { describe, expect, test } from 'vitest';
import { chatClientOfUrl } from '../../../core/page-origins';
import { diagnoseChat, formatDiagnostics } from '../../../integrations/diagnostics';
import type { ChatPage } from '../../../integrations/chat-page';
import type { Hook } from '../../../integrations/hooks';
import { webaPage } from '../../../integrations/telegram/weba';
import { WEBA } from '../../../integrations/telegram/weba-selectors';
import { webkPage } from '../../../integrations/telegram/webk';
import { WEBK } from '../../../integrations/telegram/webk-selectors';
import { whatsappPage } from '../../../integrations/whatsapp/read';
import { WHATSAPP } from '../../../integrations/whatsapp/selectors';
import { telegramFakeBase, whatsappFakeBase } from '../../fakes/chat/sample-chats';
import { webaRenderedHtml } from '../../fakes/chat/weba-app';
import { webkHashOf, webkRenderedHtml } from '../../fakes/chat/webk-app';
import { whatsappRenderedHtml } from '../../fakes/chat/whatsapp-app';
import { loadPage } from './page';

const NOW = new Date(2026, 2, 12, 15, 30).getTime();
const tg = telegramFakeBase(NOW);
const wa = whatsappFakeBase(NOW);

interface Case {
  name: string;
  page: ChatPage;
  registry: Readonly<Record<string, Hook>>;
  html: string;
  url: string;
  route: string;
  private: string[];
}

const cases: Case[] = [
  {
    name: 'WebK',
    page: webkPage,
    registry: WEBK,
    html: webkRenderedHtml(tg, '5012345678', { profile: true }, NOW),
    url: `https://web.telegram.org/k/${webkHashOf(tg, '5012345678')}`,
    route: 'k#<id>',
    private: ['Олена', 'olena_koval', '5012345678', '380', 'Доброго дня', '1039'],
  },
  {
    name: 'WebA',
    page: webaPage,
    registry: WEBA,
    html: webaRenderedHtml(tg, '5012345678', {}, NOW),
    url: 'https://web.telegram.org/a/#5012345678',
    route: 'a#<id>',
    private: ['Олена', 'olena_koval', '5012345678', 'Доброго дня', '1039'],
  },
  {
    name: 'WhatsApp',
    page: whatsappPage,
    registry: WHATSAPP,
    html: whatsappRenderedHtml(wa, '380671234567@c.us', {}, NOW),
    url: 'https://web.whatsapp.com/',
    route: '',
    private: ['Олена', '380671234567', 'Доброго дня'],
  },
];

describe('chat page diagnostics', () => {
  test.each(cases)('$name: every hook counted, the reading as counts, nothing private', async (c) => {
    const { doc, url } = await loadPage(c.html, c.url);
    const report = diagnoseChat(c.page, c.registry, doc, url, NOW);
    expect(report.site).toBe(c.page.client);
    expect(report.route).toBe(c.route);
    expect(report.reading).toMatchObject({ kind: 'chat', peer: 'user' });
    expect(report.reading.messages).toBeGreaterThan(0);
    expect(report.hooks.map((h) => h.hook)).toEqual(Object.keys(c.registry));
    // The open chat's hooks are on this page: none of them counts -1 (a selector the browser refuses).
    expect(report.hooks.every((h) => h.count >= 0)).toBe(true);
    expect(report.hooks.find((h) => h.count > 0)).toBeDefined();
    const text = formatDiagnostics(report, { theme: 'light' });
    for (const secret of c.private) expect(text).not.toContain(secret);
  });

  test('a chat the URL names but the page does not show: unreadable, the missing hooks named', async () => {
    const { doc, url } = await loadPage('<html><body></body></html>', 'https://web.telegram.org/k/#@someone');
    const report = diagnoseChat(webkPage, WEBK, doc, url, NOW);
    expect(report.reading.kind).toBe('unreadable');
    expect(report.reading.missing).toMatch(/\w/u);
    expect(report.hooks.every((h) => h.count === 0)).toBe(true);
  });

  test('which client a tab is, from its URL', () => {
    expect(chatClientOfUrl('https://web.telegram.org/k/#@olena_koval')).toBe('telegram-k');
    expect(chatClientOfUrl('https://web.telegram.org/a/#5012345678')).toBe('telegram-a');
    expect(chatClientOfUrl('https://web.telegram.org/')).toBeNull();
    expect(chatClientOfUrl('https://web.whatsapp.com/')).toBe('whatsapp');
    expect(chatClientOfUrl('https://mail.google.com/mail/u/0/')).toBeNull();
    expect(chatClientOfUrl(undefined)).toBeNull();
  });
});
