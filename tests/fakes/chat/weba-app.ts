// A self-contained fake Telegram WebA page (web.telegram.org/a/) for e2e tests, and the same rendering as static
// HTML for unit tests: both come from weba-view.ts. Like telegram-tt, it routes by `#<chatId>` (pushState), keeps
// only the rows near the viewport, and shows the profile column when the header is clicked.
import { mount, pageScript, patchChildren, patchNode, toHtml } from '../mail/vnode';
import { CHAT_FAKE_KIT, CHAT_FAKE_KIT_FUNCTIONS, chatFakeHtml, chatFakeMain, chatFakeState } from './common';
import { WEBA_CSS } from './style';
import type { FakeChatBase, FakeChatOptions } from './types';
import {
  webaFakeApp,
  webaFakeChatList,
  webaFakeExtra,
  webaFakeHeader,
  webaFakeMessage,
  webaFakeMessages,
} from './weba-view';

const page = (options: FakeChatOptions, body: string) =>
  chatFakeHtml({
    lang: options.lang ?? 'en',
    ...(options.dark ? { htmlClass: 'theme-dark' } : {}),
    title: 'Telegram Web',
    css: WEBA_CSS,
    body,
  });

/** The page as it looks with `chatId` open at its latest messages (or from `start`), as static HTML. */
export function webaRenderedHtml(
  base: FakeChatBase,
  chatId: string | null,
  options: FakeChatOptions = {},
  now = Date.now(),
  start?: number,
): string {
  const state = chatFakeState(base, chatId, options, now, start);
  return page(options, toHtml(webaFakeApp(base, state, options, CHAT_FAKE_KIT)));
}

const MAIN = chatFakeMain(
  'webaFakeApp',
  "if (push) history.pushState(null, '', location.pathname + location.search + '#' + chat.id);",
  `function fromHash() { return chatOf(location.hash.slice(1).split('_')[0]); }
window.addEventListener('popstate', function () { var c = fromHash(); if (c) open(c, false); });
var initial = fromHash();
if (initial) open(initial, false); else render();`,
);

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
  return page(options, `<script>${script}</script>`);
}
