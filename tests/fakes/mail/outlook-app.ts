// A self-contained fake Outlook on the web page (History API navigation, list + reading pane) for e2e
// tests and the demo, and the same rendering as static HTML for unit tests: both come from outlook-view.ts.
import type { FakeMailbox } from './types';
import {
  outlookFakeConversation,
  outlookFakeDate,
  outlookFakeMessage,
  outlookFakeRows,
  outlookFakeText,
} from './outlook-parts';
import {
  outlookFakeChrome,
  outlookFakeMain,
  outlookFakeRoute,
  type OutlookAppOptions,
  type OutlookParts,
  type OutlookViewState,
} from './outlook-view';
import { OUTLOOK_CSS } from './outlook-style';
import { mount, pageScript, patchChildren, patchNode, toHtml } from './vnode';

export type { OutlookAppOptions } from './outlook-view';

const PARTS: OutlookParts = {
  text: outlookFakeText,
  rows: outlookFakeRows,
  conversation: outlookFakeConversation,
};

/** The page after rendering `path` (e.g. `/mail/inbox/id/<encoded id>`) as static HTML: what the inline script builds. */
export function outlookRenderedHtml(
  mailbox: FakeMailbox,
  path: string,
  options: OutlookAppOptions = {},
): string {
  const state: OutlookViewState = { path, opened: [], selected: '' };
  const body = outlookFakeChrome(
    mailbox,
    options,
    path,
    outlookFakeMain(mailbox, state, options, PARTS),
    PARTS,
  );
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>Mail - ${toHtml(mailbox.account.name)} - Outlook</title><style>${OUTLOOK_CSS}</style></head><body>${toHtml(body)}</body></html>`;
}

/**
 * The page's behaviour: render on load and `popstate`, `pushState` on row/folder clicks, expand collapsed
 * messages. Renders patch the DOM in place, so the reading pane stays the same element across selections.
 */
const MAIN = `
var PARTS = { text: outlookFakeText, rows: outlookFakeRows, conversation: outlookFakeConversation };
var state = { path: location.pathname, opened: [], selected: '' };
document.body.appendChild(mount(document, outlookFakeChrome(DATA.mailbox, DATA.options, location.pathname, [], PARTS)));
var main = document.querySelector('.k-main');
function render() {
  state.path = location.pathname;
  patchChildren(document, main, outlookFakeMain(DATA.mailbox, state, DATA.options, PARTS));
}
function go(path) { state.opened = []; state.selected = ''; history.pushState(null, '', path); render(); }
window.addEventListener('popstate', function () { state.opened = []; state.selected = ''; render(); });
document.addEventListener('click', function (event) {
  var target = event.target instanceof Element ? event.target : null;
  var link = target && target.closest('[data-fake-href]');
  if (link && link.getAttribute('data-fake-href')) { go(link.getAttribute('data-fake-href')); return; }
  if (link) { state.selected = link.getAttribute('data-fake-select'); state.opened = []; render(); return; }
  var collapsed = target && target.closest('[aria-expanded="false"][data-fake-id]');
  if (!collapsed) return;
  state.opened.push(collapsed.getAttribute('data-fake-id'));
  render();
});
render();
`;

/** A complete page: serve it at `/mail/` (or `/mail/0/`); the app routes with the History API from there. */
export function outlookAppHtml(mailbox: FakeMailbox, options: OutlookAppOptions = {}): string {
  const script = pageScript(
    [
      mount,
      patchNode,
      patchChildren,
      outlookFakeChrome,
      outlookFakeText,
      outlookFakeDate,
      outlookFakeRoute,
      outlookFakeMessage,
      outlookFakeConversation,
      outlookFakeRows,
      outlookFakeMain,
    ],
    { mailbox, options },
    MAIN,
  );
  return `<!doctype html><html lang="${options.lang ?? 'en'}"><head><meta charset="utf-8"><title>Mail - ${toHtml(mailbox.account.name)} - Outlook</title><style>${OUTLOOK_CSS}</style></head><body><script>${script}</script></body></html>`;
}
