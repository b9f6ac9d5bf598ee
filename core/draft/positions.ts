// Job titles in uk/ru/en: "Менеджер з продажу", "Генеральный директор", "Head of Sales", "CEO", …

// Word beginnings that make a line a job title (matched against each word, lower-cased).
const STEMS = [
  // uk
  'директор менеджер керівник начальник бухгалтер інженер юрист юрисконсульт адвокат аналітик',
  'маркетолог спеціаліст фахівець консультант заступник власник засновник співзасновник координатор',
  'адміністратор секретар логіст економіст представник експерт технолог дизайнер розробник програміст',
  'продавець касир оператор диспетчер помічник асистент стажер рекрутер закупівельник комірник ріелтор',
  'брокер аудитор нотаріус перекладач тімлід постачальник',
  // ru
  'руководител инженер аналитик специалист заместител председател владел основател сооснователь',
  'администратор секретарь логист экономист представител эксперт разработчик программист продав кассир',
  'помощник ассистент стажёр закупщик снабженец риелтор переводчик тимлид',
  // en
  'director manager chief officer founder co-founder cofounder owner president engineer developer',
  'designer accountant bookkeeper consultant specialist executive representative coordinator assistant',
  'analyst buyer recruiter attorney lawyer counsel administrator architect advisor adviser associate',
  'supervisor secretary strategist intern teamlead salesperson translator auditor',
  // de, pl: the titles our users' European partners sign with
  'geschäftsführer leiter inhaber vertriebs kierownik dyrektor specjalista prezes',
].flatMap((line) => line.split(' '));

// Whole words only: acronyms, and words whose longer forms mean something else (агентство, headquarters).
const WHOLE_WORDS = new Set(
  (
    'ceo cto cfo coo cmo cio cpo cso cro vp svp evp hr pm smm seo qa gm md head partner partners агент агента ' +
    'голова голови партнер партнерка agent'
  ).split(' '),
);

const MAX_WORDS = 10;

/** True when the text reads as a job title (a short phrase with a title word in it). */
export function isPosition(text: string): boolean {
  const words = text
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > MAX_WORDS || /\d{3}/u.test(text)) return false;
  return words.some((w) => WHOLE_WORDS.has(w) || STEMS.some((stem) => w.startsWith(stem)));
}

/** A title as it should be stored: trimmed of separators and trailing punctuation. */
export function cleanPosition(text: string): string {
  return text.replace(/^[\s,;:|/–—-]+|[\s,;:|/–—-]+$/gu, '').replace(/\s+/gu, ' ');
}
