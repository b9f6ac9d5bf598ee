// The client card as the sidebar shows it: a view model built from the base, pure.

export interface CardView {
  personId: string | null;
  displayName: string;
  initials: string;
  company: string | null;
  position: string | null;
  stage: { id: string; label: string; color: string; reason: string } | null;
  emails: string[];
  phones: string[];
  lastContactAt: number | null;
  messageCount: number;
  tags: string[];
  manager: string | null;
}

/** Up to two initials from a display name or, failing that, from the address. */
export function initialsOf(name: string, address = ''): string {
  const words = name
    .replace(/["'«»()]/g, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w) && !w.includes('@'));
  const letters = words.slice(0, 2).map((w) => (w.match(/\p{L}/u)?.[0] ?? '').toUpperCase());
  if (letters.join('') !== '') return letters.join('');
  return (address.match(/\p{L}/u)?.[0] ?? '?').toUpperCase();
}

/** Whole days between two instants, never negative (for "last contact 3 days ago"). */
export function daysBetween(earlier: number, later: number): number {
  return Math.max(0, Math.floor((later - earlier) / 86_400_000));
}
