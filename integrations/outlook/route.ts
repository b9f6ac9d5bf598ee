// Outlook on the web routes (History API, no hash): which conversation or item the URL names.

export interface OutlookRoute {
  /** The id in the URL, URL-decoded (`AAQk…` conversation, `AAMk…` item), or null for list views. */
  id: string | null;
  /** What kind of id it is, from its prefix. */
  idKind: 'conversation' | 'item' | 'unknown' | null;
  /** The path with any search query redacted (ids kept), safe for bug reports. */
  redacted: string;
}

/** Parses `/mail/[0/]<folder>/id/<id>`, `/mail/deeplink/read|readconv/<id>` and `/mail/search/…`. */
export function parseOutlookUrl(url: URL): OutlookRoute {
  const parts = url.pathname.split('/').filter(Boolean);
  const idAt = idIndex(parts);
  const raw = idAt > 0 && idAt === parts.length - 1 ? parts[idAt] : undefined;
  const id = raw ? safeDecode(raw) : null;
  const redactedParts = parts.map((p, i) => (i !== idAt && parts[i - 1] === 'q' ? '*' : p));
  const idKind =
    id === null ? null : id.startsWith('AAQk') ? 'conversation' : id.startsWith('AAMk') ? 'item' : 'unknown';
  return { id, idKind, redacted: `/${redactedParts.join('/')}` };
}

/** Index of the id segment: after the last `id`, or the last of `deeplink/read|readconv/<id>`; -1 if none. */
function idIndex(parts: string[]): number {
  const afterId = parts.lastIndexOf('id');
  if (afterId >= 0) return afterId + 1;
  const n = parts.length;
  return parts[n - 3] === 'deeplink' && /^read(conv)?$/.test(parts[n - 2] ?? '') ? n - 1 : -1;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
