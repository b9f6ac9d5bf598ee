// A right-clicked link → contact draft: mailto: (several addresses, cc/bcc, percent-encoding), tel:, sms:,
// Viber/WhatsApp links, and web links (a website, or a LinkedIn/Facebook/Telegram/Instagram profile).
import { normalizeEmail } from '../email.ts';
import { normalizePhone } from '../phones.ts';
import { bareDomain, classifyUrl } from './find-urls.ts';
import { parsePersonName } from './names.ts';
import { parseContactText } from './parse-text.ts';
import {
  emptyDraft,
  finishDraft,
  NOTHING_FOUND,
  type ContactDraft,
  type DraftOptions,
  type DraftValue,
} from './types.ts';

/** Percent-decoding that never throws: a broken escape is left as written and reported. */
function decode(text: string, problems: string[]): string {
  try {
    return decodeURIComponent(text);
  } catch {
    problems.push(`The link has a broken %-escape in "${text}"; it was read as written.`);
    return text;
  }
}

function queryParams(query: string, problems: string[]): [string, string][] {
  return query
    .split('&')
    .filter((pair) => pair !== '')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      return [key.toLowerCase(), decode(eq < 0 ? '' : pair.slice(eq + 1), problems)];
    });
}

function readMailto(body: string, draft: ContactDraft): void {
  const q = body.indexOf('?');
  const path = q < 0 ? body : body.slice(0, q);
  const addresses = path.split(/[,;]/u).map((a) => decode(a, draft.problems));
  for (const [key, value] of queryParams(q < 0 ? '' : body.slice(q + 1), draft.problems)) {
    if (key === 'to' || key === 'cc' || key === 'bcc') addresses.push(...value.split(/[,;]/u));
  }
  for (const address of addresses.map((a) => a.trim()).filter((a) => a !== '')) {
    const angle = /^(.*?)<([^<>]*)>$/u.exec(address);
    const displayName = angle?.[1]?.trim().replace(/^"|"$/gu, '') ?? '';
    const result = normalizeEmail(address);
    const value: DraftValue = result.ok
      ? { raw: address, value: result.email, valid: true }
      : { raw: address, value: address.toLowerCase(), valid: false, reason: result.reason };
    if (!draft.emails.some((e) => e.value === value.value)) draft.emails.push(value);
    const name = displayName === '' ? null : parsePersonName(displayName);
    if (name !== null && draft.fullName === undefined) {
      draft.fullName = name.fullName;
      if (name.givenName !== undefined) draft.givenName = name.givenName;
      if (name.familyName !== undefined) draft.familyName = name.familyName;
      if (name.patronymic !== undefined) draft.patronymic = name.patronymic;
    }
  }
  if (draft.emails.length === 0) draft.problems.push('The mailto: link has no address in it.');
}

function addPhone(
  raw: string,
  number: string,
  ext: string | undefined,
  draft: ContactDraft,
  region: string,
): void {
  const result = normalizePhone(ext === undefined ? number : `${number} ext ${ext}`, region);
  const value: DraftValue = result.ok
    ? { raw, value: result.e164, valid: true }
    : { raw, value: number.replace(/[^\d+]/gu, ''), valid: false, reason: result.reason };
  if (result.ok && result.ext !== undefined) value.ext = result.ext;
  draft.phones.push(value);
}

function readTel(body: string, draft: ContactDraft, region: string): void {
  const raw = decode(body, draft.problems).trim();
  const [number = '', ...params] = raw.split(/[;?]/u);
  const ext = params.map((p) => /^ext=(\d{1,6})$/iu.exec(p.trim())?.[1]).find((e) => e !== undefined);
  if (number.trim() === '') draft.problems.push('The phone link has no number in it.');
  else addPhone(raw, number.trim(), ext, draft, region);
}

function readMessenger(href: string, body: string, draft: ContactDraft, region: string): void {
  const q = body.indexOf('?');
  const params = queryParams(q < 0 ? '' : body.slice(q + 1), draft.problems);
  const number = params.find(([key]) => key === 'number' || key === 'phone')?.[1];
  if (number !== undefined && /\d{7}/u.test(number.replace(/\D/gu, '')))
    addPhone(href, number, undefined, draft, region);
  else draft.notes.push(href);
}

function readWeb(href: string, draft: ContactDraft, region: string): void {
  const link = classifyUrl(href);
  if (link.kind === 'website') draft.website = link.value;
  else if (link.kind === 'profile') draft.profiles.push(link.value);
  else if (link.kind === 'phone') addPhone(href, link.value, undefined, draft, region);
  else draft.problems.push(`"${href}" is not a link to a website or a profile.`);
}

/** Adds what the link's text says (a name, a company, more addresses) to what the link itself gave. */
function mergeText(draft: ContactDraft, text: ContactDraft): void {
  if (draft.fullName === undefined && text.fullName !== undefined) {
    draft.fullName = text.fullName;
    if (text.givenName !== undefined) draft.givenName = text.givenName;
    if (text.familyName !== undefined) draft.familyName = text.familyName;
    if (text.patronymic !== undefined) draft.patronymic = text.patronymic;
  }
  if (draft.position === undefined && text.position !== undefined) draft.position = text.position;
  if (draft.website === undefined && text.website !== undefined) draft.website = text.website;
  if (draft.city === undefined && text.city !== undefined) draft.city = text.city;
  if (draft.company === undefined && text.company !== undefined) draft.company = text.company;
  for (const e of text.emails) if (!draft.emails.some((d) => d.value === e.value)) draft.emails.push(e);
  for (const p of text.phones) if (!draft.phones.some((d) => d.value === p.value)) draft.phones.push(p);
  for (const p of text.profiles) if (!draft.profiles.includes(p)) draft.profiles.push(p);
  draft.registrationIds.push(...text.registrationIds);
  draft.notes.push(...text.notes);
  draft.problems.push(...text.problems.filter((p) => p !== NOTHING_FOUND));
}

/** Reads a link the user right-clicked (`mailto:`, `tel:`, a web or profile link) and its text into a draft. */
export function parseLink(href: string, linkText: string | undefined, opts: DraftOptions): ContactDraft {
  const draft = emptyDraft();
  const trimmed = href.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/iu.exec(trimmed)?.[1]?.toLowerCase();
  const body = scheme === undefined ? trimmed : trimmed.slice(scheme.length + 1);
  if (scheme === 'mailto') readMailto(body, draft);
  else if (scheme === 'tel' || scheme === 'sms' || scheme === 'callto')
    readTel(body.replace(/^\/\//u, ''), draft, opts.defaultRegion);
  else if (scheme === 'viber' || scheme === 'whatsapp')
    readMessenger(trimmed, body, draft, opts.defaultRegion);
  else if (scheme === 'http' || scheme === 'https') readWeb(trimmed, draft, opts.defaultRegion);
  else if (scheme === undefined && (trimmed.startsWith('www.') || bareDomain(trimmed) !== null))
    readWeb(trimmed, draft, opts.defaultRegion);
  else if (trimmed !== '') {
    draft.problems.push(
      `Kartka reads mailto:, tel: and web links; "${trimmed.slice(0, 80)}" is none of these.`,
    );
  }
  const text = linkText?.trim() ?? '';
  if (text !== '' && text !== trimmed) mergeText(draft, parseContactText(text, opts));
  return finishDraft(draft);
}
