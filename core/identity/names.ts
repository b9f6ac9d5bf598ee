// Do two names name the same person? Words are compared by role (given, family, patronymic) after folding
// scripts and transliterations together (core/search's foldWord), with short forms (Ваня = Іван) and
// patronymics in either language (Іванівна = Ивановна). A contradiction in any role is a conflict; a name
// that is only an address or a phone number tells nothing.
import { familyNameStrength, isGivenName, parsePersonName } from '../draft/names';
import { foldWord } from '../search';
import { GIVEN_NAME_GROUPS } from './given-names';

/** The name fields of a person, as stored or as read from a file. */
export interface NameFacts {
  displayName?: string;
  givenName?: string;
  familyName?: string;
  patronymic?: string;
}

/** agree: no role contradicts and at least one agrees; conflict: some role differs; unknown: too little to tell. */
export type NameAgreement = 'agree' | 'unknown' | 'conflict';

interface Comparable {
  given?: string;
  family?: string;
  patronymic?: string;
  /** A lone word that is neither a known given name nor shaped like a family name (a nickname, "Бос"). */
  loose?: string;
}

const GROUPS = new Map<string, number[]>();
GIVEN_NAME_GROUPS.forEach((line, group) => {
  for (const word of line.split(' ')) {
    const key = foldWord(word);
    const groups = GROUPS.get(key);
    if (!groups) GROUPS.set(key, [group]);
    else if (!groups.includes(group)) groups.push(group);
  }
});

/** Folded; ie/io as e/o, so the Ukrainian and Russian spellings of a family name meet (Кузнєцов, Кузнецов). */
function fold(word: string): string {
  return foldWord(word).replace(/i([eo])/gu, '$1');
}

function words(text: string): string[] {
  return text.split(/[\s,]+/u).filter((w) => w !== '');
}

/** An initial is one letter, with or without its dot ("О.", "O"). */
function initialOf(text: string): string | undefined {
  const t = text.trim().replace(/\.$/u, '');
  return /^\p{L}$/u.test(t) ? foldWord(t) : undefined;
}

/** An initial agrees with any word it begins ("О." and Олена, "O" and Olena). */
function initialsAgree(a: string, b: string): boolean | undefined {
  const ia = initialOf(a);
  const ib = initialOf(b);
  if (ia !== undefined && ib !== undefined) return ia === ib;
  if (ia !== undefined) return foldWord(b).startsWith(ia);
  if (ib !== undefined) return foldWord(a).startsWith(ib);
  return undefined;
}

function givenCompatible(a: string, b: string): boolean {
  const byInitial = initialsAgree(a, b);
  if (byInitial !== undefined) return byInitial;
  const fa = foldWord(a);
  const fb = foldWord(b);
  if (fa === fb) return true;
  const ga = GROUPS.get(fa);
  const gb = GROUPS.get(fb);
  return ga !== undefined && gb !== undefined && ga.some((g) => gb.includes(g));
}

const PATRONYMIC_SUFFIX = /(?:ovich|evich|ich|ivna|ovna|evna|ichna|inichna)$/u;

/** The given names a patronymic is made from: Петрович → Петро/Петр, Андрійович and Андреевич → Андрій. */
function patronymicRoots(word: string): string[] {
  const root = foldWord(word).replace(PATRONYMIC_SUFFIX, '');
  return [root, `${root}i`, `${root}ei`, `${root}o`, root.replace(/i$/u, '')];
}

function patronymicCompatible(a: string, b: string): boolean {
  const byInitial = initialsAgree(a, b);
  if (byInitial !== undefined) return byInitial;
  const ra = patronymicRoots(a);
  const rb = patronymicRoots(b);
  if (ra[0] === rb[0]) return true;
  const groups = (roots: string[]) => new Set(roots.flatMap((r) => GROUPS.get(r) ?? []));
  const gb = groups(rb);
  return [...groups(ra)].some((g) => gb.has(g));
}

/** True for a display name that only repeats an address or a phone number (made up when logging mail). */
function isPlaceholder(name: string): boolean {
  return name.includes('@') || /^[\d\s()+\-./]+$/u.test(name);
}

function comparable(n: NameFacts): Comparable | null {
  const parts: Comparable = {};
  if (n.givenName?.trim() || n.familyName?.trim()) {
    if (n.givenName?.trim()) parts.given = n.givenName.trim();
    if (n.familyName?.trim()) parts.family = n.familyName.trim();
    if (n.patronymic?.trim()) parts.patronymic = n.patronymic.trim();
    return parts;
  }
  const display = n.displayName?.trim() ?? '';
  if (display === '' || isPlaceholder(display)) return null;
  const parsed = parsePersonName(display);
  if (parsed === null) return null;
  if (!display.includes(' ') && !isGivenName(display)) {
    // One word: a family name by its ending (Шевченко), else nothing we can place.
    return familyNameStrength(display) > 0 ? { family: display } : { loose: display };
  }
  if (parsed.givenName !== undefined) parts.given = parsed.givenName;
  if (parsed.familyName !== undefined) parts.family = parsed.familyName;
  if (parsed.patronymic !== undefined) parts.patronymic = parsed.patronymic;
  return parts;
}

/** Two spellings of one family name (all its words: a double name must match as a whole). */
function familyCompatible(a: string, b: string): boolean {
  const fa = words(a).map(fold);
  const fb = words(b).map(fold);
  return fa.length === fb.length && fa.every((w, i) => w === fb[i]);
}

/**
 * Compares two names role by role. Олена Коваль, Коваль Олена, Olena Koval, Елена Коваль and О. Коваль agree;
 * Іван Петрович and Иван agree; Андрій Шевченко and Тарас Шевченко conflict; an address as a name is unknown.
 */
export function compareNames(a: NameFacts, b: NameFacts): NameAgreement {
  const x = comparable(a);
  const y = comparable(b);
  if (x === null || y === null) return 'unknown';
  const loose = x.loose ?? y.loose;
  if (loose !== undefined) {
    // A nickname agrees when it is the other's given or family name, and otherwise tells nothing.
    const other = x.loose === undefined ? x : y;
    const hit =
      (other.given !== undefined && givenCompatible(loose, other.given)) ||
      (other.family !== undefined && familyCompatible(loose, other.family)) ||
      (other.loose !== undefined && fold(loose) === fold(other.loose));
    return hit ? 'agree' : 'unknown';
  }
  let agreeing = 0;
  const roles: [string | undefined, string | undefined, (p: string, q: string) => boolean][] = [
    [x.family, y.family, familyCompatible],
    [x.given, y.given, givenCompatible],
    [x.patronymic, y.patronymic, patronymicCompatible],
  ];
  for (const [p, q, same] of roles) {
    if (p === undefined || q === undefined) continue;
    if (!same(p, q)) return 'conflict';
    agreeing++;
  }
  return agreeing > 0 ? 'agree' : 'unknown';
}

/** True when both names have a given and a family name and they agree: a namesake worth a second look. */
export function fullNamesAgree(a: NameFacts, b: NameFacts): boolean {
  const x = comparable(a);
  const y = comparable(b);
  return (
    x?.given !== undefined &&
    x.family !== undefined &&
    y?.given !== undefined &&
    y.family !== undefined &&
    compareNames(a, b) === 'agree'
  );
}
