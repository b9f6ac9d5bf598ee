// Plain looks for the three fake chat pages, light and dark. Fluid, so Kartka's sidebar can take its room.
// Bubbles have a fixed height: the virtualized lists pad for the rows not in the page by row count.
const BASE = `
* { box-sizing: border-box; }
html, body { margin: 0; height: 100%; }
body { font: 14px/1.35 system-ui, sans-serif; overflow: hidden; display: flex; }
a { color: inherit; text-decoration: none; cursor: pointer; }
`;

export const WEBK_CSS = `${BASE}
html { --bg: #fff; --fg: #000; --in: #fff; --out: #eeffde; --chat: #c5d9a0; --muted: #707579; }
html.night { --bg: #212121; --fg: #fff; --in: #212121; --out: #8774e1; --chat: #0f0f0f; --muted: #aaa; }
body { background: var(--bg); color: var(--fg); }
#main-columns { display: flex; width: 100%; height: 100%; }
#column-left { width: 280px; flex: none; border-right: 1px solid rgba(127,127,127,.3); overflow: auto; }
.chatlist { list-style: none; margin: 0; padding: 8px; }
.chatlist-chat { display: block; padding: 10px 12px; border-radius: 10px; }
.chatlist-chat.active { background: #3390ec; color: #fff; }
#column-center { flex: 1; min-width: 0; display: flex; flex-direction: column; }
.chats-container { flex: 1; min-height: 0; position: relative; }
.chat { position: absolute; inset: 0; display: flex; flex-direction: column; background: var(--chat); }
.topbar { height: 56px; flex: none; padding: 6px 16px; background: var(--bg); cursor: pointer; }
.person { display: flex; gap: 10px; align-items: center; }
.avatar { width: 42px; height: 42px; border-radius: 50%; background: #3390ec; color: #fff; display: grid; place-items: center; }
.bottom .info { color: var(--muted); font-size: 13px; }
.bubbles { flex: 1; min-height: 0; }
.scrollable { height: 100%; overflow-y: auto; }
.bubbles-inner { padding: 0 12px; }
.bubbles-group { display: flex; flex-direction: column; }
.bubbles-group-avatar-container { height: 0; }
.bubbles-group-avatar { width: 28px; height: 28px; font-size: 12px; }
.bubble { height: 64px; display: flex; padding: 2px 0 2px 36px; overflow: hidden; }
.bubble.is-out { justify-content: flex-end; }
.bubble.service { height: 28px; justify-content: center; color: #fff; }
.bubble-content { max-width: 70%; padding: 6px 10px; border-radius: 12px; background: var(--in); overflow: hidden; }
.is-out .bubble-content { background: var(--out); }
.service .bubble-content { background: rgba(0,0,0,.3); padding: 2px 8px; }
.name { font-weight: 600; color: #3390ec; font-size: 13px; }
.time { float: right; margin-left: 8px; color: var(--muted); font-size: 12px; }
#column-right { width: 320px; flex: none; border-left: 1px solid rgba(127,127,127,.3); padding: 16px; }
.profile-name { font-size: 20px; font-weight: 600; margin-bottom: 12px; }
.row { padding: 8px 0; }
.row-subtitle { color: var(--muted); font-size: 13px; }
`;

export const WEBA_CSS = `${BASE}
html { --bg: #fff; --fg: #000; --in: #fff; --out: #eeffde; --chat: #c5d9a0; --muted: #707579; }
html.theme-dark { --bg: #212121; --fg: #fff; --in: #212121; --out: #766ac8; --chat: #0f0f0f; --muted: #aaa; }
body { background: var(--bg); color: var(--fg); }
#UiLoader, .Transition { height: 100%; width: 100%; display: flex; }
#LeftColumn { width: 300px; flex: none; border-right: 1px solid rgba(127,127,127,.3); overflow: auto; }
.ListItem.chat-item-clickable { display: block; padding: 10px 14px; cursor: pointer; }
.ListItem.selected { background: #3390ec; color: #fff; }
#MiddleColumn { flex: 1; min-width: 0; display: flex; flex-direction: column; background: var(--chat); }
.MiddleHeader { height: 56px; flex: none; padding: 6px 16px; background: var(--bg); cursor: pointer; }
.ChatInfo { display: flex; gap: 10px; align-items: center; }
.Avatar { width: 40px; height: 40px; border-radius: 50%; background: #3390ec; color: #fff; display: grid; place-items: center; }
.fullName { margin: 0; font-size: 16px; }
.status { color: var(--muted); font-size: 13px; }
#MessageList { flex: 1; min-height: 0; overflow-y: auto; }
.messages-container { padding: 0 12px; }
.sticky-date { height: 28px; text-align: center; }
.sticky-date span { background: rgba(0,0,0,.3); color: #fff; border-radius: 10px; padding: 2px 8px; }
.sender-group-container { position: relative; padding-left: 36px; }
.sender-group-container > .Avatar { position: absolute; left: 0; bottom: 0; width: 28px; height: 28px; font-size: 12px; }
.Message { height: 64px; display: flex; overflow: hidden; }
.Message.own { justify-content: flex-end; }
.message-content { max-width: 70%; padding: 6px 10px; border-radius: 12px; background: var(--in); overflow: hidden; }
.own .message-content { background: var(--out); }
.message-title-name { font-weight: 600; color: #3390ec; font-size: 13px; }
.MessageMeta { float: right; margin-left: 8px; color: var(--muted); font-size: 12px; }
#RightColumn { width: 320px; flex: none; border-left: 1px solid rgba(127,127,127,.3); padding: 16px; }
.ChatExtra .ListItem { padding: 8px 0; display: flex; gap: 10px; }
.ChatExtra .subtitle { display: block; color: var(--muted); font-size: 13px; }
`;

export const WHATSAPP_CSS = `${BASE}
body { --bg: #fff; --fg: #111b21; --in: #fff; --out: #d9fdd3; --chat: #efeae2; --muted: #667781; }
body.dark { --bg: #111b21; --fg: #e9edef; --in: #202c33; --out: #005c4b; --chat: #0b141a; --muted: #8696a0; }
body { background: var(--bg); color: var(--fg); }
#app { display: flex; width: 100%; height: 100%; }
#side { width: 340px; flex: none; border-right: 1px solid rgba(127,127,127,.3); overflow: auto; }
#pane-side [role=listitem] { padding: 12px 16px; cursor: pointer; }
#pane-side [aria-selected=true] { background: rgba(127,127,127,.2); }
#main { flex: 1; min-width: 0; display: flex; flex-direction: column; background: var(--chat); }
#main header { height: 60px; flex: none; padding: 10px 16px; background: var(--bg); }
#main [role=application] { flex: 1; min-height: 0; overflow-y: auto; padding: 0 48px; }
.wa-start { flex: 1; display: grid; place-items: center; color: var(--muted); }
div[data-id], .wa-row { height: 64px; display: flex; overflow: hidden; }
.message-in, .message-out { max-width: 70%; padding: 6px 10px; border-radius: 8px; background: var(--in); overflow: hidden; }
.message-out { background: var(--out); margin-left: auto; }
.wa-time { float: right; margin-left: 8px; color: var(--muted); font-size: 11px; }
.wa-sender { font-weight: 600; font-size: 13px; color: #06cf9c; }
`;
