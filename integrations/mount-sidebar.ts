// Mounts the sidebar (an extension page) in an iframe at the right edge of a mail page.
import { browser } from 'wxt/browser';

const WIDTH = 360;

interface MountContext {
  onInvalidated: (cb: () => void) => void;
}

/** Adds the sidebar frame and its collapse handle; width and collapsed state are remembered per site. */
export async function mountSidebar(ctx: MountContext, site: string): Promise<void> {
  const key = `sidebar:${site}`;
  const stored = (await browser.storage.local.get(key))[key] as { collapsed?: boolean } | undefined;
  let collapsed = stored?.collapsed === true;

  const host = document.createElement('kartka-sidebar');
  const shadow = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = browser.runtime.getURL('/sidebar.html');
  frame.title = 'Kartka';
  frame.setAttribute('allow', 'clipboard-write');
  const toggle = document.createElement('button');
  toggle.type = 'button';
  const style = document.createElement('style');
  style.textContent = `
    :host { all: initial; }
    .wrap { position: fixed; top: 0; right: 0; bottom: 0; z-index: 2147483000; display: flex; }
    iframe { border: 0; border-left: 1px solid rgba(127,127,127,.35); height: 100%; width: ${WIDTH}px; background: transparent; color-scheme: normal; }
    button { position: absolute; top: 8px; left: -28px; width: 28px; height: 28px; border: 1px solid rgba(127,127,127,.45);
      border-right: 0; border-radius: 6px 0 0 6px; background: #1a73e8; color: #fff; font: 14px/1 system-ui; cursor: pointer; }
    .collapsed iframe { display: none; }
  `;
  const wrap = document.createElement('div');
  wrap.className = 'wrap';
  wrap.append(toggle, frame);
  shadow.append(style, wrap);

  const render = () => {
    wrap.classList.toggle('collapsed', collapsed);
    toggle.textContent = collapsed ? '‹' : '›';
    toggle.setAttribute('aria-label', collapsed ? 'Expand Kartka' : 'Collapse Kartka');
    toggle.setAttribute('aria-expanded', String(!collapsed));
  };
  toggle.addEventListener('click', () => {
    collapsed = !collapsed;
    render();
    void browser.storage.local.set({ [key]: { collapsed } });
  });
  render();
  document.documentElement.append(host);
  ctx.onInvalidated(() => host.remove());
}
