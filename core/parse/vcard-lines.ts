// vCard content lines (RFC 6350 section 3.2; vCard 2.1 quoted-printable soft breaks): folding for the writer,
// unfolding for the reader.

const utf8 = new TextEncoder();

/** Folds one content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8.encode(ch).length;
    // Continuation lines start with a space, which counts toward their 75 octets.
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** Unfolds physical lines into logical ones (one property each), keeping the line where each starts. */
export function unfoldLines(binary: string): { line: number; text: string }[] {
  const physical = binary.split(/\r\n|\r|\n/);
  const out: { line: number; text: string }[] = [];
  for (let i = 0; i < physical.length; i++) {
    const text = physical[i] ?? '';
    const last = out[out.length - 1];
    if (last && (text.startsWith(' ') || text.startsWith('\t'))) {
      last.text += text.slice(1);
      continue;
    }
    if (last && isQpSoftBreak(last.text)) {
      // vCard 2.1 quoted-printable: "=" at line end joins the next line, which is not indented.
      last.text = last.text.slice(0, -1) + text;
      continue;
    }
    if (text.trim() !== '') out.push({ line: i + 1, text });
  }
  return out;
}

function isQpSoftBreak(text: string): boolean {
  if (!text.endsWith('=')) return false;
  const colon = text.indexOf(':');
  return colon > 0 && /quoted-printable/i.test(text.slice(0, colon));
}
