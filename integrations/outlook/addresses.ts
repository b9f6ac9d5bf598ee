// Outlook prints people as "Prefix: Name <address>; Doe, Jane <jane@x>": `;` between people, names
// unquoted (commas, quotes, even `<b>` inside). Each "Name <address>" gets its name quoted, then the
// shared parser (core/parse/addresses.ts) does the rest.
import type { MailAddress } from '../../core/mail';
import { parseAddressList } from '../../core/parse/addresses';

/** "To: …" / "Von: …" / "De : …": a short leading phrase and colon before anything address-like. */
const PREFIX = /^[^<>@":;,]{1,30}:\s*/;
/** A display name followed by the last `<…@…>` of the text. */
const NAME_AND_ADDRESS = /^([\s\S]*)<([^<>\s]+@[^<>\s]+)>\s*$/;

/** Strips the localized prefix. */
export const withoutPrefix = (text: string): string => text.trim().replace(PREFIX, '');

/** Mailboxes of one `;`-separated piece; a "Name <address>" piece has its whole name quoted first. */
function parsePiece(piece: string): MailAddress[] {
  // Several "Name <address>" in one piece (a comma-separated list): leave it to the parser as it is.
  const several = /<[^<>\s]+@[^<>\s]+>[\s\S]*</.test(piece);
  const m = several ? null : NAME_AND_ADDRESS.exec(piece.trim());
  const name = m?.[1]?.trim() ?? '';
  const quoted = /^".*"$/s.test(name) ? name : `"${name.replace(/["\\]/g, '\\$&')}"`;
  const text = m ? `${name ? quoted : ''} <${m[2] ?? ''}>` : piece;
  return parseAddressList(text)
    .filter((p) => p.valid)
    .map((p) => ({ name: p.name, address: p.address }));
}

/** Valid mailboxes from a recipient line; names without an address cannot be matched and are dropped. */
export function parseRecipientLine(text: string): MailAddress[] {
  return withoutPrefix(text).split(';').flatMap(parsePiece);
}

/** One mailbox from "From: Name <address>" (any prefix, any name), or a bare address. */
export function parseSenderLabel(label: string): MailAddress | null {
  return parsePiece(withoutPrefix(label))[0] ?? null;
}
