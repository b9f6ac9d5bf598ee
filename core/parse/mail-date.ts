// RFC 5322 dates as mailers really write them: obsolete zone names, two-digit years, missing
// seconds or weekday, trailing "(MSK)" comments, plus asctime and ISO forms seen in mbox files.

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Offsets in minutes. RFC 5322 obsolete zones plus names common in Eastern European mail.
const ZONES: Record<string, number> = {
  ut: 0,
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  bst: 60,
  cet: 60,
  cest: 120,
  met: 60,
  mest: 120,
  eet: 120,
  eest: 180,
  msk: 180,
  msd: 240,
  jst: 540,
  kst: 540,
  hkt: 480,
  sgt: 480,
  aest: 600,
  aedt: 660,
};

function zoneOffset(zone: string | undefined): number | null {
  if (zone === undefined || zone === '') return 0; // no zone: assume UTC, as RFC 5322 says for -0000
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  if (m) {
    const minutes = Number(m[2]) * 60 + Number(m[3]);
    if (minutes > 18 * 60) return null;
    return m[1] === '-' ? -minutes : minutes;
  }
  return ZONES[zone.toLowerCase()] ?? 0; // an unknown zone name is treated as UTC, not as a bad date
}

function fullYear(y: string): number {
  const n = Number(y);
  if (y.length === 2) return n < 50 ? 2000 + n : 1900 + n;
  if (y.length === 3) return 1900 + n;
  return n;
}

function build(
  year: number,
  monthIndex: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  offset: number | null,
): number | null {
  if (offset === null || monthIndex < 0 || monthIndex > 11) return null;
  if (year < 1900 || year > 2200 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60)
    return null;
  const ms = Date.UTC(year, monthIndex, day, hour, minute, Math.min(second, 59)) - offset * 60_000;
  // Date.UTC rolls 31 Feb into March; a date that rolled over is not a real date.
  if (new Date(ms + offset * 60_000).getUTCDate() !== day) return null;
  return ms;
}

/** Parses an email Date header to epoch milliseconds, or null when it is not a real date. */
export function parseMailDate(text: string): number | null {
  const t = text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // RFC 5322: [Mon,] 2 May 2005 16:07:05 -0600
  let m =
    /^(?:[a-z]{2,9},? ?)?(\d{1,2})[ -]([a-z]{3})[a-z]*\.?[ -](\d{2,4}),? (\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)? ?([+-]\d{2}:?\d{2}|[a-z]{1,5})?/i.exec(
      t,
    );
  if (m) {
    return build(
      fullYear(m[3] ?? ''),
      MONTHS.indexOf((m[2] ?? '').toLowerCase()),
      Number(m[1]),
      Number(m[4]),
      Number(m[5]),
      Number(m[6] ?? 0),
      zoneOffset(m[7]),
    );
  }
  // asctime, as on mbox "From " lines: Mon Jan  1 00:00:00 [+0000] 2024
  m =
    /^(?:[a-z]{3} )?([a-z]{3}) (\d{1,2}) (\d{1,2}):(\d{2})(?::(\d{2}))? (?:([+-]\d{4}|[a-z]{1,5}) )?(\d{4})/i.exec(
      t,
    );
  if (m) {
    return build(
      Number(m[7]),
      MONTHS.indexOf((m[1] ?? '').toLowerCase()),
      Number(m[2]),
      Number(m[3]),
      Number(m[4]),
      Number(m[5] ?? 0),
      zoneOffset(m[6]),
    );
  }
  // ISO 8601: 2024-03-15T10:00:00Z or 2024-03-15 10:00:00 +0300
  m = /^(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)? ?(z|[+-]\d{2}:?\d{2})?$/i.exec(t);
  if (m) {
    return build(
      Number(m[1]),
      Number(m[2]) - 1,
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
      Number(m[6] ?? 0),
      zoneOffset(m[7]),
    );
  }
  return null;
}
