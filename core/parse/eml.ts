// One RFC 5322 message to the metadata Kartka stores: participants, ids, subject, date, flags,
// attachment names and a plain-text snippet. Never throws: anything odd goes into `problems`.
import { parseAddressList, type ParsedAddress } from './addresses.ts';
import { decodeEncodedWords } from './encoded-words.ts';
import { parseMailDate } from './mail-date.ts';
import { headerValues, MAX_HEADER_VALUE, splitHeaders, walkMime, type HeaderList } from './mime.ts';
import { htmlToText, makeSnippet } from './snippet.ts';
import { bytesToBinary } from './transfer-encoding.ts';

/** The metadata of one message. Addresses are lower-cased; names and subject are Unicode. */
export interface EmlHeaders {
  messageId?: string;
  inReplyTo?: string;
  references: string[];
  subject: string;
  from: ParsedAddress[];
  sender?: ParsedAddress;
  replyTo: ParsedAddress[];
  to: ParsedAddress[];
  cc: ParsedAddress[];
  bcc: ParsedAddress[];
  /** Epoch milliseconds, or null when the Date header is missing or not a real date. */
  date: number | null;
  dateText?: string;
  listUnsubscribe: boolean;
  precedence?: string;
  autoSubmitted?: string;
  attachmentNames: string[];
  snippet: string;
  problems: string[];
  /** Why the message could not be read at all (a parser error), when that happened. */
  unreadable?: string;
}

/** Message-ids in a header, without angle brackets, in order. */
export function parseMessageIds(value: string): string[] {
  const bracketed = [...value.matchAll(/<([^<>\s]+)>/g)].map((m) => m[1] ?? '');
  if (bracketed.length > 0) return bracketed.filter((id) => id !== '');
  // Some mailers drop the brackets; whitespace then separates the ids.
  return value.split(/[\s,]+/).filter((id) => id.includes('@'));
}

function addressesOf(headers: HeaderList, name: string, label: string, problems: string[]): ParsedAddress[] {
  const list = headerValues(headers, name).flatMap((v) => parseAddressList(v));
  for (const a of list) if (a.problem !== undefined) problems.push(`${label}: ${a.problem}`);
  return list;
}

const utf8 = new TextEncoder();

function toBinary(input: Uint8Array | string): string {
  const bytes = typeof input === 'string' ? utf8.encode(input) : input;
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  let binary = bytesToBinary(bytes.subarray(start));
  // An mbox envelope line ("From sender date") is not a header.
  if (binary.startsWith('From ')) {
    const nl = binary.indexOf('\n');
    binary = nl < 0 ? '' : binary.slice(nl + 1);
  }
  return binary;
}

function parse(input: Uint8Array | string): EmlHeaders {
  const problems: string[] = [];
  const { headers, body, separated, cut } = splitHeaders(toBinary(input));
  if (headers.length === 0) problems.push('no header fields found; this does not look like an email');
  for (const name of cut)
    problems.push(`the ${name} header is longer than ${MAX_HEADER_VALUE / 1024} KB; only its start was read`);
  if (!separated && body !== '')
    problems.push('no blank line after the headers; the rest was read as the body');
  const first = (name: string): string | undefined => headerValues(headers, name)[0];

  const fromHeaders = headerValues(headers, 'from');
  if (fromHeaders.length === 0) problems.push('no From header');
  if (fromHeaders.length > 1)
    problems.push(`${fromHeaders.length} From headers; kept the senders of all of them`);
  const from = addressesOf(headers, 'from', 'From', problems);
  const result: EmlHeaders = {
    references: parseMessageIds(headerValues(headers, 'references').join(' ')),
    subject: decodeEncodedWords(headerValues(headers, 'subject').join(' ')).replace(/\s+/g, ' ').trim(),
    from,
    replyTo: addressesOf(headers, 'reply-to', 'Reply-To', problems),
    to: addressesOf(headers, 'to', 'To', problems),
    cc: addressesOf(headers, 'cc', 'Cc', problems),
    bcc: addressesOf(headers, 'bcc', 'Bcc', problems),
    date: null,
    listUnsubscribe: first('list-unsubscribe') !== undefined,
    attachmentNames: [],
    snippet: '',
    problems,
  };
  const messageId = parseMessageIds(first('message-id') ?? '')[0] ?? first('message-id')?.trim();
  if (messageId) result.messageId = messageId;
  const inReplyTo = parseMessageIds(first('in-reply-to') ?? '')[0];
  if (inReplyTo !== undefined) result.inReplyTo = inReplyTo;
  const sender = addressesOf(headers, 'sender', 'Sender', problems)[0];
  if (sender) result.sender = sender;
  const precedence = first('precedence')?.trim().toLowerCase();
  if (precedence) result.precedence = precedence;
  const autoSubmitted = first('auto-submitted')?.trim().toLowerCase();
  if (autoSubmitted) result.autoSubmitted = autoSubmitted;

  const dateText = first('date')?.trim();
  if (dateText === undefined || dateText === '') problems.push('no Date header');
  else {
    result.dateText = dateText;
    result.date = parseMailDate(dateText);
    if (result.date === null) problems.push(`Date '${dateText}' is not a valid date`);
  }

  const mime = walkMime(headers, body);
  result.attachmentNames = mime.attachmentNames;
  result.snippet = makeSnippet(mime.html ? htmlToText(mime.text) : mime.text);
  problems.push(...mime.problems);
  return result;
}

/** Parses a message's headers, attachment names and snippet from raw bytes or text; never throws. */
export function parseEmlHeaders(input: Uint8Array | string): EmlHeaders {
  try {
    return parse(input);
  } catch (error) {
    // A parser bug must not stop an import of thousands of messages; report it on this one.
    const reason = error instanceof Error ? error.message : String(error);
    return {
      references: [],
      subject: '',
      from: [],
      replyTo: [],
      to: [],
      cc: [],
      bcc: [],
      date: null,
      listUnsubscribe: false,
      attachmentNames: [],
      snippet: '',
      problems: [`could not read this message: ${reason}`],
      unreadable: reason,
    };
  }
}
