// vCard 2.1 / 3.0 / 4.0 import: Outlook, Gmail, iPhone, Android and Thunderbird exports, including
// 2.1 quoted-printable values in windows-1251. Bad lines become problems; the other cards survive.
import { importNote, type ImportBecause } from '../import-reason.ts';
import { decodeBytes, detectEncoding, isValidUtf8, utf8Shape } from './charset.ts';
import { binaryToBytes, bytesToBinary, decodeQuotedPrintable } from './transfer-encoding.ts';
import type { VCardAddress, VCardContact } from './vcard-contact.ts';
import { unfoldLines } from './vcard-lines.ts';
import { parseBirthday, splitUnescaped, unescapeText } from './vcard-values.ts';

export interface VCardProblem {
  line: number;
  reason: string;
  /** The same reason as a code and figures (without the line, which `line` holds). */
  because?: ImportBecause;
}

interface Property {
  line: number;
  group: string;
  name: string;
  params: { types: string[]; encoding: string; charset: string | undefined; mediatype: string | undefined };
  raw: string; // binary string (one char per byte) before charset decoding
}

const PHOTO_LIMIT = 32 * 1024;

function parseProperty(line: number, text: string): Property | null {
  const colon = findValueColon(text);
  if (colon < 0) return null;
  const [head = '', ...paramParts] = splitUnescaped(text.slice(0, colon), ';');
  const dot = head.lastIndexOf('.');
  const params: Property['params'] = { types: [], encoding: '', charset: undefined, mediatype: undefined };
  for (const part of paramParts) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? '' : part.slice(0, eq)).trim().toUpperCase();
    const value = (eq < 0 ? part : part.slice(eq + 1)).trim().replace(/^"|"$/g, '');
    if (key === 'TYPE' || key === '') {
      // 2.1 bare params: WORK, PREF, QUOTED-PRINTABLE, BASE64 ...
      for (const t of value.split(',')) {
        const v = t.trim().toLowerCase();
        if (v === 'quoted-printable' || v === 'base64' || v === 'b') params.encoding = v;
        else if (v !== '') params.types.push(v);
      }
    } else if (key === 'ENCODING') params.encoding = value.toLowerCase();
    else if (key === 'CHARSET') params.charset = value;
    else if (key === 'PREF') params.types.push('pref');
    else if (key === 'MEDIATYPE') params.mediatype = value;
  }
  return {
    line,
    group: dot < 0 ? '' : head.slice(0, dot).toLowerCase(),
    name: (dot < 0 ? head : head.slice(dot + 1)).trim().toUpperCase(),
    params,
    raw: text.slice(colon + 1),
  };
}

// The first ':' outside a quoted parameter value.
function findValueColon(text: string): number {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '"') quoted = !quoted;
    else if (text[i] === ':' && !quoted) return i;
  }
  return -1;
}

const lenientUtf8 = new TextDecoder();

function valueText(p: Property, fileEncoding: string): string {
  const qp = p.params.encoding === 'quoted-printable';
  const bytes = qp ? decodeQuotedPrintable(p.raw) : binaryToBytes(p.raw);
  // A file read as UTF-8 keeps its plain values UTF-8 (a stray byte shows as �) rather than guessing a code page
  // for one short value; quoted-printable values may hide a code page the file's text does not show.
  if (!qp && p.params.charset === undefined && fileEncoding === 'utf-8') return lenientUtf8.decode(bytes);
  return decodeBytes(bytes, p.params.charset ?? fileEncoding).text;
}

const clean = (s: string | undefined): string => unescapeText(s ?? '').trim();

function setIf<K extends keyof VCardContact>(card: VCardContact, key: K, value: VCardContact[K] | ''): void {
  if (value !== '' && value !== undefined) card[key] = value;
}

function photoOf(p: Property, value: string): string | undefined {
  if (p.params.encoding === 'b' || p.params.encoding === 'base64') {
    const base64 = value.replace(/\s+/g, '');
    if ((base64.length * 3) / 4 > PHOTO_LIMIT) return undefined;
    const type = (p.params.types.find((t) => /^(jpeg|jpg|png|gif|image\/)/.test(t)) ?? 'jpeg').replace(
      /^image\//,
      '',
    );
    return `data:image/${type === 'jpg' ? 'jpeg' : type};base64,${base64}`;
  }
  if (/^data:image\/[a-z+.-]+;base64,/i.test(value) && value.length < PHOTO_LIMIT * 1.4) return value;
  return undefined;
}

function applyProperty(card: VCardContact, p: Property, value: string, problems: VCardProblem[]): void {
  const types = p.params.types.filter((t) => t !== 'internet' && t !== 'x400');
  switch (p.name) {
    case 'FN':
      card.fullName = clean(value);
      break;
    case 'N': {
      const [family, given, middle, prefix, suffix] = splitUnescaped(value, ';').map((s) =>
        splitUnescaped(s, ',').map(clean).filter(Boolean).join(' '),
      );
      setIf(card, 'familyName', family);
      setIf(card, 'givenName', given);
      setIf(card, 'middleName', middle);
      setIf(card, 'prefix', prefix);
      setIf(card, 'suffix', suffix);
      break;
    }
    case 'EMAIL':
      if (clean(value) !== '') card.emails.push({ value: clean(value).replace(/^mailto:/i, ''), types });
      break;
    case 'TEL':
      if (clean(value) !== '') card.phones.push({ value: clean(value).replace(/^tel:/i, ''), types });
      break;
    case 'ORG': {
      const [org, ...units] = splitUnescaped(value, ';').map(clean);
      setIf(card, 'org', org);
      setIf(card, 'orgUnit', units.filter(Boolean).join(', '));
      break;
    }
    case 'TITLE':
    case 'ROLE':
    case 'NOTE':
      setIf(card, p.name === 'TITLE' ? 'title' : p.name === 'ROLE' ? 'role' : 'note', clean(value));
      break;
    case 'BDAY': {
      const birthday = parseBirthday(clean(value));
      if (birthday) card.birthday = birthday;
      else if (clean(value) !== '')
        problems.push({
          line: p.line,
          ...importNote(`BDAY '${clean(value)}' is not a date`, 'vcard.birthday', { value: clean(value) }),
        });
      break;
    }
    case 'URL':
      if (clean(value) !== '') card.urls.push(clean(value));
      break;
    case 'ADR': {
      const [, , street, city, region, postcode, country] = splitUnescaped(value, ';').map(clean);
      const adr: VCardAddress = { types };
      if (street) adr.street = street;
      if (city) adr.city = city;
      if (region) adr.region = region;
      if (postcode) adr.postcode = postcode;
      if (country) adr.country = country;
      if (Object.keys(adr).length > 1) card.addresses.push(adr);
      break;
    }
    case 'CATEGORIES':
      card.categories.push(...splitUnescaped(value, ',').map(clean).filter(Boolean));
      break;
    case 'PHOTO': {
      const photo = photoOf(p, value);
      if (photo !== undefined && card.photo === undefined) card.photo = photo;
      break;
    }
  }
}

function newCard(line: number): VCardContact {
  return { line, fullName: '', emails: [], phones: [], urls: [], addresses: [], categories: [] };
}

// Apple puts labels on grouped properties: item1.EMAIL + item1.X-ABLabel:_$!<Work>!$_
function applyLabels(card: VCardContact, props: Property[], labels: Map<string, string>): void {
  for (const p of props) {
    const label = labels.get(p.group);
    if (label === undefined) continue;
    const list = p.name === 'EMAIL' ? card.emails : p.name === 'TEL' ? card.phones : [];
    const item = list.find((e) => e.value === clean(p.raw).replace(/^(mailto|tel):/i, ''));
    if (item && !item.types.includes(label)) item.types.push(label);
  }
}

function finishCard(card: VCardContact): VCardContact {
  if (card.fullName === '') {
    card.fullName =
      [card.prefix, card.givenName, card.middleName, card.familyName, card.suffix]
        .filter(Boolean)
        .join(' ') ||
      card.org ||
      card.emails[0]?.value ||
      '';
  }
  return card;
}

/** Parses every card in a .vcf file (text, or bytes in UTF-8/UTF-16/windows-1251/KOI8-R). */
export function parseVCards(input: string | Uint8Array): { cards: VCardContact[]; problems: VCardProblem[] } {
  let bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  let fileEncoding = typeof input === 'string' ? 'utf-8' : detectEncoding(bytes);
  if (fileEncoding.startsWith('utf-16')) {
    bytes = new TextEncoder().encode(decodeBytes(bytes).text);
    fileEncoding = 'utf-8';
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  const cards: VCardContact[] = [];
  const problems: VCardProblem[] = [];
  if (fileEncoding === 'utf-8' && !isValidUtf8(bytes))
    for (const line of utf8Shape(bytes).invalidLines)
      problems.push({
        line,
        ...importNote(
          `Line ${line}: a byte here is not valid UTF-8 and shows as �; the rest of the file is UTF-8 and was read as such`,
          'file.badBytes',
        ),
      });
  let card: VCardContact | null = null;
  let props: Property[] = [];
  let labels = new Map<string, string>();
  let nested = 0;
  for (const { line, text } of unfoldLines(bytesToBinary(bytes))) {
    const p = parseProperty(line, text);
    if (!p) {
      problems.push({
        line,
        ...importNote(
          `Line ${line}: '${text.slice(0, 40)}' is not a vCard property (no ':')`,
          'vcard.noColon',
          {
            value: text.slice(0, 40),
          },
        ),
      });
      continue;
    }
    const value =
      p.name === 'PHOTO' || p.name === 'LOGO' || p.name === 'SOUND' ? p.raw : valueText(p, fileEncoding);
    if (p.name === 'BEGIN' && value.trim().toUpperCase() === 'VCARD') {
      if (card)
        nested++; // a 2.1 AGENT card embedded in this one
      else card = newCard(line);
      continue;
    }
    if (p.name === 'END' && value.trim().toUpperCase() === 'VCARD') {
      if (nested > 0) nested--;
      else if (card) {
        applyLabels(card, props, labels);
        cards.push(finishCard(card));
        card = null;
        props = [];
        labels = new Map();
      } else
        problems.push({
          line,
          ...importNote(`Line ${line}: END:VCARD without a BEGIN:VCARD`, 'vcard.endWithoutBegin'),
        });
      continue;
    }
    if (nested > 0) continue;
    if (!card) {
      problems.push({
        line,
        ...importNote(`Line ${line}: ${p.name} is outside any BEGIN:VCARD ... END:VCARD`, 'vcard.outside', {
          name: p.name,
        }),
      });
      continue;
    }
    if (p.name === 'X-ABLABEL')
      labels.set(
        p.group,
        clean(value)
          .replace(/^_\$!<(.*)>!\$_$/, '$1')
          .toLowerCase(),
      );
    props.push(p);
    applyProperty(card, p, value, problems);
  }
  if (card) {
    problems.push({
      line: card.line,
      ...importNote(
        `Line ${card.line}: the card has no END:VCARD; read it to the end of the file`,
        'vcard.noEnd',
      ),
    });
    applyLabels(card, props, labels);
    cards.push(finishCard(card));
  }
  problems.sort((a, b) => a.line - b.line);
  return { cards, problems };
}
