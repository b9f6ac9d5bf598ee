// A self-contained fake Telegram WebK page (web.telegram.org/k/) for e2e tests, and the same rendering as static
// HTML for unit tests: both come from webk-view.ts. Like tweb, it writes the open chat into the hash with
// history.replaceState (no hashchange), keeps only the rows near the viewport, and opens the profile column
// when the header is clicked.
import { mount, pageScript, patchChildren, patchNode, toHtml } from '../mail/vnode';
import { CHAT_FAKE_KIT, CHAT_FAKE_KIT_FUNCTIONS, chatFakeHtml, chatFakeMain, chatFakeState } from './common';
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
} from './webk-view';

const page = (options: FakeChatOptions, body: string) =>
  chatFakeHtml({
    lang: options.lang ?? 'en',
    ...(options.dark ? { htmlClass: 'night' } : {}),
    title: 'Telegram Web',
    css: WEBK_CSS,
    body,
  });

/** The page as it looks with `chatId` open (at its latest messages, or from `start`), as static HTML. */
export function webkRenderedHtml(
  base: FakeChatBase,
  chatId: string | null,
  options: FakeChatOptions = {},
  now = Date.now(),
  start?: number,
): string {
  const state = chatFakeState(base, chatId, options, now, start);
  return page(options, toHtml(webkFakeApp(base, state, options, CHAT_FAKE_KIT)));
}

/** The URL hash WebK shows for a chat. */
export const webkHashOf = (base: FakeChatBase, chatId: string) => {
  const chat = base.chats.find((c) => c.id === chatId);
  return chat ? webkFakeHash(chat) : '';
};

const MAIN = chatFakeMain(
  'webkFakeApp',
  "history.replaceState(null, '', location.pathname + location.search + webkFakeHash(chat));",
  `var initial = DATA.base.chats.find(function (c) { return webkFakeHash(c) === decodeURIComponent(location.hash); });
if (initial) open(initial, false); else render();`,
);

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
  return page(options, `<script>${script}</script>`);
}
