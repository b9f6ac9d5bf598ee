// Month names as chats and exports print them, in English and in the genitive of Ukrainian and Russian
// ("12 March", "12 березня", "12 марта"), read by their stems.

// March's Russian stem "мар" comes before May's "ма" (мая, май), which is tried last.
const STEMS: readonly (readonly string[])[] = [
  ['jan', 'січ', 'янв'],
  ['feb', 'лют', 'фев'],
  ['mar', 'берез', 'мар'],
  ['apr', 'квіт', 'апр'],
  ['may', 'трав'],
  ['jun', 'черв', 'июн'],
  ['jul', 'лип', 'июл'],
  ['aug', 'серп', 'авг'],
  ['sep', 'верес', 'сен'],
  ['oct', 'жовт', 'окт'],
  ['nov', 'листоп', 'ноя'],
  ['dec', 'груд', 'дек'],
];

/** The month (0–11) a word names, in any case; null when it names none. */
export function monthOfWord(word: string): number | null {
  const w = word.toLowerCase();
  const i = STEMS.findIndex((stems) => stems.some((s) => w.startsWith(s)));
  if (i >= 0) return i;
  return w.startsWith('ма') ? 4 : null;
}
