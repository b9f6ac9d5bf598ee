// Links in text and in hrefs: a company website, or a person's profile (LinkedIn, Facebook, Telegram, …).

export interface UrlHit {
  raw: string;
  start: number;
  end: number;
}

export type UrlKind =
  | { kind: 'website'; value: string }
  | { kind: 'profile'; value: string }
  | { kind: 'phone'; value: string }
  | { kind: 'other'; value: string };

const PROFILE_HOSTS = new Set([
  'linkedin.com',
  'facebook.com',
  'fb.com',
  'instagram.com',
  't.me',
  'telegram.me',
  'twitter.com',
  'x.com',
]);
const NOT_BEFORE = '(?<![\\p{L}\\p{N}@./-])';
const URL_IN_TEXT = new RegExp(
  `(?:https?:\\/\\/|${NOT_BEFORE}www\\.|${NOT_BEFORE}(?:[a-z]{2,3}\\.)?(?:linkedin\\.com|facebook\\.com|fb\\.com|instagram\\.com|t\\.me|telegram\\.me|twitter\\.com|x\\.com|wa\\.me)\\/)[^\\s<>"'«»“”|]{1,2000}`,
  'giu',
);
const TRAILING = /[.,;:!?)\]}]+$/u;

/** Links with a scheme, "www." links, and profile links written without a scheme (t.me/ivan). */
export function findUrls(line: string): UrlHit[] {
  const hits: UrlHit[] = [];
  if (!/:\/\/|www\.|\.com\/|\.me\//iu.test(line)) return hits;
  for (const m of line.matchAll(URL_IN_TEXT)) {
    const raw = m[0].replace(TRAILING, '');
    hits.push({ raw, start: m.index, end: m.index + raw.length });
  }
  return hits;
}

const TLDS =
  'com|net|org|ua|ru|by|kz|md|ge|am|az|uz|pl|de|eu|uk|io|co|biz|info|me|app|dev|ai|shop|store|online|site|pro|tech|agency|us|ca|fr|it|es|nl|ch|at|se|fi|no|dk|cz|sk|lt|lv|ee|ro|bg|hu|su|рф|укр';
const BARE_DOMAIN = new RegExp(
  `^((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.){1,4}(?:${TLDS}))(\\/[^\\s]{0,500})?$`,
  'iu',
);

/** The text, when it is nothing but a domain with a familiar TLD ("kartka.ua", "acme.com/contacts"). */
export function bareDomain(text: string): string | null {
  if (text.length > 500 || !text.includes('.') || /\s/u.test(text.trim())) return null;
  const m = BARE_DOMAIN.exec(text.trim().replace(TRAILING, ''));
  return m === null ? null : (m[1] ?? '').toLowerCase() + (m[2] ?? '').replace(/\/+$/u, '');
}

const SPLIT = /^([a-z][a-z0-9+.-]*:\/\/)?([^/?#\s]+)([^?#\s]*)(\?[^#\s]*)?/iu;

/** Website or profile, with the value to store: host lower-cased, no query, no trailing slash. */
export function classifyUrl(raw: string): UrlKind {
  const m = SPLIT.exec(raw.trim());
  const host = (m?.[2] ?? '').toLowerCase().replace(/:\d+$/u, '');
  if (m === null || !host.includes('.') || host.startsWith('.') || host.endsWith('.'))
    return { kind: 'other', value: raw };
  const scheme = (m[1] ?? '').toLowerCase();
  const path = (m[3] ?? '').replace(/\/+$/u, '');
  const bare = host.replace(/^(?:www|m|mobile|[a-z]{2})\.(?=[^.]+\.[^.]+$)/u, '');
  if (bare === 'wa.me') {
    const digits = path.replace(/\D/gu, '');
    return digits.length >= 7 ? { kind: 'phone', value: `+${digits}` } : { kind: 'other', value: raw };
  }
  if (PROFILE_HOSTS.has(bare)) {
    if (path === '') return { kind: 'other', value: raw };
    const query = path.endsWith('profile.php') ? (m[4] ?? '') : '';
    return { kind: 'profile', value: `https://${host}${path}${query}` };
  }
  return { kind: 'website', value: `${scheme}${host}${path}` };
}

const HANDLE =
  /(?<![\p{L}])(telegram|tg|телеграм|телеграмм|instagram|insta|ig|інстаграм|инстаграм)\s*[:-]?\s*@([A-Za-z0-9_.]{3,32})/giu;

/** "Telegram: @ivan_p" → https://t.me/ivan_p; "Instagram: @shop" → https://instagram.com/shop. */
export function findHandles(line: string): UrlHit[] {
  const hits: UrlHit[] = [];
  if (!line.includes('@')) return hits;
  for (const m of line.matchAll(HANDLE)) {
    const service = (m[1] ?? '').toLowerCase();
    const handle = (m[2] ?? '').replace(/\.+$/u, '');
    const isTelegram = ['telegram', 'tg', 'телеграм', 'телеграмм'].includes(service);
    const raw = isTelegram ? `https://t.me/${handle}` : `https://instagram.com/${handle}`;
    hits.push({ raw, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}
