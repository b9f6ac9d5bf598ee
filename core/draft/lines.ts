// Turns a raw selection into clean lines: HTML leftovers, odd spaces, emoji, quote markers, field separators,
// greetings, closings ("З повагою,") and mail-client noise are dealt with here, so the parsers see plain lines.

export interface SelectionLine {
  text: string;
  /** The line follows a closing such as "З повагою," / "Best regards,": a name is most likely here. */
  afterClosing: boolean;
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  laquo: '«',
  raquo: '»',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  rsquo: '’',
  lsquo: '‘',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});/giu, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Links keep their target (a mailto: or a profile is often only in the href); other tags go. */
function stripHtml(text: string): string {
  return text
    .replace(/<a\s[^<>]{0,500}?href=["']([^"'<>]{1,500})["'][^<>]{0,500}>/giu, ' $1 ')
    .replace(/<br\s*\/?>|<\/(?:p|div|li|tr|h[1-6]|table|ul|ol)>/giu, '\n')
    .replace(/<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,500})?\/?>/giu, ' ');
}

const ODD_SPACES = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t]/gu;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;
const PICTOGRAPHS = /[\p{Extended_Pictographic}\ufe0f\u20e3]/gu;
const FIELD_SEPARATORS = /\s*(?:\||¦|•|·|▪|◦|‣|●|■|◆|♦)\s*/u;
const RULE = /^[\s\-–—_=*~#.]*$/u;
const BULLET = /^(?:[-*–—>]\s+)+/u;
const QUOTE_MARKERS = /^\s*(?:>\s?)+/u;

const NOT_LETTER = '(?![\\p{L}])';
const CLOSINGS = [
  'з повагою',
  'з найкращими побажаннями',
  'з найкращими',
  'щиро ваш(?:а|і)?',
  'дякую',
  'дякуємо',
  'гарного дня',
  "на зв['’ʼ]язку",
  'всього найкращого',
  'с уважением',
  'с наилучшими пожеланиями',
  'всего доброго',
  'всего наилучшего',
  'всего хорошего',
  'спасибо',
  'благодарю',
  'хорошего дня',
  'на связи',
  'искренне ваш(?:а|и)?',
  '(?:best|kind|warm|warmest) regards',
  'regards',
  'best wishes',
  'all the best',
  'best',
  'cheers',
  'many thanks',
  'thanks(?: again)?',
  'thank you',
  'yours (?:sincerely|faithfully|truly)',
  'sincerely',
  'respectfully',
  'br',
  'mit freundlichen grüßen',
  'viele grüße',
  'pozdrawiam',
  'z poważaniem',
];
const CLOSING = new RegExp(
  `^(?:${CLOSINGS.join('|')})${NOT_LETTER}(?:[\\s,.!:;—–-]*$|[,.!:;—–-]+\\s*(.+)$)`,
  'iu',
);
const GREETING = new RegExp(
  `^(?:dear|hi|hello|hey|good (?:morning|afternoon|day)|добрий день|доброго дня|доброго ранку|добрый день|` +
    `доброе утро|вітаю|привіт|привет|здравствуйте|здрастуйте|шановн\\p{L}*|уважаем\\p{L}*)${NOT_LETTER}`,
  'iu',
);
const NOISE =
  /^(?:sent from|sent via|отправлено с|отправлено из|надіслано з|відправлено з|get outlook for|download outlook|-+\s*(?:original message|forwarded message|пересылаемое сообщение|пересланное сообщение|исходное сообщение|оригінальне повідомлення)|this (?:e-?mail|message) (?:and|is|may|contains)|confidentiality notice|disclaimer)/iu;
const DROPPED_HEADER =
  /^(?:to|кому|cc|копия|копія|bcc|subject|тема|date|дата|sent|отправлено|надіслано|відправлено)\s*:/iu;
const SENDER_HEADER = /^(?:from|от|від|sender|відправник|отправитель)\s*:\s*/iu;
const WROTE = /\s*(?:wrote|пишет|пише|написал\(а\)|написала?|написав(?:\(ла\))?|писав\(ла\))\s*:\s*$/iu;
const HEADINGS = new Set([
  'контакти',
  'контакты',
  'contacts',
  'contact',
  'contact us',
  'наші контакти',
  'наши контакты',
  "зв'яжіться з нами",
  'свяжитесь с нами',
  'реквізити',
  'реквизиты',
  'підпис',
  'подпись',
  'signature',
  'контактна інформація',
  'контактная информация',
  'contact information',
  'contact details',
]);

/** Plain text with one space between words: no HTML, no emoji, no invisible or non-breaking spaces. */
export function plainText(text: string): string {
  return decodeEntities(stripHtml(text.replace(/\r\n?/gu, '\n')))
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .replace(PICTOGRAPHS, ' ');
}

function tidy(piece: string): string {
  return piece.replace(/ {2,}/gu, ' ').trim().replace(BULLET, '');
}

/** Splits a selection into clean lines, one field per line ("a | b • c" are three lines). */
export function selectionLines(text: string): SelectionLine[] {
  const out: SelectionLine[] = [];
  let afterClosing = false;
  for (const rawLine of plainText(text).split('\n')) {
    let line = tidy(rawLine.replace(QUOTE_MARKERS, ''));
    if (line === '' || RULE.test(line)) continue;
    if ((GREETING.test(line) && line.split(' ').length <= 6) || NOISE.test(line) || DROPPED_HEADER.test(line))
      continue;
    line = line.replace(SENDER_HEADER, '');
    if (line.endsWith(':')) line = line.replace(WROTE, '');
    const closing = CLOSING.exec(line);
    if (closing !== null) {
      afterClosing = true;
      line = closing[1]?.trim() ?? '';
    }
    for (const piece of line.split(FIELD_SEPARATORS)) {
      const field = tidy(piece);
      if (
        field === '' ||
        RULE.test(field) ||
        HEADINGS.has(field.toLowerCase().replace(/[’ʼ]/gu, "'").replace(/:$/u, ''))
      ) {
        continue;
      }
      out.push({ text: field, afterClosing });
      afterClosing = false;
    }
  }
  return out;
}
