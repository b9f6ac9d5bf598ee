// Google's batch protocol (https://developers.google.com/workspace/gmail/api/guides/batch): up to 100 calls in
// one `multipart/mixed` POST to /batch/gmail/v1, each part an `application/http` request with a Content-ID;
// the answer is `multipart/mixed` again, each part an HTTP response whose Content-ID is `response-` + ours.
// The calls may run in any order, so answers are matched by Content-ID, never by position.

export interface BatchCall {
  /** Content-ID, unique in the batch. */
  id: string;
  /** Path and query only (`/gmail/v1/users/me/messages/…?format=metadata`): full URLs are refused. */
  path: string;
}

export interface BatchAnswer {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The body and content type of a batch request. */
export function batchRequest(calls: readonly BatchCall[], boundary: string): { body: string; type: string } {
  const parts = calls.map(
    (c) =>
      `--${boundary}\r\nContent-Type: application/http\r\nContent-ID: <${c.id}>\r\n\r\nGET ${c.path} HTTP/1.1\r\n\r\n`,
  );
  return { body: `${parts.join('')}--${boundary}--\r\n`, type: `multipart/mixed; boundary=${boundary}` };
}

/** The boundary parameter of a multipart content type, unquoted; null when there is none. */
export function boundaryOf(contentType: string | null): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/iu.exec(contentType ?? '');
  return m?.[1] ?? m?.[2] ?? null;
}

function splitHead(text: string): { head: string[]; rest: string } {
  const at = text.search(/\r?\n\r?\n/u);
  if (at < 0) return { head: text.split(/\r?\n/u), rest: '' };
  const sep = /\r?\n\r?\n/u.exec(text.slice(at))?.[0].length ?? 2;
  return { head: text.slice(0, at).split(/\r?\n/u), rest: text.slice(at + sep) };
}

function headerMap(lines: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) out[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return out;
}

/**
 * The answers of a batch response, keyed by the Content-ID of the call they answer. A part that cannot be
 * read is left out: its call then counts as not answered (and stays pending), never as answered wrongly.
 */
export function parseBatchResponse(body: string, contentType: string | null): Map<string, BatchAnswer> {
  const boundary = boundaryOf(contentType);
  const answers = new Map<string, BatchAnswer>();
  if (!boundary) return answers;
  const chunks = body.split(`--${boundary}`);
  for (const chunk of chunks.slice(1)) {
    if (chunk.startsWith('--')) break;
    const part = chunk.replace(/^\r?\n/u, '');
    const { head: partHead, rest } = splitHead(part);
    const partHeaders = headerMap(partHead);
    const cid = /^<?(?:response-)?([^>]*)>?$/u.exec(partHeaders['content-id'] ?? '')?.[1];
    const { head, rest: inner } = splitHead(rest);
    const status = Number(/^HTTP\/[\d.]+\s+(\d{3})/u.exec(head[0] ?? '')?.[1]);
    if (!cid || !Number.isInteger(status)) continue;
    answers.set(cid, {
      id: cid,
      status,
      headers: headerMap(head.slice(1)),
      body: inner.replace(/\r?\n$/u, ''),
    });
  }
  return answers;
}
