// A plain Gmail-like look for the fake page: top bar, left navigation, list and thread. Fluid, so the page
// lays out in the width Kartka's sidebar leaves it (integrations/mount-sidebar.ts).
export const GMAIL_CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.4 Roboto, Arial, sans-serif; overflow: hidden; }
body.k-light { background: #f6f8fc; color: #1f1f1f; }
body.k-dark { background: #111; color: #e3e3e3; }
.w-asV { display: flex; flex-direction: column; height: 100%; }
[role=banner] { display: flex; align-items: center; gap: 12px; height: 64px; padding: 0 16px; flex: none; }
.gb_logo { font-size: 22px; color: #c5221f; font-weight: 500; }
.gb_u { color: #888; font-size: 12px; }
.gb_B { margin-left: auto; width: 32px; height: 32px; border-radius: 50%; background: #0b57d0; color: #fff;
  display: grid; place-items: center; text-decoration: none; }
.k-shell { display: flex; flex: 1; min-height: 0; }
.aeF { display: flex; flex: 1; min-width: 0; min-height: 0; }
.aeF > .nH { display: flex; flex: 1; min-width: 0; }
[role=navigation] { width: 220px; flex: none; padding: 8px 0; overflow: auto; }
.k-light [role=navigation] { color: #202124; }
.k-dark [role=navigation] { color: #e8eaed; }
.aim a { display: block; padding: 6px 24px; border-radius: 0 16px 16px 0; color: inherit; text-decoration: none; text-transform: capitalize; }
.aim a:hover { background: rgba(127,127,127,.15); }
[role=main] { flex: 1; min-width: 0; overflow: auto; border-radius: 16px 16px 0 0; margin-right: 8px; }
.k-light [role=main] { background: #fff; }
.k-dark [role=main] { background: #202124; }
.aAU [role=main] { margin: 0; border-radius: 0; height: 100%; }
.zt { width: 100%; border-collapse: collapse; table-layout: fixed; }
tr.zA { cursor: pointer; border-bottom: 1px solid rgba(127,127,127,.2); }
tr.zA:hover { box-shadow: inset 1px 0 0 #dadce0, inset -1px 0 0 #dadce0, 0 1px 2px rgba(60,64,67,.3); }
tr.zA td { padding: 8px; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
td.yX { width: 200px; font-weight: 600; }
td.xW { width: 90px; text-align: right; color: #5f6368; }
.y2 { color: #5f6368; }
.aia { border-top: 4px solid rgba(127,127,127,.2); }
.aRv { padding: 48px; text-align: center; color: #5f6368; }
.g.id { padding: 16px 24px; max-width: 100%; }
table.Bs { width: 100%; border-collapse: collapse; }
h2.hP, h1.zS { font-size: 22px; font-weight: 400; margin: 8px 0 16px; overflow-wrap: anywhere; }
.adn { border-bottom: 1px solid rgba(127,127,127,.2); padding: 12px 0; }
.adn.kv, .adn.ky { cursor: pointer; }
.adf { display: flex; gap: 12px; white-space: nowrap; overflow: hidden; }
.adf .yP { font-weight: 600; }
.adf .iA { color: #5f6368; overflow: hidden; text-overflow: ellipsis; }
.adv { padding: 8px 0; cursor: pointer; color: #0b57d0; }
.gK { float: right; color: #5f6368; font-size: 12px; }
h3.iw { margin: 0; font-size: 14px; }
.gD { font-weight: 600; }
.go, .ajw { color: #5f6368; font-size: 12px; }
.a3s { margin-top: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
`;
