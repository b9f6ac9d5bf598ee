// Mounts the sidebar (an extension page) in an iframe at the right edge of a mail page: collapsible,
// resizable, remembered per site, in the site's theme. Tiny on purpose: it runs in the content script.
// The page makes room for it rather than sliding under it: the root element gives up the sidebar's width on
// the right (margin), so the site's own layout (Gmail's and Outlook's are fluid boxes sized to the body) lays
// out in what is left; the body becomes the containing block of the site's fixed layers (compose windows,
// menus) so those end at the same edge. A rail the width of the toggle stays reserved while collapsed, so the
// toggle never lies over the site's own controls (the account avatar at the top right).
import { browser } from 'wxt/browser';
import type { MailPage, PageTheme } from './mail-page';
import { send } from './messaging/client';

const DEFAULT_WIDTH = 360;
const MIN_WIDTH = 300;
const MAX_WIDTH = 560;
/** The rail beside the frame that holds the toggle (and, below it, the resize grip). */
const RAIL = 28;
/** The page keeps at least this share of the window, whatever width was stored on a wider screen. */
const PAGE_SHARE = 0.55;
const KEY_STEP = 16;
const THEME_RECHECK_MS = 5000;

interface MountContext {
  onInvalidated: (cb: () => void) => void;
  addEventListener: (
    target: Window,
    type: 'wxt:locationchange' | 'hashchange' | 'popstate',
    handler: () => void,
  ) => void;
  setTimeout: (handler: () => void, ms: number) => number;
}

interface Remembered {
  collapsed?: boolean;
  width?: number;
}

const clamp = (width: number) => Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width)));

const CSS = `
:host { all: initial; }
.wrap { position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483000; display: flex;
  padding-left: ${RAIL}px; background: #f1f3f4; }
.dark { background: #2d2e30; }
iframe { border: 0; border-left: 1px solid rgba(127,127,127,.35); height: 100%; background: transparent; color-scheme: normal; }
.toggle { position: absolute; top: 8px; left: 0; width: ${RAIL}px; height: 28px; border: 1px solid rgba(127,127,127,.45);
  border-right: 0; border-radius: 6px 0 0 6px; background: #1a66d9; color: #fff; font: 14px/1 system-ui; cursor: pointer; }
.handle { position: absolute; top: 44px; bottom: 0; left: 0; width: ${RAIL + 3}px; cursor: col-resize; z-index: 1; }
.handle:hover, .handle:focus-visible { background: rgba(26,102,217,.25); outline: none; }
.dragging iframe { pointer-events: none; }
.collapsed iframe, .collapsed .handle { display: none; }
`;

// In the page's own document: the room the sidebar takes (see the top of this file).
const ROOM_CSS = `
html.kartka-room { margin-right: var(--kartka-room) !important; width: auto !important; max-width: none !important; }
html.kartka-room > body { transform: translateZ(0); }
`;

/**
 * Adds the sidebar frame, its collapse toggle and resize handle. Width and collapsed state are kept per
 * site in storage.local; the page's theme reaches the frame in its URL hash (`#theme=dark`).
 */
export async function mountSidebar(
  ctx: MountContext,
  site: string,
  page: Pick<MailPage, 'detectTheme'>,
): Promise<void> {
  const key = `sidebar:${site}`;
  const stored = ((await browser.storage.local.get(key))[key] ?? {}) as Remembered;
  let collapsed = stored.collapsed === true;
  let width = clamp(stored.width ?? DEFAULT_WIDTH);
  let theme: PageTheme = page.detectTheme(document);
  const base = browser.runtime.getURL('/sidebar.html');
  // The tab's sidebar key goes in the frame's URL, inside the closed shadow root where the page cannot read it.
  const { key: sidebarKey } = await send('page.sidebarFrame', {});
  const urlFor = (t: PageTheme) => `${base}#theme=${t}&key=${sidebarKey}`;

  const host = document.createElement('kartka-sidebar');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = CSS;
  const wrap = document.createElement('div');
  wrap.className = 'wrap';
  const frame = document.createElement('iframe');
  frame.src = urlFor(theme);
  frame.title = 'Kartka';
  frame.setAttribute('allow', 'clipboard-write');
  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'toggle';
  const handle = document.createElement('div');
  handle.className = 'handle';
  handle.tabIndex = 0;
  handle.setAttribute('role', 'separator');
  handle.setAttribute('aria-orientation', 'vertical');
  handle.setAttribute('aria-label', 'Resize Kartka');
  handle.setAttribute('aria-valuemin', String(MIN_WIDTH));
  handle.setAttribute('aria-valuemax', String(MAX_WIDTH));
  wrap.append(toggle, handle, frame);
  shadow.append(style, wrap);

  const room = document.createElement('style');
  room.textContent = ROOM_CSS;
  const root = document.documentElement;
  /** The width the frame is drawn at: the stored one, narrowed on a small window so the page keeps its share. */
  const shown = () =>
    Math.round(Math.max(MIN_WIDTH, Math.min(width, window.innerWidth * (1 - PAGE_SHARE) - RAIL)));
  let lastRoom = '';
  const makeRoom = () => {
    const px = `${RAIL + (collapsed ? 0 : shown() + 1)}px`; // + the frame's 1px border
    if (px === lastRoom) return;
    lastRoom = px;
    root.style.setProperty('--kartka-room', px);
    root.classList.add('kartka-room');
    // Sites that size parts of their layout in script re-measure on resize.
    window.dispatchEvent(new Event('resize'));
  };

  const save = () => void browser.storage.local.set({ [key]: { collapsed, width } satisfies Remembered });
  const render = () => {
    wrap.classList.toggle('collapsed', collapsed);
    wrap.classList.toggle('dark', theme === 'dark');
    frame.style.width = `${shown()}px`;
    makeRoom();
    handle.setAttribute('aria-valuenow', String(width));
    toggle.textContent = collapsed ? '‹' : '›';
    toggle.setAttribute('aria-label', collapsed ? 'Expand Kartka' : 'Collapse Kartka');
    toggle.setAttribute('aria-expanded', String(!collapsed));
  };

  toggle.addEventListener('click', () => {
    collapsed = !collapsed;
    render();
    save();
  });
  handle.addEventListener('pointerdown', (down) => {
    handle.setPointerCapture(down.pointerId);
    wrap.classList.add('dragging');
    // The grip is the whole rail: the width follows the pointer's travel, wherever on the rail it was taken.
    const [fromX, fromWidth] = [down.clientX, shown()];
    const move = (e: PointerEvent) => {
      width = clamp(fromWidth + fromX - e.clientX);
      render();
    };
    const up = () => {
      wrap.classList.remove('dragging');
      handle.removeEventListener('pointermove', move);
      save();
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up, { once: true });
    handle.addEventListener('pointercancel', up, { once: true });
  });
  handle.addEventListener('keydown', (e) => {
    const step = e.key === 'ArrowLeft' ? KEY_STEP : e.key === 'ArrowRight' ? -KEY_STEP : 0;
    if (step === 0) return;
    e.preventDefault();
    width = clamp(width + step);
    render();
    save();
  });
  // Keys pressed on our controls are ours: the mail site's single-key shortcuts must not see them.
  for (const type of ['keydown', 'keypress', 'keyup'] as const)
    wrap.addEventListener(type, (e) => e.stopPropagation());

  // The site may finish painting its theme after we mount, or switch it: re-check on navigation.
  const followTheme = () => {
    const next = page.detectTheme(document);
    if (next === theme) return;
    theme = next;
    render();
    const url = urlFor(theme);
    try {
      frame.contentWindow?.location.replace(url); // replace: no entry in the page's history
    } catch {
      frame.src = url;
    }
  };
  // Reading a computed colour forces a style pass right after the site redrew: on navigation it is done at most
  // once per THEME_RECHECK_MS, when the page is idle (a theme switch is rare; the next navigation catches it).
  let lastThemeCheck = 0;
  const followThemeSoon = () => {
    const now = Date.now();
    if (now - lastThemeCheck < THEME_RECHECK_MS) return;
    lastThemeCheck = now;
    if (typeof requestIdleCallback === 'function') requestIdleCallback(followTheme, { timeout: 1000 });
    else ctx.setTimeout(followTheme, 0);
  };
  ctx.addEventListener(window, 'wxt:locationchange', followThemeSoon);
  ctx.addEventListener(window, 'hashchange', followThemeSoon);
  ctx.setTimeout(followTheme, 2000);

  // Our own resize event comes back here: makeRoom does nothing when the room is unchanged.
  window.addEventListener('resize', render);
  render();
  root.append(host);
  (document.head ?? root).append(room);
  ctx.onInvalidated(() => {
    window.removeEventListener('resize', render);
    host.remove();
    room.remove();
    root.classList.remove('kartka-room');
    root.style.removeProperty('--kartka-room');
    window.dispatchEvent(new Event('resize'));
  });
}
