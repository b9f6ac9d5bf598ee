// The batch endpoint's wire format on the server side (written apart from the extension's client in
// integrations/google/batch.ts, so a misreading on one side is not mirrored on the other).
import { randomBytes } from 'node:crypto';
import type { FakeResponse } from '../server';

export interface BatchPart {
  contentId: string;
  method: string;
  path: string;
}

/** The calls of a batch request, or null when it is not a readable multipart/mixed body. */
export function parseBatchRequest(
  body: string,
  contentType: string | string[] | undefined,
): BatchPart[] | null {
  const type = Array.isArray(contentType) ? contentType[0] : contentType;
  if (!type || !/^multipart\/mixed/iu.test(type)) return null;
  const boundary = /boundary="?([^";]+)"?/iu.exec(type)?.[1];
  if (!boundary) return null;
  const parts: BatchPart[] = [];
  const sections = body.split(`--${boundary}`);
  for (const section of sections.slice(1)) {
    if (section.startsWith('--')) break;
    const lines = section.split(/\r\n|\n/u);
    let i = 1;
    let contentId = '';
    for (; i < lines.length && lines[i] !== ''; i++) {
      const m = /^content-id:\s*(.*)$/iu.exec(lines[i] ?? '');
      if (m?.[1]) contentId = m[1].trim().replace(/^<|>$/gu, '');
    }
    const requestLine = lines.slice(i + 1).find((l) => l.trim() !== '') ?? '';
    const m = /^(GET|POST|PUT|PATCH|DELETE)\s+(\S+)(?:\s+HTTP\/[\d.]+)?$/u.exec(requestLine.trim());
    if (!m?.[1] || !m[2] || !m[2].startsWith('/')) return null;
    parts.push({ contentId, method: m[1], path: m[2] });
  }
  return parts;
}

const REASONS: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** The multipart/mixed answer: one `application/http` part per call, `Content-ID: <response-…>`. */
export function batchAnswer(answers: readonly { contentId: string; answer: FakeResponse }[]): FakeResponse {
  const boundary = `batch_${randomBytes(9).toString('base64url')}`;
  const parts = answers.map(({ contentId, answer }) => {
    const status = answer.status ?? 200;
    const headers = [`Content-Type: ${answer.type ?? 'application/json; charset=UTF-8'}`];
    for (const [k, v] of Object.entries(answer.headers ?? {})) headers.push(`${k}: ${v}`);
    return (
      `--${boundary}\r\nContent-Type: application/http\r\nContent-ID: <response-${contentId}>\r\n\r\n` +
      `HTTP/1.1 ${status} ${REASONS[status] ?? ''}\r\n${headers.join('\r\n')}\r\n\r\n${answer.body}\r\n`
    );
  });
  return {
    status: 200,
    type: `multipart/mixed; boundary=${boundary}`,
    body: `${parts.join('')}--${boundary}--\r\n`,
  };
}
