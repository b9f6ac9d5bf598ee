// Detecting text that was decoded with the wrong charset, so an import can flag it instead of
// storing "РџСЂРёРІРµС‚" as a client's name.

// UTF-8 lead byte D0/D1 (Cyrillic) or C2/C3 (Latin-1) read as latin1/cp1252, then a continuation byte.
const UTF8_AS_LATIN =
  /[ÐÑÂÃ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]/;
// The same bytes read as windows-1251: "Р°", "СЃ", "вЂ" ... Two pairs in a row are required, since
// one pair can be real Ukrainian ("Рівне" starts with "Рі").
const PAIR_1251 = '[РС][\u0080-\u00bf\u0401-\u040f\u0451-\u045f\u0490\u0491\u2013-\u203a\u20ac\u2116\u2122]';
const UTF8_AS_1251 = new RegExp(`(?:${PAIR_1251}){2}|вЂ`);
// UTF-8 read as KOI8-R turns Cyrillic into box-drawing pairs: "п÷я─".
const UTF8_AS_KOI8 = /[пя][\u2500-\u259f\u00f7\u2320\u2321\u2248\u2264\u2265\u00b0\u00b2\u00b7]/;

/** Describes why text looks garbled, or returns null when it looks like real text. */
export function findMojibake(text: string): string | null {
  if (text.includes('\ufffd')) return 'contains U+FFFD replacement characters';
  const m = UTF8_AS_LATIN.exec(text) ?? UTF8_AS_1251.exec(text) ?? UTF8_AS_KOI8.exec(text);
  return m ? `contains '${m[0]}', typical of UTF-8 decoded with the wrong charset` : null;
}
