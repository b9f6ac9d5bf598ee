// Small stroke icons (24px grid, drawn at 16px) for the card and the history; decorative, hidden from readers.
import type { ReactNode } from 'react';

const PATHS = {
  mailIn: 'M4 6h16v12H4z M4 7l8 6 8-6',
  mailOut: 'M3 11l18-7-7 18-2-8z',
  note: 'M6 3h9l4 4v14H6z M14 3v5h5 M9 13h7 M9 17h5',
  call: 'M5 4h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 13l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 6a2 2 0 0 1 2-2',
  meeting: 'M4 6h16v14H4z M4 10h16 M8 3v5 M16 3v5',
  chat: 'M4 5h16v11H9l-5 4z',
  deal: 'M3 12l5-5 4 3 4-3 5 5-9 8z M8 7l4 5',
  phone: 'M7 3h10v18H7z M11 18h2',
  cake: 'M4 21h16v-8H4z M4 16c3 2 5-2 8 0s5 2 8 0 M12 9v4 M12 4c-1 1.5-1 3 0 3.5 1-.5 1-2 0-3.5',
  user: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8 M4 21c0-4 4-6 8-6s8 2 8 6',
  tag: 'M3 12V3h9l9 9-9 9z M7.5 7.5h.01',
  check: 'M4 12l5 5L20 6',
  shield: 'M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z',
  clock: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18 M12 7v5l3 2',
  copy: 'M9 9h11v11H9z M5 15H4V4h11v1',
  open: 'M14 4h6v6 M20 4l-9 9 M18 14v6H4V6h6',
  chevron: 'M9 6l6 6-6 6',
  flag: 'M5 21V4h12l-2.5 4L17 12H5',
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, className }: { name: IconName; className?: string }): ReactNode {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path d={PATHS[name]} />
    </svg>
  );
}
