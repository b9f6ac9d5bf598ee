// Escape closes a <details> menu and returns focus to its summary (native <details> does not do it).
import type { KeyboardEvent } from 'react';

export function closeOnEscape(e: KeyboardEvent<HTMLDetailsElement>): void {
  if (e.key !== 'Escape' || !e.currentTarget.open) return;
  e.preventDefault();
  e.currentTarget.open = false;
  e.currentTarget.querySelector('summary')?.focus();
}
