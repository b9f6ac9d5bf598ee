// A self-contained fake WhatsApp Web page for e2e tests, and the same rendering as static HTML for unit tests:
// both come from whatsapp-view.ts. One URL for every chat (a click in the list opens it), rows near the viewport
// only, theme on the body (`body.dark`), language on the root element.
import { mount, pageScript, patchChildren, patchNode, toHtml } from '../mail/vnode';
import { CHAT_FAKE_KIT, CHAT_FAKE_KIT_FUNCTIONS, chatFakeHtml, chatFakeMain, chatFakeState } from './common';
import { WHATSAPP_CSS } from './style';
import type { FakeChatBase, FakeChatOptions } from './types';
import {
  whatsappFakeApp,
  whatsappFakeDataId,
  whatsappFakeMessageId,
  whatsappFakePrePlain,
  whatsappFakeRow,
} from './whatsapp-view';

const page = (options: FakeChatOptions, body: string) =>
  chatFakeHtml({
    lang: options.lang ?? 'en',
    bodyClass: `web${options.dark ? ' dark' : ''}`,
    title: 'WhatsApp',
    css: WHATSAPP_CSS,
    body,
  });

/** The page with `chatId` open at its latest messages (or from `start`), as static HTML. */
export function whatsappRenderedHtml(
  base: FakeChatBase,
  chatId: string | null,
  options: FakeChatOptions = {},
  now = Date.now(),
  start?: number,
): string {
  const state = chatFakeState(base, chatId, options, now, start);
  return page(options, toHtml(whatsappFakeApp(base, state, options, CHAT_FAKE_KIT)));
}

// WhatsApp keeps one URL for every chat.
const MAIN = chatFakeMain('whatsappFakeApp', '', 'render();');

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
  return page(options, `<script>${script}</script>`);
}
