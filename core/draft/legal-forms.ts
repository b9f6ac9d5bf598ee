// Company legal forms (ТОВ, ФОП, ООО, LLC, GmbH, …) and the company name written with them, in any quotes.

/** A company mention found in a line; `start`/`end` cover the form, the name and its quotes. */
export interface CompanyMatch {
  name: string;
  legalForm: string;
  /** ФОП / ИП: the "company" is a person's sole proprietorship, and its name is that person's name. */
  soleProprietor: boolean;
  start: number;
  end: number;
}

interface LegalForm {
  canonical: string;
  /** Short forms, matched case-sensitively (АТ must not match "ат"). */
  abbreviations: string[];
  /** Spelled-out forms and Latin abbreviations that people write in any case. */
  anyCase: string[];
  /** Slavic forms come before the name (ТОВ «Ромашка»), Western ones after it (Acme Ltd). */
  before: boolean;
  soleProprietor?: boolean;
}

const FORMS: LegalForm[] = [
  {
    canonical: 'ТОВ',
    abbreviations: ['ТОВ', 'ТзОВ'],
    anyCase: ['Товариство з обмеженою відповідальністю'],
    before: true,
  },
  { canonical: 'ПрАТ', abbreviations: ['ПрАТ'], anyCase: ['Приватне акціонерне товариство'], before: true },
  { canonical: 'ПАТ', abbreviations: ['ПАТ'], anyCase: ['Публічне акціонерне товариство'], before: true },
  { canonical: 'АТ', abbreviations: ['АТ'], anyCase: ['Акціонерне товариство'], before: true },
  { canonical: 'ПП', abbreviations: ['ПП'], anyCase: ['Приватне підприємство'], before: true },
  { canonical: 'ДП', abbreviations: ['ДП'], anyCase: ['Державне підприємство'], before: true },
  { canonical: 'КП', abbreviations: ['КП'], anyCase: ['Комунальне підприємство'], before: true },
  {
    canonical: 'ФОП',
    abbreviations: ['ФОП', 'ФО-П', 'СПД ФО', 'СПД'],
    anyCase: ['Фізична особа-підприємець', 'Фізична особа підприємець'],
    before: true,
    soleProprietor: true,
  },
  {
    canonical: 'ООО',
    abbreviations: ['ООО'],
    anyCase: ['Общество с ограниченной ответственностью'],
    before: true,
  },
  { canonical: 'ОАО', abbreviations: ['ОАО'], anyCase: ['Открытое акционерное общество'], before: true },
  { canonical: 'ЗАО', abbreviations: ['ЗАО'], anyCase: ['Закрытое акционерное общество'], before: true },
  { canonical: 'ПАО', abbreviations: ['ПАО'], anyCase: ['Публичное акционерное общество'], before: true },
  { canonical: 'АО', abbreviations: ['АО'], anyCase: ['Акционерное общество'], before: true },
  { canonical: 'ЧП', abbreviations: ['ЧП'], anyCase: ['Частное предприятие'], before: true },
  {
    canonical: 'ИП',
    abbreviations: ['ИП'],
    anyCase: ['Индивидуальный предприниматель'],
    before: true,
    soleProprietor: true,
  },
  { canonical: 'ТОВ', abbreviations: ['TOV'], anyCase: [], before: true },
  { canonical: 'Co., Ltd', abbreviations: [], anyCase: ['Co., Ltd.', 'Co., Ltd', 'Co. Ltd.'], before: false },
  {
    canonical: 'LLC',
    abbreviations: [],
    anyCase: ['LLC', 'L.L.C.', 'Limited Liability Company'],
    before: false,
  },
  { canonical: 'Ltd', abbreviations: [], anyCase: ['Ltd.', 'Ltd', 'Limited'], before: false },
  { canonical: 'Inc', abbreviations: [], anyCase: ['Inc.', 'Inc', 'Incorporated'], before: false },
  { canonical: 'Corp', abbreviations: [], anyCase: ['Corp.', 'Corp', 'Corporation'], before: false },
  {
    canonical: 'GmbH',
    abbreviations: [],
    anyCase: ['GmbH', 'Gesellschaft mit beschränkter Haftung'],
    before: false,
  },
  { canonical: 'sp. z o.o.', abbreviations: [], anyCase: ['sp. z o.o.', 'sp. z o. o.'], before: false },
  { canonical: 'LLP', abbreviations: [], anyCase: ['LLP'], before: false },
  { canonical: 'PLC', abbreviations: [], anyCase: ['PLC'], before: false },
  { canonical: 'SRL', abbreviations: [], anyCase: ['S.R.L.', 'SRL'], before: false },
  { canonical: 'AG', abbreviations: ['AG'], anyCase: [], before: false },
  { canonical: 'S.A.', abbreviations: ['S.A.', 'SA'], anyCase: [], before: false },
  { canonical: 'BV', abbreviations: ['B.V.', 'BV'], anyCase: [], before: false },
  { canonical: 'OÜ', abbreviations: ['OÜ'], anyCase: [], before: false },
];

function patternFor(spelling: string, flags: string): RegExp {
  const body = escape(spelling)
    .replace(/(?<=[.,]) /gu, '\\s*')
    .replace(/ /gu, '\\s+')
    .replace(/-/gu, '\\s*[-–]\\s*');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, flags);
}

// One cheap pass before the per-form patterns: most lines have no legal form at all.
const ANY_FORM_CASED = new RegExp(
  FORMS.flatMap((f) => f.abbreviations)
    .map(escape)
    .join('|'),
  'u',
);
const ANY_FORM = new RegExp(
  FORMS.flatMap((f) => f.anyCase.map((s) => escape(s.split(/[ .,]/u)[0] ?? s))).join('|'),
  'iu',
);

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

const MATCHERS = FORMS.flatMap((form) => [
  ...form.abbreviations.map((s) => ({ form, re: patternFor(s, 'u') })),
  ...form.anyCase.map((s) => ({ form, re: patternFor(s, 'iu') })),
]);

const QUOTED = /[«„“”"]\s*([^«»„“”"\n]{1,120}?)\s*[»“”"]/gu;
const SEPARATOR = /[,;|(]|\s[-–—]\s|\s(?:at|@|в|у)\s/u;
const CONNECTORS = new Set(['of', 'and', '&', 'the', 'de', 'für', 'und', 'i', 'и', 'і', 'та']);

function leftmostForm(line: string): { form: LegalForm; index: number; end: number } | null {
  if (!ANY_FORM_CASED.test(line) && !ANY_FORM.test(line)) return null;
  let best: { form: LegalForm; index: number; end: number } | null = null;
  for (const { form, re } of MATCHERS) {
    const m = re.exec(line);
    if (m === null) continue;
    const end = m.index + m[0].length;
    if (best === null || m.index < best.index || (m.index === best.index && end > best.end)) {
      best = { form, index: m.index, end };
    }
  }
  return best;
}

function quoteNear(
  line: string,
  from: number,
  to: number,
): { name: string; start: number; end: number } | null {
  for (const m of line.matchAll(QUOTED)) {
    const end = m.index + m[0].length;
    if (m.index >= from && end <= to && (m[1] ?? '').trim() !== '')
      return { name: (m[1] ?? '').trim(), start: m.index, end };
  }
  return null;
}

/** The capitalised words just before `end`: "Head of Sales at Acme Widgets" → "Acme Widgets". */
function nameBefore(line: string, end: number): { name: string; start: number } {
  const before = line.slice(0, end).replace(/[\s,]+$/u, '');
  const words = before.split(' ');
  let taken = 0;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (taken > 0 && /[,;|]$/u.test(word)) break;
    const leftIsCapital = /^[\p{Lu}\p{N}]/u.test(words[i - 1] ?? '');
    if (/^[\p{Lu}\p{N}&+]/u.test(word) || (taken > 0 && CONNECTORS.has(word.toLowerCase()) && leftIsCapital))
      taken++;
    else break;
  }
  const name = words.slice(words.length - taken).join(' ');
  return { name, start: before.length - name.length };
}

/** The words after `start` up to the next separator, at most eight. */
function nameAfter(line: string, start: number): { name: string; end: number } {
  const after = line.slice(start);
  const sep = SEPARATOR.exec(after);
  const chunk = sep === null ? after : after.slice(0, sep.index);
  const name = chunk.trim().split(/\s+/u).slice(0, 8).join(' ');
  return { name, end: start + chunk.length };
}

function clean(name: string): string {
  return name.replace(/^[\s"'«»„“”.,:;-]+|[\s"'«»„“”,:;-]+$/gu, '').trim();
}

/** Finds a company with a legal form in one line: «ТОВ "Ромашка"», "Acme Ltd.", "ФОП Петренко І.І.". */
export function findCompany(line: string): CompanyMatch | null {
  const hit = leftmostForm(line);
  if (hit === null) return null;
  const { form } = hit;
  const quote = form.before
    ? (quoteNear(line, hit.end, line.length) ?? quoteNear(line, 0, hit.index))
    : (quoteNear(line, 0, hit.index) ?? quoteNear(line, hit.end, line.length));
  let name = '';
  let start = hit.index;
  let end = hit.end;
  if (quote !== null) {
    name = quote.name;
    start = Math.min(start, quote.start);
    end = Math.max(end, quote.end);
  } else {
    const after = nameAfter(line, hit.end);
    const before = nameBefore(line, hit.index);
    const useAfter = form.before ? clean(after.name) !== '' : clean(before.name) === '';
    if (useAfter) {
      name = after.name;
      end = after.end;
    } else {
      name = before.name;
      start = before.start;
    }
  }
  name = clean(name);
  if (name === '') return null;
  return { name, legalForm: form.canonical, soleProprietor: form.soleProprietor === true, start, end };
}
