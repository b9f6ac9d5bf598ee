// WebK's profile column, when the user opened it: the peer's phone and username rows (tweb peerProfile.ts puts
// the phone row first and the username row second, each `.row-title` holding the value; their labels are
// localized, so the rows are told apart by place and shape, never by label).
import { queryAllHook, queryHook } from '../hooks';
import { WEBK } from './webk-selectors';

const PHONE = /^\+?[\d\s()-]{7,20}$/u;
const USERNAME = /^@?([A-Za-z][A-Za-z0-9_]{3,31})$/u;

/** `#@ivan_p` → "ivan_p"; WebK writes a chat with a username into the hash that way. */
export function usernameOfHash(hash: string): string | undefined {
  const m = /^@([A-Za-z][A-Za-z0-9_]{3,31})$/u.exec(decodeURIComponent(hash));
  return m?.[1];
}

/** Phone and username from the open profile, when it shows `peerId` (a profile left open on another chat is ignored). */
export function profileFacts(doc: Document, peerId: string): { phone?: string; username?: string } {
  const profile = queryHook(doc, WEBK.profile);
  if (!profile || queryHook(profile, WEBK.profileName)?.getAttribute('data-peer-id') !== peerId) return {};
  // Rows hidden for an empty value carry `display: none` (peerProfile.ts setText).
  const rows = queryAllHook(profile, WEBK.profileRow).slice(0, 2);
  const value = (row: Element | undefined) =>
    row && !/display:\s*none/u.test(row.getAttribute('style') ?? '')
      ? (queryHook(row, WEBK.rowTitle)?.textContent ?? '').trim()
      : '';
  const out: { phone?: string; username?: string } = {};
  const phone = value(rows[0]);
  if (PHONE.test(phone)) out.phone = phone;
  const username = USERNAME.exec(value(rows[1]))?.[1];
  if (username) out.username = username;
  return out;
}
