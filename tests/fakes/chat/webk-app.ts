// A self-contained fake Telegram WebK page (web.telegram.org/k/) for e2e tests, and the same rendering as static
// HTML for unit tests: both come from webk-view.ts. Like tweb, it writes the open chat into the hash with
// history.replaceState (no hashchange), keeps only the rows near the viewport, and opens the profile column
// when the header is clicked.
import { mount, pageScript, patchChildren, patchNode, toHtml } from '../mail/vnode';
import { CHAT_FAKE_KIT, CHAT_FAKE_KIT_FUNCTIONS, CHAT_FAKE_KIT_SOURCE } from './common';
import { WEBK_CSS } from './style';
import type { FakeChatBase, FakeChatOptions } from './types';
import {
  webkFakeApp,
  webkFakeBubble,
  webkFakeBubbles,
  webkFakeChatList,
  webkFakeHash,
  webkFakeMid,
  webkFakePadding,
  webkFakePeerId,
  webkFakeProfile,
  webkFakeSubtitle,
  webkFakeTopbar,
  type WebkState,
} from './webk-view';

function head(options: FakeChatOptions): string {
  return `<!doctype html><html lang="${options.lang ?? 'en'}"${options.dark ? ' class="night"' : ''}><head><meta charset="utf-8"><title>Telegram Web</title><style>${WEBK_CSS}</style></head>`;
}

/** The page as it looks with `chatId` open (at its latest messages), as static HTML. */
export function webkRenderedHtml(
  base: FakeChatBase,
  chatId: string | null,
  options: FakeChatOptions = {},
  now = Date.now(),
  start?: number,
): string {
  const chat = base.chats.find((c) => c.id === chatId);
  const state: WebkState = {
    chatId,
    start: start ?? chat?.messages.length ?? 0,
    profile: options.profile === true,
    now,
  };
  return `${head(options)}<body>${toHtml(webkFakeApp(base, state, options, CHAT_FAKE_KIT))}</body></html>`;
}

/** The URL hash WebK shows for a chat. */
export const webkHashOf = (base: FakeChatBase, chatId: string) => {
  const chat = base.chats.find((c) => c.id === chatId);
  return chat ? webkFakeHash(chat) : '';
};

const MAIN = `
${CHAT_FAKE_KIT_SOURCE}
var state = { chatId: null, start: 0, profile: DATA.options.profile === true, now: Date.now() };
function render() {
  state.now = Date.now();
  patchChildren(document, document.body, [webkFakeApp(DATA.base, state, DATA.options, KIT)]);
}
function scroller() { return document.querySelector('[data-fake-scroller]'); }
function open(chat) {
  history.replaceState(null, '', location.pathname + location.search + webkFakeHash(chat));
  state.chatId = chat.id;
  state.start = chat.messages.length;
  render();
  var s = scroller();
  if (s) s.scrollTop = s.scrollHeight;
}
var fromHash = DATA.base.chats.find(function (c) { return webkFakeHash(c) === decodeURIComponent(location.hash); });
document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target : null;
  var item = target && target.closest('[data-fake-chat]');
  if (item) {
    var chat = DATA.base.chats.find(function (c) { return c.id === item.getAttribute('data-fake-chat'); });
    if (chat) open(chat);
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
if (fromHash) open(fromHash); else render();
`;

/** A complete page: serve it at `/k/`; chats live in the hash (`#@username` or `#<peerId>`). */
export function webkAppHtml(base: FakeChatBase, options: FakeChatOptions = {}): string {
  const script = pageScript(
    [
      mount,
      patchNode,
      patchChildren,
      ...CHAT_FAKE_KIT_FUNCTIONS,
      webkFakePeerId,
      webkFakeMid,
      webkFakeHash,
      webkFakeChatList,
      webkFakeSubtitle,
      webkFakeTopbar,
      webkFakeBubble,
      webkFakeBubbles,
      webkFakeProfile,
      webkFakePadding,
      webkFakeApp,
    ],
    { base, options },
    MAIN,
  );
  return `${head(options)}<body><script>${script}</script></body></html>`;
}
