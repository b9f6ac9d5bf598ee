// A self-contained fake Telegram WebA page (web.telegram.org/a/) for e2e tests, and the same rendering as static
// HTML for unit tests: both come from weba-view.ts. Like telegram-tt, it routes by `#<chatId>` (pushState), keeps
// only the rows near the viewport, and shows the profile column when the header is clicked.
import { mount, pageScript, patchChildren, patchNode, toHtml } from '../mail/vnode';
import { CHAT_FAKE_KIT, CHAT_FAKE_KIT_FUNCTIONS, CHAT_FAKE_KIT_SOURCE } from './common';
import { WEBA_CSS } from './style';
import type { FakeChatBase, FakeChatOptions } from './types';
import {
  webaFakeApp,
  webaFakeChatList,
  webaFakeExtra,
  webaFakeHeader,
  webaFakeMessage,
  webaFakeMessages,
  type WebaState,
} from './weba-view';

function head(options: FakeChatOptions): string {
  return `<!doctype html><html lang="${options.lang ?? 'en'}"${options.dark ? ' class="theme-dark"' : ''}><head><meta charset="utf-8"><title>Telegram Web</title><style>${WEBA_CSS}</style></head>`;
}

/** The page as it looks with `chatId` open at its latest messages (or `start`), as static HTML. */
export function webaRenderedHtml(
  base: FakeChatBase,
  chatId: string | null,
  options: FakeChatOptions = {},
  now = Date.now(),
  start?: number,
): string {
  const chat = base.chats.find((c) => c.id === chatId);
  const state: WebaState = {
    chatId,
    start: start ?? chat?.messages.length ?? 0,
    profile: options.profile === true,
    now,
  };
  return `${head(options)}<body>${toHtml(webaFakeApp(base, state, options, CHAT_FAKE_KIT))}</body></html>`;
}

const MAIN = `
${CHAT_FAKE_KIT_SOURCE}
var state = { chatId: null, start: 0, profile: DATA.options.profile === true, now: Date.now() };
function render() {
  state.now = Date.now();
  patchChildren(document, document.body, [webaFakeApp(DATA.base, state, DATA.options, KIT)]);
}
function open(chat, push) {
  if (push) history.pushState(null, '', location.pathname + location.search + '#' + chat.id);
  state.chatId = chat.id;
  state.start = chat.messages.length;
  render();
  var s = document.querySelector('[data-fake-scroller]');
  if (s) s.scrollTop = s.scrollHeight;
}
function fromHash() {
  var id = location.hash.slice(1).split('_')[0];
  return DATA.base.chats.find(function (c) { return c.id === id; });
}
window.addEventListener('popstate', function () { var c = fromHash(); if (c) open(c, false); });
document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target : null;
  var item = target && target.closest('[data-fake-chat]');
  if (item) {
    var chat = DATA.base.chats.find(function (c) { return c.id === item.getAttribute('data-fake-chat'); });
    if (chat) open(chat, true);
    return;
  }
  if (target && target.closest('[data-fake-profile]')) { state.profile = !state.profile; render(); }
});
document.addEventListener('scroll', function (event) {
  var s = event.target instanceof Element && event.target.closest('[data-fake-scroller]');
  if (!s) return;
  var start = Math.max(0, Math.floor(s.scrollTop / 64) - 2);
  if (start === state.start) return;
  state.start = start;
  render();
}, true);
var initial = fromHash();
if (initial) open(initial, false); else render();
`;

/** A complete page: serve it at `/a/`; the chat lives in the hash (`#<chatId>`). */
export function webaAppHtml(base: FakeChatBase, options: FakeChatOptions = {}): string {
  const script = pageScript(
    [
      mount,
      patchNode,
      patchChildren,
      ...CHAT_FAKE_KIT_FUNCTIONS,
      webaFakeChatList,
      webaFakeHeader,
      webaFakeMessage,
      webaFakeMessages,
      webaFakeExtra,
      webaFakeApp,
    ],
    { base, options },
    MAIN,
  );
  return `${head(options)}<body><script>${script}</script></body></html>`;
}
