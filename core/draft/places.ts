// Cities in signatures and contact blocks: "м. Київ", "г. Москва", "Kyiv, Ukraine", "01001, Київ, вул. …".

const CITIES = [
  'Київ|Киев|Kyiv|Kiev|Львів|Львов|Lviv|Харків|Харьков|Kharkiv|Одеса|Одесса|Odesa|Odessa|Дніпро',
  'Днепр|Dnipro|Запоріжжя|Запорожье|Zaporizhzhia|Вінниця|Винница|Vinnytsia|Полтава|Poltava',
  'Чернігів|Чернигов|Chernihiv|Черкаси|Черкассы|Cherkasy|Житомир|Zhytomyr|Суми|Сумы|Sumy|Рівне',
  'Ровно|Rivne|Тернопіль|Тернополь|Ternopil|Івано-Франківськ|Ивано-Франковск|Ivano-Frankivsk|Луцьк',
  'Луцк|Lutsk|Ужгород|Uzhhorod|Чернівці|Черновцы|Chernivtsi|Хмельницький|Хмельницкий|Khmelnytskyi',
  'Миколаїв|Николаев|Mykolaiv|Херсон|Kherson|Кропивницький|Kropyvnytskyi|Біла Церква|Кременчук',
  'Бровари|Ірпінь|Москва|Moscow|Санкт-Петербург|Saint Petersburg|Новосибирск|Екатеринбург|Казань',
  'Нижний Новгород|Краснодар|Самара|Ростов-на-Дону|Мінськ|Минск|Minsk|Алматы|Almaty|Астана|Astana',
  'Варшава|Warsaw|Warszawa|Краків|Краков|Kraków|Krakow|Вроцлав|Wrocław|Wroclaw|Berlin|Берлін',
  'Берлин|München|Munich|London|Лондон|Prague|Praha|Прага|Vilnius|Вільнюс|Вильнюс|Riga|Рига',
  'Tallinn|Таллінн|Таллин|Tbilisi|Тбілісі|Тбилиси|Кишинів|Кишинев|Chișinău|Chisinau|Vienna|Wien',
  'Відень|New York|San Francisco|Toronto|Dubai',
].flatMap((line) => line.split('|'));

const KNOWN = new RegExp(
  `(?<![\\p{L}\\p{N}-])(${[...CITIES].sort((a, b) => b.length - a.length).join('|')})(?![\\p{L}\\p{N}-])`,
  'u',
);
// "м. Ірпінь", "г. Химки", "місто Буча", "город Тула": an explicit marker before a capitalised word.
const MARKED = /(?<![\p{L}])(?:м\.|г\.|місто|город|city of)\s*(\p{Lu}[\p{L}'’ʼ-]+(?:\s\p{Lu}[\p{L}'’ʼ-]+)?)/u;

/** The city named in a line, if any. */
export function findCity(line: string): string | undefined {
  return MARKED.exec(line)?.[1] ?? KNOWN.exec(line)?.[1];
}

const ADDRESS =
  /(?<![\p{L}])(?:вул\.|вулиця|ул\.|улица|просп\.|проспект|пр-т|пров\.|провулок|переулок|бул\.|бульв\.|бульвар|пл\.|площа|площадь|шосе|шоссе|буд\.|будинок|кв\.|оф\.|офіс|офис|корп\.|street|st\.|str\.|avenue|ave\.|road|rd\.|suite|floor|поверх|этаж|(?<!\d)\d{5}(?!\d))/iu;

/** True when the line reads as a postal address (street markers or a postcode). */
export function looksLikeAddress(line: string): boolean {
  return ADDRESS.test(line);
}
