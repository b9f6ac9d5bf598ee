// A self-contained fake Gmail page (inbox list + thread view on `hashchange`) for e2e tests and the
// demo, and the same rendering as static HTML for unit tests: both come from gmail-view.ts.
import type { FakeMailbox } from './types';
import {
  gmailFakeDate,
  gmailFakeDecimal,
  gmailFakeMessage,
  gmailFakeRecipients,
  gmailFakeRow,
  gmailFakeText,
  gmailFakeThread,
} from './gmail-parts';
import {
  gmailFakeBodyClass,
  gmailFakeChrome,
  gmailFakeList,
  gmailFakeRoute,
  gmailFakeTitle,
  gmailFakeViewNode,
  gmailFakeViews,
  type GmailAppOptions,
  type GmailParts,
  type GmailViewState,
} from './gmail-view';
import { GMAIL_CSS } from './gmail-style';
import { mount, pageScript, patchChildren, patchNode, toHtml } from './vnode';

export type { GmailAppOptions } from './gmail-view';

const PARTS: GmailParts = { text: gmailFakeText, row: gmailFakeRow, thread: gmailFakeThread };

/** The page as it looks after rendering `hash` (and `search`): what the inline script builds, as static HTML. */
export function gmailRenderedHtml(
  mailbox: FakeMailbox,
  hash: string,
  options: GmailAppOptions = {},
  search = '',
  state: Partial<GmailViewState> = {},
): string {
  const full: GmailViewState = { hash, search, opened: [], revealed: [], ...state };
  const body = gmailFakeChrome(mailbox, options, gmailFakeViews(mailbox, full, options, PARTS), PARTS);
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>${toHtml(gmailFakeTitle(mailbox, full))}</title><style>${GMAIL_CSS}</style></head><body class="${gmailFakeBodyClass(options)}">${toHtml(body)}</body></html>`;
}

/**
 * The page's behaviour: render on load and `hashchange`, open rows, expand collapsed messages, reveal hidden
 * ones; a `fake-sync` event stands for Gmail's server syncing the replies just sent (they get their hex ids).
 * Renders patch the DOM in place, as Gmail does: an expanded message is the same element, now with ids.
 */
const MAIN = `
var PARTS = { text: gmailFakeText, row: gmailFakeRow, thread: gmailFakeThread };
var state = { hash: location.hash, search: location.search, opened: [], revealed: [], synced: false };
document.body.className = gmailFakeBodyClass(DATA.options);
document.body.appendChild(mount(document, gmailFakeChrome(DATA.mailbox, DATA.options, [], PARTS)));
var views = document.querySelector('.aeF') || document.querySelector('[role=main]');
function render() {
  state.hash = location.hash || '#inbox';
  state.search = location.search;
  document.title = gmailFakeTitle(DATA.mailbox, state);
  patchChildren(document, views, gmailFakeViews(DATA.mailbox, state, DATA.options, PARTS));
}
window.addEventListener('hashchange', function () { state.opened = []; render(); });
window.addEventListener('fake-sync', function () { state.synced = true; render(); });
document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target : null;
  var row = target && target.closest('[data-fake-href]');
  if (row) { location.hash = row.getAttribute('data-fake-href'); return; }
  var bar = target && target.closest('[data-fake-reveal]');
  if (bar) { state.revealed.push(bar.getAttribute('data-fake-reveal')); render(); return; }
  var collapsed = target && target.closest('[data-fake-id].kv, [data-fake-id].ky');
  if (!collapsed) return;
  state.opened.push(collapsed.getAttribute('data-fake-id'));
  render();
});
render();
`;

/** A complete page: serve it at `/mail/u/N/` (any path works); routes live in the hash (`#inbox/<hex id>`). */
export function gmailAppHtml(mailbox: FakeMailbox, options: GmailAppOptions = {}): string {
  const script = pageScript(
    [
      mount,
      patchNode,
      patchChildren,
      gmailFakeBodyClass,
      gmailFakeChrome,
      gmailFakeRoute,
      gmailFakeDecimal,
      gmailFakeText,
      gmailFakeList,
      gmailFakeDate,
      gmailFakeRow,
      gmailFakeRecipients,
      gmailFakeMessage,
      gmailFakeThread,
      gmailFakeViewNode,
      gmailFakeViews,
      gmailFakeTitle,
    ],
    { mailbox, options },
    MAIN,
  );
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>Gmail</title><style>${GMAIL_CSS}</style></head><body><script>${script}</script></body></html>`;
}
