// Light or dark, from computed colours: mail sites expose no theme API (MAIL-PAGES.md, "Dark theme").
import type { PageTheme } from './mail-page';

type Rgba = [number, number, number, number];

/** Parses `rgb()`/`rgba()` and `#rgb`/`#rrggbb` (what browsers and happy-dom return); null otherwise. */
export function parseCssColor(css: string): Rgba | null {
  const value = css.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)).concat(1) as Rgba;
  }
  const parts = /^rgba?\(([^)]*)\)$/
    .exec(value)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean);
  if (!parts || parts.length < 3) return null;
  const [r, g, b, a] = parts.map((p) => (p.endsWith('%') ? parseFloat(p) / 100 : parseFloat(p)));
  if (r === undefined || g === undefined || b === undefined) return null;
  return [r, g, b, a ?? 1];
}

/** Relative luminance (WCAG) in 0..1 of an opaque colour. */
function luminance([r, g, b]: Rgba): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The theme from the first opaque background at or above `start`; null when all are transparent. */
export function themeFromBackground(start: Element | null, view: Window | null): PageTheme | null {
  if (!view) return null;
  for (let el: Element | null = start; el; el = el.parentElement) {
    const bg = parseCssColor(view.getComputedStyle(el).backgroundColor);
    if (bg && bg[3] > 0.5) return luminance(bg) < 0.4 ? 'dark' : 'light';
  }
  return null;
}

/** The theme from text colour: light text means a dark page. Null without a readable colour. */
export function themeFromText(el: Element | null, view: Window | null): PageTheme | null {
  if (!el || !view) return null;
  const text = parseCssColor(view.getComputedStyle(el).color);
  if (!text || text[3] < 0.5) return null;
  return luminance(text) > 0.5 ? 'dark' : 'light';
}
