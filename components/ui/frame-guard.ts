// The sidebar is web-accessible to the mail sites only; it also checks who frames it before showing anything.

/** True when every ancestor frame is one of the allowed origins (and there is at least one). */
export function framedByAllowedOrigin(
  win: { top: unknown; self: unknown; location: { ancestorOrigins?: ArrayLike<string> } },
  referrer: string,
  isAllowed: (origin: string) => boolean,
): boolean {
  if (win.top === win.self) return false;
  const ancestors = win.location.ancestorOrigins;
  if (ancestors && ancestors.length > 0) return Array.from(ancestors).every(isAllowed);
  // Firefox has no ancestorOrigins: fall back to the referrer, which the framing page cannot forge.
  return referrer !== '' && isAllowed(referrer);
}
