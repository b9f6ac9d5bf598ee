// Loads a fake mail page into a happy-dom window at a real mail URL, optionally running its inline script.
import { Window } from 'happy-dom';
import { afterEach } from 'vitest';

const open: Window[] = [];

afterEach(async () => {
  await Promise.all(open.splice(0).map((w) => w.happyDOM.close()));
});

/** A window at `url` showing `html`; with `live`, the page's inline script runs (the real page's behaviour). */
export async function loadPage(
  html: string,
  url: string,
  live = false,
): Promise<{ window: Window; doc: Document; url: URL }> {
  const window = new Window({
    url,
    settings: { enableJavaScriptEvaluation: live, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  open.push(window);
  window.document.write(html);
  await window.happyDOM.waitUntilComplete();
  return { window, doc: window.document as unknown as Document, url: new URL(window.location.href) };
}

/** Moves a live page to `url` the way a user would (hash change or History API) and lets it render. */
export async function navigate(window: Window, url: string): Promise<URL> {
  const target = new URL(url, window.location.href);
  if (target.pathname === window.location.pathname && target.search === window.location.search) {
    window.location.hash = target.hash;
  } else {
    window.history.pushState(null, '', target.href);
    window.dispatchEvent(new window.PopStateEvent('popstate', { state: null }));
  }
  await window.happyDOM.waitUntilComplete();
  return new URL(window.location.href);
}

/**
 * One window that shows page after page (for tests that read hundreds of variants): each `show` replaces the
 * document's content and URL. Stylesheets are left out: happy-dom parses CSS slowly and the adapters never
 * read it (themes are tested on whole pages).
 */
export function reusableWindow(): { show: (html: string, url: string) => { doc: Document; url: URL } } {
  const window = new Window({ url: 'https://example.invalid/' });
  open.push(window);
  const doc = window.document as unknown as Document;
  return {
    show(html, url) {
      window.happyDOM.setURL(url);
      doc.documentElement.innerHTML = html
        .replace(/^<!doctype html><html[^>]*>/iu, '')
        .replace(/<\/html>$/iu, '')
        .replace(/<style>[\s\S]*?<\/style>/u, '');
      return { doc, url: new URL(window.location.href) };
    },
  };
}
