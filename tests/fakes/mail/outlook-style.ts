// A plain Outlook-like look for the fake page: top bar, folder pane, list and reading pane (right or
// bottom). Fluid: on a narrow page (a 1024 px window with Kartka's sidebar open) the folder pane and the list
// give way before the reading pane does, as Outlook's resizable panes let them. Outlook's own breakpoints
// (media queries on the window) are not modelled: they see the whole window, sidebar or not.
export const OUTLOOK_CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.4 'Segoe UI', Arial, sans-serif; overflow: hidden; }
#app { display: flex; flex-direction: column; height: 100%; }
.k-light { background: #f3f2f1; color: #242424; }
.k-dark { background: #1b1a19; color: #e6e6e6; }
.k-top { display: flex; align-items: center; height: 48px; padding: 0 16px; background: #0f6cbd; color: #fff; flex: none; }
.k-logo { font-weight: 600; }
.k-me { margin-left: auto; width: 32px; height: 32px; border-radius: 50%; border: 0; background: #fff; color: #0f6cbd; }
.k-shell { display: flex; flex: 1; min-height: 0; }
.k-folders { flex: 0 1 200px; min-width: 120px; padding: 8px; overflow: auto; }
.k-root { font-weight: 600; padding: 6px 8px; overflow: hidden; text-overflow: ellipsis; }
.k-folder { padding: 6px 16px; cursor: pointer; border-radius: 4px; }
.k-folder:hover, [role=option]:hover { background: rgba(127,127,127,.15); }
.k-main { display: flex; flex: 1; min-width: 504px; gap: 8px; padding: 8px; } /* the list and reading pane minimums, gap and padding */
.k-bottom .k-main { flex-direction: column; }
.k-list { flex: 0 1 340px; min-width: 200px; overflow: auto; border-radius: 6px; }
.k-bottom .k-list { flex: 0 0 40%; }
.k-light .k-list, .k-light .k-reading { background: #fff; }
.k-dark .k-list, .k-dark .k-reading { background: #292827; }
[role=option] { display: grid; grid-template-columns: 1fr auto; padding: 8px 12px; cursor: pointer; border-bottom: 1px solid rgba(127,127,127,.2); }
[role=option][aria-selected=true] { background: rgba(15,108,189,.15); }
.k-who { font-weight: 600; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.k-subject { grid-column: 1 / -1; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
.k-list .k-date { grid-row: 1; grid-column: 2; font-size: 12px; color: #616161; }
.k-reading { flex: 1; min-width: 280px; min-height: 0; overflow: auto; border-radius: 6px; padding: 16px 24px; }
.k-empty { padding: 48px; text-align: center; color: #616161; }
.k-subj { font-size: 20px; font-weight: 600; margin: 0 0 16px; overflow-wrap: anywhere; }
.aVla3, .k-msg { border: 1px solid rgba(127,127,127,.25); border-radius: 6px; padding: 12px; margin-bottom: 8px; }
.k-collapsed { cursor: pointer; }
.k-collapsed .k-head { display: flex; gap: 12px; white-space: nowrap; overflow: hidden; }
.OZZZK { font-weight: 600; }
.AL_OM, .k-well, .k-preview { font-size: 12px; color: #616161; }
.k-more { float: right; border: 0; background: none; color: inherit; }
.k-body { margin-top: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
`;
