// Generated import fixtures for tests and benchmarks: the benchmark people (data.ts) as a contacts CSV, and their
// mail as an mbox with Cyrillic headers.
import { benchName } from './data';

/** A Google-style contacts CSV of `rows` people (row 14 has a broken email when `broken`). */
export function contactsCsv(rows: number, broken = true): string {
  const lines = [
    'Name,Given Name,Family Name,E-mail 1 - Value,Phone 1 - Value,Organization 1 - Name,Organization 1 - Title,Labels',
  ];
  for (let i = 0; i < rows; i++) {
    const { given: g, family: f, givenLatin, familyLatin } = benchName(i);
    const email = broken && i === 12 ? 'ivan@' : `${givenLatin}.${familyLatin}${i}@firm${i % 500}.ua`;
    const phone = `+38067${String(1_000_000 + i).padStart(7, '0')}`;
    lines.push(`${g} ${f},${g},${f},${email},${phone},Компанія ${i % 500},Менеджер,клієнти ::: опт`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Base64 of UTF-8 text, in Node and in the browser (the benchmark runs it in both). */
const b64 = (s: string) =>
  btoa(Array.from(new TextEncoder().encode(s), (b) => String.fromCharCode(b)).join(''));

/** One mbox message with RFC 2047 Cyrillic subject and names, a text body and a small attachment. */
export function mboxMessage(i: number, me: string, attachmentLines = 20): string {
  const outgoing = i % 3 === 0;
  const name = benchName(i);
  const other = `${name.givenLatin}.${name.familyLatin}${i % 5000}@firm${i % 700}.ua`;
  const otherName = `=?UTF-8?B?${b64(`${name.given} ${name.family}`)}?=`;
  const from = outgoing ? `=?UTF-8?B?${b64('Іван Петренко')}?= <${me}>` : `${otherName} <${other}>`;
  const to = outgoing ? `${otherName} <${other}>` : `<${me}>`;
  const day = 1 + (i % 28);
  return [
    `From ${outgoing ? me : other} Mon Mar ${String(day).padStart(2, '0')} 10:00:00 2025`,
    `Message-ID: <bench-${i}@mail.example>`,
    `Date: ${day} Mar 2025 10:${String(i % 60).padStart(2, '0')}:00 +0200`,
    `From: ${from}`,
    `To: ${to}`,
    `Subject: =?UTF-8?B?${b64(`Рахунок №${i} за березень`)}?=`,
    ...(i % 10 === 0 ? ['List-Unsubscribe: <mailto:unsub@news.ua>'] : []),
    'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    b64(`Добрий день! Надсилаю рахунок №${i}. Дякую за співпрацю, гарного дня.\n`.repeat(4)),
    '--b1',
    `Content-Type: application/pdf; name="=?UTF-8?B?${b64(`рахунок-${i}.pdf`)}?="`,
    'Content-Transfer-Encoding: base64',
    'Content-Disposition: attachment',
    '',
    ...Array.from(
      { length: attachmentLines },
      () => 'JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVyIC9GbGF0ZURlY29kZT4+',
    ),
    '--b1--',
    '',
  ].join('\r\n');
}
