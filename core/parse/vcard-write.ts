// vCard 4.0 export (RFC 6350): escaped values, CRLF lines folded at 75 octets.
import type { VCardInput } from './vcard-contact.ts';
import { foldLine } from './vcard-lines.ts';
import { escapeText, formatBirthday, oneLineUri } from './vcard-values.ts';

function typeParam(types: string[]): string {
  const clean = types.map((t) => t.toLowerCase().replace(/[^a-z0-9-]/g, '')).filter((t) => t !== '');
  return clean.length === 0 ? '' : `;TYPE=${clean.length > 1 ? `"${clean.join(',')}"` : clean[0]}`;
}

/** Serializes a contact as one vCard 4.0 card with CRLF line endings. */
export function serializeVCard4(contact: VCardInput): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:4.0'];
  const fn =
    contact.fullName ||
    [contact.givenName, contact.middleName, contact.familyName].filter(Boolean).join(' ') ||
    contact.org ||
    contact.emails[0]?.value ||
    '';
  lines.push(`FN:${escapeText(fn)}`);
  const n = [contact.familyName, contact.givenName, contact.middleName, contact.prefix, contact.suffix];
  if (n.some((part) => part !== undefined && part !== '')) {
    lines.push(`N:${n.map((part) => escapeText(part ?? '')).join(';')}`);
  }
  for (const e of contact.emails) lines.push(`EMAIL${typeParam(e.types)}:${escapeText(e.value)}`);
  for (const p of contact.phones) lines.push(`TEL${typeParam(p.types)}:${escapeText(p.value)}`);
  if (contact.org !== undefined || contact.orgUnit !== undefined) {
    const org = [contact.org ?? '', ...(contact.orgUnit === undefined ? [] : [contact.orgUnit])];
    lines.push(`ORG:${org.map(escapeText).join(';')}`);
  }
  if (contact.title !== undefined) lines.push(`TITLE:${escapeText(contact.title)}`);
  if (contact.role !== undefined) lines.push(`ROLE:${escapeText(contact.role)}`);
  if (contact.birthday !== undefined) lines.push(`BDAY:${formatBirthday(contact.birthday)}`);
  for (const url of contact.urls) lines.push(`URL:${oneLineUri(url)}`);
  for (const a of contact.addresses) {
    const parts = ['', '', a.street, a.city, a.region, a.postcode, a.country];
    lines.push(`ADR${typeParam(a.types)}:${parts.map((p) => escapeText(p ?? '')).join(';')}`);
  }
  if (contact.note !== undefined) lines.push(`NOTE:${escapeText(contact.note)}`);
  if (contact.categories.length > 0) lines.push(`CATEGORIES:${contact.categories.map(escapeText).join(',')}`);
  if (contact.photo !== undefined) lines.push(`PHOTO:${oneLineUri(contact.photo)}`);
  lines.push('END:VCARD');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
