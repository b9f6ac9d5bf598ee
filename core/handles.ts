// Messenger identities beside emails and phones: a Telegram user id, a Telegram username, a WhatsApp jid.
// One key form per handle (`tg:…`, `tgu:…`, `wa:…`) is what storage indexes and what matching looks up.
import { refusal, type Refusal } from './reason';

export type HandleKind = 'telegram' | 'telegram-username' | 'whatsapp';

/** One messenger identity of a person, normalized (see `normalizeHandle`). */
export interface Handle {
  kind: HandleKind;
  /** telegram: the user id in decimal; telegram-username: lower case, no '@'; whatsapp: `<digits>@c.us` or `<digits>@lid`. */
  value: string;
}

export type HandleResult = { ok: true; handle: Handle } | ({ ok: false } & Refusal);

// Telegram usernames: a–z, 0–9 and underscores, starting with a letter, not ending with an underscore;
// 5–32 characters, 4 for the collectible ones sold on Fragment (core.telegram.org/method/account.updateUsername).
const USERNAME = /^[a-z][a-z0-9_]{2,30}[a-z0-9]$/u;
// Telegram user ids are positive integers below 2^53 (core.telegram.org/api/bots/ids: "up to 52 significant bits").
const USER_ID = /^[1-9]\d{0,15}$/u;
// WhatsApp jids: a phone's digits at c.us (s.whatsapp.net on the wire), or a privacy id at lid (2023+).
const JID = /^(\d{5,20})@(c\.us|s\.whatsapp\.net|lid)$/u;

const KEY_PREFIX: Record<HandleKind, string> = {
  telegram: 'tg:',
  'telegram-username': 'tgu:',
  whatsapp: 'wa:',
};

/** The indexed key of a handle: `tg:123`, `tgu:ivan_p`, `wa:380671234567@c.us`. */
export function handleKey(h: Handle): string {
  return `${KEY_PREFIX[h.kind]}${h.value}`;
}

/** Every handle's key, without repeats (a person's `handleKeys` index entries). */
export function handleKeysOf(handles: readonly Handle[] | undefined): string[] {
  return handles?.length ? [...new Set(handles.map(handleKey))] : [];
}

/** The handle a key names, or null for a key that is not one. */
export function handleFromKey(key: string): Handle | null {
  for (const [kind, prefix] of Object.entries(KEY_PREFIX) as [HandleKind, string][]) {
    if (key.startsWith(prefix)) {
      const r = normalizeHandle({ kind, value: key.slice(prefix.length) });
      return r.ok ? r.handle : null;
    }
  }
  return null;
}

/** Normalizes a handle of a known kind; a refusal says what is wrong with the value. */
export function normalizeHandle(h: Handle): HandleResult {
  const raw = h.value.trim();
  if (h.kind === 'telegram-username') {
    const name = raw.replace(/^@/u, '').toLowerCase();
    return USERNAME.test(name)
      ? { ok: true, handle: { kind: h.kind, value: name } }
      : {
          ok: false,
          ...refusal(
            `"${raw}" is not a Telegram username: 4–32 letters, digits or underscores, starting with a letter.`,
            'handle.username',
            { value: raw },
          ),
        };
  }
  if (h.kind === 'telegram') {
    return USER_ID.test(raw)
      ? { ok: true, handle: { kind: h.kind, value: raw } }
      : {
          ok: false,
          ...refusal(`"${raw}" is not a Telegram user id (a positive number).`, 'handle.telegramId', {
            value: raw,
          }),
        };
  }
  const m = JID.exec(raw.toLowerCase());
  if (!m?.[1]) {
    return {
      ok: false,
      ...refusal(`"${raw}" is not a WhatsApp chat id such as 380671234567@c.us.`, 'handle.whatsapp', {
        value: raw,
      }),
    };
  }
  return { ok: true, handle: { kind: 'whatsapp', value: `${m[1]}@${m[2] === 'lid' ? 'lid' : 'c.us'}` } };
}

/**
 * Reads a handle as a person types or pastes it: "@ivan_p", "t.me/ivan_p", "tg://user?id=123", "tg:123",
 * "380671234567@c.us", "123@lid", "wa:…", "wa.me/380671234567". Null when the text names no handle.
 */
export function parseHandle(text: string): HandleResult | null {
  const t = text.trim();
  if (t === '') return null;
  const tme = /^(?:https?:\/\/)?(?:t\.me|telegram\.me)\/(?:@)?([A-Za-z0-9_]+)\/?$/iu.exec(t);
  if (tme?.[1]) return normalizeHandle({ kind: 'telegram-username', value: tme[1] });
  const tgUser = /^tg:\/\/user\?id=(\d+)$/iu.exec(t) ?? /^(?:tg|telegram):\s*(\d+)$/iu.exec(t);
  if (tgUser?.[1]) return normalizeHandle({ kind: 'telegram', value: tgUser[1] });
  if (t.startsWith('@')) return normalizeHandle({ kind: 'telegram-username', value: t });
  const waMe = /^(?:https?:\/\/)?wa\.me\/\+?(\d+)\/?$/iu.exec(t);
  if (waMe?.[1]) return normalizeHandle({ kind: 'whatsapp', value: `${waMe[1]}@c.us` });
  const jid = t.replace(/^(?:wa|whatsapp):\s*/iu, '');
  if (jid.includes('@')) return normalizeHandle({ kind: 'whatsapp', value: jid });
  return null;
}

/** The handle as a person reads it: "@ivan_p", "tg:123456789", "380671234567@c.us". */
export function handleText(h: Handle): string {
  if (h.kind === 'telegram-username') return `@${h.value}`;
  if (h.kind === 'telegram') return `tg:${h.value}`;
  return h.value;
}

/** The E.164 phone behind a WhatsApp `@c.us` jid; null for `@lid` jids, which carry no phone. */
export function phoneOfJid(jid: string): string | null {
  const m = /^(\d{5,20})@c\.us$/u.exec(jid);
  return m?.[1] ? `+${m[1]}` : null;
}

/** Unites two handle lists, first occurrences kept. */
export function unionHandles(a: readonly Handle[] | undefined, b: readonly Handle[] | undefined): Handle[] {
  const out = new Map<string, Handle>();
  for (const h of [...(a ?? []), ...(b ?? [])]) if (!out.has(handleKey(h))) out.set(handleKey(h), h);
  return [...out.values()];
}

/** Telegram usernames named by t.me links in free text (a note kept from a signature or a capture). */
export function telegramLinksIn(text: string): Handle[] {
  const found = new Map<string, Handle>();
  for (const m of text.matchAll(
    /(?:https?:\/\/)?(?:t\.me|telegram\.me)\/@?([A-Za-z][A-Za-z0-9_]{3,31})\b/giu,
  )) {
    const r = normalizeHandle({ kind: 'telegram-username', value: m[1] ?? '' });
    // t.me/joinchat, t.me/s/… and other service paths are not people.
    if (r.ok && !['joinchat', 'share', 'addstickers', 'proxy', 'iv'].includes(r.handle.value))
      found.set(handleKey(r.handle), r.handle);
  }
  return [...found.values()];
}

/** A link to talk to someone in a messenger, shown on the card. */
export interface MessengerLink {
  kind: 'telegram' | 'whatsapp' | 'viber' | 'tel';
  /** What the link says ("@ivan_p", "+380 67 …" is formatted by the caller). */
  label: string;
  href: string;
}

/**
 * Links for every known way to reach a person: t.me for a username (tg://user for an id alone, which the
 * Telegram apps open), wa.me and viber:// for each phone and WhatsApp number, tel: for each phone.
 */
export function messengerLinks(handles: readonly Handle[], phones: readonly string[]): MessengerLink[] {
  const links: MessengerLink[] = [];
  const usernames = handles.filter((h) => h.kind === 'telegram-username');
  for (const h of usernames)
    links.push({ kind: 'telegram', label: `@${h.value}`, href: `https://t.me/${h.value}` });
  if (usernames.length === 0)
    for (const h of handles.filter((x) => x.kind === 'telegram'))
      links.push({ kind: 'telegram', label: `tg:${h.value}`, href: `tg://user?id=${h.value}` });
  const numbers = new Set(phones.map((p) => p.replace(/\D/gu, '')).filter((d) => d.length >= 6));
  for (const h of handles) {
    const phone = h.kind === 'whatsapp' ? phoneOfJid(h.value) : null;
    if (phone) numbers.add(phone.slice(1));
  }
  for (const digits of numbers) {
    links.push({ kind: 'whatsapp', label: `+${digits}`, href: `https://wa.me/${digits}` });
    links.push({ kind: 'viber', label: `+${digits}`, href: `viber://chat?number=%2B${digits}` });
  }
  for (const p of phones) links.push({ kind: 'tel', label: p, href: `tel:${p}` });
  return links;
}
