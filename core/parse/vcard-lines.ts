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

/**
 * Unfolds physical lines into logical ones (one property each), keeping the line where each starts. Each logical
 * line's pieces are joined once when it ends: joining as each piece comes copied the whole line again for every
 * one of 100,000 quoted-printable soft breaks.
 */
export function unfoldLines(binary: string): { line: number; text: string }[] {
  const physical = binary.split(/\r\n|\r|\n/);
  const out: { line: number; text: string }[] = [];
  let start = 0;
  let parts: string[] = [];
  /** Whether the current logical line's value is quoted-printable: null until its name and parameters end. */
  let qp: boolean | null = null;
  /** The logical line so far while its ':' has not come (name and parameters folded over lines: rare, short). */
  let head = '';
  const learn = (piece: string) => {
    if (qp !== null) return;
    const colon = piece.indexOf(':');
    if (colon >= 0) {
      const name = head + piece.slice(0, colon);
      qp = name !== '' && /quoted-printable/i.test(name);
    } else if (head.length + piece.length > 4096)
      qp = false; // no property name is this long
    else head += piece;
  };
  const finish = () => {
    if (parts.length > 0) out.push({ line: start, text: parts.join('') });
    parts = [];
  };
  for (let i = 0; i < physical.length; i++) {
    const text = physical[i] ?? '';
    const lastPart = parts[parts.length - 1];
    if (lastPart !== undefined && (text.startsWith(' ') || text.startsWith('\t'))) {
      parts.push(text.slice(1));
      learn(text.slice(1));
      continue;
    }
    if (lastPart !== undefined && qp === true && lastPart.endsWith('=')) {
      // vCard 2.1 quoted-printable: "=" at line end joins the next line, which is not indented.
      parts[parts.length - 1] = lastPart.slice(0, -1);
      parts.push(text);
      continue;
    }
    finish();
    if (text.trim() !== '') {
      start = i + 1;
      parts = [text];
      qp = null;
      head = '';
      learn(text);
    }
  }
  finish();
  return out;
}
