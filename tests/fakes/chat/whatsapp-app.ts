// A self-contained fake WhatsApp Web page for e2e tests, and the same rendering as static HTML for unit tests:
// both come from whatsapp-view.ts. One URL for every chat (a click in the list opens it), rows near the viewport
// only, theme on the body (`body.dark`), language on the root element.
import { mount, pageScript, patchChildren, patchNode, toHtml } from '../mail/vnode';
import { CHAT_FAKE_KIT, CHAT_FAKE_KIT_FUNCTIONS, CHAT_FAKE_KIT_SOURCE } from './common';
import { WHATSAPP_CSS } from './style';
import type { FakeChatBase, FakeChatOptions } from './types';
import {
  whatsappFakeApp,
  whatsappFakeDataId,
  whatsappFakeMessageId,
  whatsappFakePrePlain,
  whatsappFakeRow,
  type WhatsappState,
} from './whatsapp-view';

function head(options: FakeChatOptions): string {
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>WhatsApp</title><style>${WHATSAPP_CSS}</style></head>`;
}

const bodyClass = (options: FakeChatOptions) => `web${options.dark ? ' dark' : ''}`;

/** The page with `chatId` open at its latest messages (or `start`), as static HTML. */
export function whatsappRenderedHtml(
  base: FakeChatBase,
  chatId: string | null,
  options: FakeChatOptions = {},
  now = Date.now(),
  start?: number,
): string {
  const chat = base.chats.find((c) => c.id === chatId);
  const state: WhatsappState = { chatId, start: start ?? chat?.messages.length ?? 0, now };
  return `${head(options)}<body class="${bodyClass(options)}">${toHtml(whatsappFakeApp(base, state, options, CHAT_FAKE_KIT))}</body></html>`;
}

const MAIN = `
${CHAT_FAKE_KIT_SOURCE}
var state = { chatId: null, start: 0, now: Date.now() };
function render() {
  state.now = Date.now();
  patchChildren(document, document.body, [whatsappFakeApp(DATA.base, state, DATA.options, KIT)]);
}
document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target : null;
  var item = target && target.closest('[data-fake-chat]');
  if (!item) return;
  var chat = DATA.base.chats.find(function (c) { return c.id === item.getAttribute('data-fake-chat'); });
  if (!chat) return;
  state.chatId = chat.id;
  state.start = chat.messages.length;
  render();
  var s = document.querySelector('[data-fake-scroller]');
  if (s) s.scrollTop = s.scrollHeight;
});
document.addEventListener('scroll', function (event) {
  var s = event.target instanceof Element && event.target.closest('[data-fake-scroller]');
  if (!s) return;
  var start = Math.max(0, Math.floor(s.scrollTop / 64) - 2);
  if (start === state.start) return;
  state.start = start;
  render();
}, true);
render();
`;

/** A complete page: serve it at `/`. */
export function whatsappAppHtml(base: FakeChatBase, options: FakeChatOptions = {}): string {
  const script = pageScript(
    [
      mount,
      patchNode,
      patchChildren,
      ...CHAT_FAKE_KIT_FUNCTIONS,
      whatsappFakeMessageId,
      whatsappFakeDataId,
      whatsappFakePrePlain,
      whatsappFakeRow,
      whatsappFakeApp,
    ],
    { base, options },
    MAIN,
  );
  return `${head(options)}<body class="${bodyClass(options)}"><script>${script}</script></body></html>`;
}
