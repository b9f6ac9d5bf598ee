// Person names in Cyrillic or Latin, in either order, with patronymics, initials, apostrophes and hyphens.
// A built-in list of common given names (uk/ru/en and their transliterations) decides the order.

/** A name split into parts; `score` says how sure we are that the text is a person's name at all. */
export interface PersonName {
  fullName: string;
  givenName?: string;
  familyName?: string;
  patronymic?: string;
  score: number;
}

const GIVEN_NAME_DATA = [
  // Ukrainian, male
  'андрій антон артем богдан борис вадим валентин валерій василь віктор віталій владислав володимир всеволод',
  'геннадій георгій григорій данило денис дмитро євген єгор захар іван ігор ілля кирило костянтин леонід максим',
  'марко матвій микола михайло назар олег олександр олексій остап павло петро роман ростислав руслан сергій',
  'святослав станіслав степан тарас тимофій тимур федір юрій ярослав яків анатолій аркадій орест зиновій',
  "любомир мирослав в'ячеслав едуард артур давид олесь семен ілько стефан филип пилип нестор устим",
  // Ukrainian, female
  'аліна алла анастасія ангеліна анна антоніна валентина валерія вероніка віра вікторія галина ганна дарина',
  'діана євгенія єлизавета жанна зоя ірина карина катерина кристина лариса леся лілія людмила любов маргарита',
  "марина марія мар'яна мирослава наталія наталя надія оксана олександра олена ольга поліна раїса світлана",
  'софія соломія тамара тетяна уляна христина юлія яна ярослава інна ніна лідія роксолана богдана василина',
  'злата зоряна орися стефанія таїсія емілія ілона олеся',
  // Russian, male
  'александр алексей анатолий андрей аркадий артем борис василий виктор виталий владимир вячеслав геннадий',
  'георгий глеб григорий даниил дмитрий евгений егор игорь илья кирилл константин лев леонид матвей михаил',
  'никита николай павел петр семен станислав тимофей федор юрий яков эдуард арсений ефим савва филипп',
  'эльдар рустам валерий',
  // Russian, female
  'алевтина алена алиса анастасия антонина варвара вера виктория дарья евгения екатерина елена елизавета',
  'зинаида кира клавдия ксения лидия любовь мария милана надежда наталья наталия софья татьяна ульяна юлия',
  'эльвира таисия майя василиса снежана регина',
  // Short forms used in signatures
  'саша дима женя таня оля юля наташа катя маша настя света лена ира сережа сергей вова коля миша',
  // English and international
  'james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony',
  'mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan',
  'jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank',
  'patrick raymond jack dennis jerry tyler aaron jose adam nathan henry peter zachary douglas harold kyle noah',
  'ethan oliver liam lucas leo max martin tom tim sam alex chris mike dan ben nick steve greg bob bill jim joe',
  'tony luke hugo felix jan lars anders hans klaus stefan markus pierre jean luc marco luca carlos juan pablo',
  'diego mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret',
  'sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon',
  'laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine',
  'rachel carolyn janet catherine maria heather diane julie joyce victoria kelly christina joan evelyn lauren',
  'judith olivia megan martha andrea cheryl hannah jacqueline ann alice julia grace sophie sophia charlotte',
  'amelia isabella mia chloe lucy kate jane claire eva sara monika agnieszka katarzyna anja piotr tomasz',
  // Ukrainian and Russian names in Latin letters
  'ivan oleksandr olexandr oleksii oleksiy alexey aleksey alexei andrii andriy andrey anton artem bohdan bogdan',
  'borys boris vadym vadim vasyl vasily viktor victor vitalii vitaliy vladyslav vladislav volodymyr vladimir',
  'dmytro dmitry dmitriy yevhen yevgeny evgeny eugene ihor igor illia ilya kyrylo kirill kostiantyn konstantin',
  'maksym maxim mykola nikolay mykhailo mikhail nazar oleh oleg pavlo pavel petro roman ruslan serhii serhiy',
  'sergey sergei stanislav taras yurii yuriy yuri yaroslav denys denis danylo daniil yehor egor ostap orest',
  'fedir fedor hennadii gennady valerii valery anatolii anatoly leonid vyacheslav viacheslav nikita timur',
  'stepan semen semyon olena elena olga olha iryna irina natalia nataliya natalya tetiana tetyana tatiana',
  'tatyana svitlana svetlana yulia yuliia oksana kateryna ekaterina yekaterina anastasiia anastasia mariia',
  'mariana maryana marina maryna halyna galina lyudmyla liudmyla lyudmila ludmila viktoriia viktoria alina',
  'alla inna nina larysa larisa liliia lilia khrystyna kristina uliana ulyana yana daria daryna sofiia sofia',
  'solomiia valentyna valentina nadiia nadia nadezhda lesia lesya ksenia kseniia polina vira vera zoryana',
  'roksolana oleksandra alexandra aleksandra yevheniia evgenia veronika karyna karina hanna ganna diana',
  'tamara raisa zoya',
];

/** Lower-case, one apostrophe, ё as е: the key names are compared by. */
export function nameKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/[’ʼ`ʹ′]/gu, "'")
    .replace(/ё/gu, 'е');
}

const GIVEN_NAMES: ReadonlySet<string> = new Set(GIVEN_NAME_DATA.flatMap((line) => line.split(' ')));

/** True for a common given name (or the first part of a hyphenated one: Анна-Марія). */
export function isGivenName(word: string): boolean {
  const key = nameKey(word);
  return GIVEN_NAMES.has(key) || GIVEN_NAMES.has(key.split('-')[0] ?? '');
}

const PATRONYMIC =
  /(?:ович|евич|євич|йович|івна|ївна|овна|евна|ична|ovych|evych|ovich|evich|ivna|yivna|ovna|evna|ichna|ychna)$/u;
const SHORT_PATRONYMIC = /^\p{L}{3,}ич$/u; // Ильич, Кузьмич, Лукич

/** True when the word has a patronymic ending (-ович, -івна, -овна; also -ич unless `strict`: Ильич, Кузьмич). */
export function looksLikePatronymic(word: string, strict = false): boolean {
  const key = nameKey(word);
  return !isGivenName(word) && (PATRONYMIC.test(key) || (!strict && SHORT_PATRONYMIC.test(key)));
}

// Endings that almost only family names have, and endings that some given names share (Марина, Ярина).
const FAMILY_STRONG =
  /(?:енко|єнко|ук|юк|чук|ський|цький|зький|ська|цька|зька|ов|ев|єв|ян|дзе|швілі|швили|enko|chuk|uk|iuk|yuk|ov|ev|sky|skyi|skiy|ski|ska|yan|ian|dze|shvili|son|sen)$/u;
const FAMILY_WEAK = /(?:ова|ева|єва|ін|ина|іна|ин|ын|ына|ova|eva|in|ina)$/u;

/** 2 for a typical family-name ending (-енко, -чук, -ський, -ов, -sky, -son), 1 for a weaker one (-ова, -ина), else 0. */
export function familyNameStrength(word: string): number {
  if (isGivenName(word)) return 0;
  const key = nameKey(word);
  return FAMILY_STRONG.test(key) ? 2 : FAMILY_WEAK.test(key) ? 1 : 0;
}

const HONORIFIC = /^(?:mr|mrs|ms|miss|dr|prof|sir|пан|пані|г-н|г-жа|д-р|господин|госпожа)\.?\s+/iu;

type Shape = 'word' | 'caps' | 'initials' | 'particle';

const WORD = /^\p{Lu}[\p{L}'’ʼ]*\p{Ll}(?:-\p{Lu}[\p{L}'’ʼ]*\p{Ll})*$/u;
const CAPS = /^\p{Lu}[\p{Lu}'’ʼ]*\p{Lu}(?:-\p{Lu}[\p{Lu}'’ʼ]*\p{Lu})*$/u;
const INITIALS = /^(?:\p{Lu}\.){1,2}$/u;
const PARTICLES = new Set([
  'van',
  'von',
  'de',
  'der',
  'den',
  'da',
  'di',
  'du',
  'del',
  'della',
  'la',
  'le',
  'ibn',
  'bin',
  'al',
]);

// Capitalised words that head signature lines but are never names.
const NOT_NAMES = new Set(
  (
    'україна ukraine україни росія россия russia польща poland germany team office group company компанія компания ' +
    'відділ отдел department support служба підтримка поддержка contact contacts контакти контакты сайт website ' +
    'email mail phone телефон адреса адрес address sales marketing dear hello hi thanks regards best hr it ' +
    'monday tuesday wednesday thursday friday saturday sunday понеділок вівторок середа четвер пятниця понедельник ' +
    'вторник среда четверг пятница субота суббота неділя воскресенье'
  ).split(' '),
);

function shapeOf(token: string): Shape | null {
  if (INITIALS.test(token)) return 'initials';
  if (PARTICLES.has(token)) return 'particle';
  if (NOT_NAMES.has(nameKey(token))) return null;
  if (CAPS.test(token)) return 'caps';
  if (WORD.test(token)) return 'word';
  return null;
}

function titleCase(token: string): string {
  return token
    .toLowerCase()
    .split('-')
    .map((part) => (part[0] ?? '').toUpperCase() + part.slice(1))
    .join('-');
}

/** "О." "В." → "О.В."; a lone capital with a dot is an initial too. */
function mergeInitials(tokens: string[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      INITIALS.test(last) &&
      INITIALS.test(token) &&
      last.length + token.length <= 4
    ) {
      out[out.length - 1] = last + token;
    } else out.push(token);
  }
  return out;
}

function scriptOf(token: string): 'cyrillic' | 'latin' | 'mixed' {
  const cyr = /\p{Script=Cyrillic}/u.test(token);
  const lat = /\p{Script=Latin}/u.test(token);
  return cyr && lat ? 'mixed' : cyr ? 'cyrillic' : 'latin';
}

type Parts = Omit<PersonName, 'fullName' | 'score'>;

function withInitials(family: string, initials: string): Parts {
  const [given, patronymic] = initials.split('.').filter((s) => s !== '');
  const parts: Parts = { familyName: family };
  if (given !== undefined) parts.givenName = `${given}.`;
  if (patronymic !== undefined) parts.patronymic = `${patronymic}.`;
  return parts;
}

function twoWords(a: string, b: string, capsA: boolean, capsB: boolean): Parts {
  if (isGivenName(a) && looksLikePatronymic(b, true)) return { givenName: a, patronymic: b };
  if (capsA !== capsB) return capsA ? { familyName: a, givenName: b } : { givenName: a, familyName: b };
  const ga = isGivenName(a);
  const gb = isGivenName(b);
  if (ga !== gb) return ga ? { givenName: a, familyName: b } : { familyName: a, givenName: b };
  if (familyNameStrength(a) > familyNameStrength(b)) return { familyName: a, givenName: b };
  return { givenName: a, familyName: b };
}

function threeWords(t: string[], shapes: Shape[], caps: boolean[]): Parts | null {
  const [a = '', b = '', c = ''] = t;
  if (shapes[1] === 'initials') return { givenName: a, familyName: c };
  if (shapes[1] === 'particle') return { givenName: a, familyName: `${b} ${c}` };
  if (looksLikePatronymic(c)) return { familyName: a, givenName: b, patronymic: c };
  if (looksLikePatronymic(b)) return { givenName: a, patronymic: b, familyName: c };
  const capsAt = caps.indexOf(true);
  if (capsAt >= 0 && caps.filter(Boolean).length === 1) {
    return { familyName: t[capsAt] ?? '', givenName: t.filter((_, i) => i !== capsAt).join(' ') };
  }
  if (isGivenName(b) && !isGivenName(a)) return { familyName: a, givenName: b, patronymic: c };
  return { givenName: `${a} ${b}`, familyName: c };
}

function splitParts(tokens: string[], shapes: Shape[], caps: boolean[], familyFirst: boolean): Parts | null {
  const [a = '', b = ''] = tokens;
  if (tokens.length === 1) return { givenName: a };
  if (tokens.length === 2) {
    if (shapes[0] === 'initials') return withInitials(b, a);
    if (shapes[1] === 'initials') return withInitials(a, b);
    if (familyFirst) return { familyName: a, givenName: b };
    return twoWords(a, b, caps[0] === true, caps[1] === true);
  }
  if (tokens.length === 3) return threeWords(tokens, shapes, caps);
  if (shapes.slice(1, -1).includes('particle'))
    return { givenName: a, familyName: tokens.slice(1).join(' ') };
  return null;
}

function scoreOf(parts: Parts, tokens: string[], shapes: Shape[], mixedCaps: boolean): number {
  let score = 0;
  if (tokens.some((t) => isGivenName(t))) score += 3;
  if (parts.patronymic !== undefined && !parts.patronymic.endsWith('.')) score += 3;
  if (shapes.includes('initials') && parts.familyName !== undefined) score += 2;
  if (parts.familyName !== undefined && familyNameStrength(parts.familyName.split(' ').pop() ?? '') > 0)
    score += 1;
  if (mixedCaps) score += 1;
  return score;
}

/**
 * Reads a person's name from a short piece of text ("Петренко Іван Іванович", "PETRENKO Ivan", "Коваль О.В.",
 * "Petrenko, Ivan"), or null when the text cannot be a name. Words in ALL CAPS are title-cased.
 */
export function parsePersonName(text: string): PersonName | null {
  let body = text.replace(/\s+/gu, ' ').trim().replace(HONORIFIC, '');
  if (body === '' || body.length > 80) return null;
  const comma = /^([^\s,]+),\s*([^\s,]+)$/u.exec(body);
  const familyFirst = comma !== null;
  if (comma) body = `${comma[1] ?? ''} ${comma[2] ?? ''}`;
  const raw = mergeInitials(body.split(' '));
  if (raw.length > 4) return null;
  const shapes: Shape[] = [];
  for (const token of raw) {
    const shape = shapeOf(token);
    if (shape === null) return null;
    shapes.push(shape);
  }
  if (shapes[0] === 'particle' || shapes[shapes.length - 1] === 'particle') return null;
  if (shapes.every((s) => s === 'initials')) return null;
  const scripts = new Set(raw.filter((_, i) => shapes[i] !== 'particle').map(scriptOf));
  if (scripts.size !== 1 || scripts.has('mixed')) return null;
  const allCaps = shapes.every((s) => s !== 'word');
  const caps = shapes.map((s) => s === 'caps' && !allCaps);
  const tokens = raw.map((t, i) => (shapes[i] === 'caps' ? titleCase(t) : t));
  const parts = splitParts(tokens, shapes, caps, familyFirst);
  if (parts === null) return null;
  const name: PersonName = {
    fullName: tokens.join(' '),
    score: scoreOf(parts, tokens, shapes, caps.includes(true)) + (familyFirst ? 1 : 0),
  };
  if (parts.givenName !== undefined) name.givenName = parts.givenName;
  if (parts.familyName !== undefined) name.familyName = parts.familyName;
  if (parts.patronymic !== undefined) name.patronymic = parts.patronymic;
  return name;
}
