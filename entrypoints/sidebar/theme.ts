// The mail site's light or dark theme, passed by the content script in the frame's hash (`#theme=dark`).
export type SidebarTheme = 'light' | 'dark';

/** The theme named in a hash such as `#theme=dark`; null when it names none. */
export function themeFromHash(hash: string): SidebarTheme | null {
  const value = new URLSearchParams(hash.replace(/^#/, '')).get('theme');
  return value === 'dark' || value === 'light' ? value : null;
}

/** Applies the hash's theme to the document now and whenever the content script changes it. */
export function followHostTheme(win: Window): void {
  const apply = () => {
    const theme = themeFromHash(win.location.hash);
    if (theme) win.document.documentElement.dataset.theme = theme;
    else delete win.document.documentElement.dataset.theme;
  };
  apply();
  win.addEventListener('hashchange', apply);
}
