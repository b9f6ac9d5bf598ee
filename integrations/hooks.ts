// A page hook: CSS alternatives in order of preference, with the view it targets and when it was seen.

export interface Hook {
  /** Selectors, best first; the first that matches wins. */
  readonly alternatives: readonly string[];
  /** The UI state this hook targets. */
  readonly view: string;
  /** First seen / last confirmed, from design/MAIL-PAGES.md. */
  readonly seen: string;
}

/** The first element matching the hook's first matching alternative, or null. */
export function queryHook(root: ParentNode, hook: Hook): Element | null {
  for (const selector of hook.alternatives) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

/** All elements of the first alternative that matches anything. */
export function queryAllHook(root: ParentNode, hook: Hook): Element[] {
  for (const selector of hook.alternatives) {
    const found = root.querySelectorAll(selector);
    if (found.length > 0) return [...found];
  }
  return [];
}

/** True when `el` matches any alternative. */
export function matchesHook(el: Element, hook: Hook): boolean {
  return hook.alternatives.some((selector) => el.matches(selector));
}

/** The nearest ancestor-or-self matching an alternative (tried in order). */
export function closestHook(el: Element, hook: Hook): Element | null {
  for (const selector of hook.alternatives) {
    const found = el.closest(selector);
    if (found) return found;
  }
  return null;
}

/**
 * How many elements a hook must match on one fixture page, stated from what the page shows: each site's
 * `selectors.proof.ts` gives one per hook (the type makes a hook without one a compile error), and
 * tests/unit/adapters/hook-proofs.test.ts checks them on every fixture variant.
 */
export type HookProof<Page> = (page: Page) => number;
