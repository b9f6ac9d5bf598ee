// Email addresses anywhere in a line, including broken ones ("ivan@gmail", "ivan@@x.ua"), which are kept
// with the reason so the user can fix them rather than lose them.
import { normalizeEmail } from '../email.ts';
import type { DraftValue } from './types.ts';

export interface EmailHit {
  value: DraftValue;
  start: number;
  end: number;
}

const DELIMITER = /[\s<>()[\]{}"«»“”„,;|]/u;
const MAX_LOCAL = 128;
const MAX_DOMAIN = 256;

function expand(line: string, from: number, step: -1 | 1, limit: number): number {
  let i = from;
  for (let n = 0; n < limit; n++) {
    const next = i + step;
    const ch = line[next];
    if (ch === undefined || DELIMITER.test(ch)) break;
    i = next;
  }
  return i;
}

/**
 * Emails in one line. A token with an @ counts when its domain has a dot, its local part has a dot, or the
 * line is labelled as email ("E-mail: ivan@gmail"); "@handle" and "meet @5pm" never count.
 */
export function findEmails(line: string, labelled: boolean): EmailHit[] {
  const hits: EmailHit[] = [];
  let at = line.indexOf('@');
  while (at >= 0) {
    let start = expand(line, at, -1, MAX_LOCAL);
    const end = expand(line, at, 1, MAX_DOMAIN) + 1;
    let token = line.slice(start, end);
    const colon = token.lastIndexOf(':', at - start);
    if (colon >= 0) {
      start += colon + 1;
      token = token.slice(colon + 1);
    }
    const leading = /^['‘’.]+/u.exec(token)?.[0].length ?? 0;
    start += leading;
    token = token.slice(leading).replace(/[.!?:'’]+$/u, '');
    const atInToken = token.indexOf('@');
    const local = token.slice(0, atInToken);
    const domain = token.slice(atInToken + 1);
    const plausible = domain.includes('.') || local.includes('.') || labelled;
    if (local !== '' && plausible) {
      const result = normalizeEmail(token);
      const value: DraftValue = result.ok
        ? { raw: token, value: result.email, valid: true }
        : { raw: token, value: token.toLowerCase(), valid: false, reason: result.reason };
      hits.push({ value, start, end: start + token.length });
    }
    at = line.indexOf('@', Math.max(end, at + 1));
  }
  return hits;
}

/** True when the line names an email field: "E-mail:", "Ел. пошта", "Почта", "Mail". */
export function hasEmailLabel(line: string): boolean {
  return /(?<![\p{L}])(?:e-?mail|email|ел\.\s?пошта|эл\.\s?почта|пошта|почта|mail|е-мейл|емейл|імейл)(?![\p{L}])/iu.test(
    line,
  );
}
