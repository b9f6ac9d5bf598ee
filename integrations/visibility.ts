// Which of several candidate landmarks the user sees. Gmail keeps earlier views in the page and hides them with
// inline `display: none` on an ancestor (MAIL-PAGES.md); checking the inline style walks a few parents and forces
// no style or layout work, so it runs first; the browser's own check settles what is still ambiguous.

/** True when `el` or an ancestor is hidden the way mail pages hide kept views: `hidden`, or inline `display: none`. */
export function isHiddenView(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return true;
    const style = e.getAttribute('style');
    if (style && /display\s*:\s*none/i.test(style)) return true;
  }
  return false;
}

/**
 * The candidates the user can see, in document order: those not hidden by their own or an ancestor's markup;
 * when several remain, those the browser renders (`checkVisibility`, where it exists: stylesheet rules can hide
 * too). Never empties a non-empty list on the browser's word alone: a page still painting keeps the markup's answer.
 */
export function visibleAmong(candidates: readonly Element[]): Element[] {
  const shown = candidates.filter((el) => !isHiddenView(el));
  if (shown.length < 2) return shown;
  const rendered = shown.filter((el) => typeof el.checkVisibility !== 'function' || el.checkVisibility());
  return rendered.length > 0 ? rendered : shown;
}
