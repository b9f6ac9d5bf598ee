// The import report in three languages: every parser, row and mail problem carries a code and figures beside
// its English reason, reads in English as it always did, and in Ukrainian and Russian with real plural forms.
import { describe, expect, it, test } from 'vitest';
import { personId } from '../../../core/ids';
import { translator } from '../../../core/i18n';
import { importReasonText, problemLineText } from '../../../core/i18n/import-reason';
import { importReasonMessages } from '../../../core/i18n/messages/import-reasons';
import {
  candidateFromCsv,
  contactsFromCsv,
  contactsFromVCard,
  loggableFromEml,
  messageProblem,
  planChunk,
  prepareCandidate,
  problemLine,
  summarizeReport,
  unreadableMessage,
  withParseProblems,
  type DedupeMode,
} from '../../../core/import';
import type { ImportNote } from '../../../core/import-reason';
import type { Person } from '../../../core/model';
import { parseEmlHeaders } from '../../../core/parse';
import { importMbox } from '../../../storage/import-mail';
import { chunked, freshDb, NOW, testSettings, utf8 } from './helpers';

const en = translator('en');
const uk = translator('uk');
const ru = translator('ru');
const withoutLine = (reason: string) => reason.replace(/^(Row|Line) \d+: /u, '');

const CSV = [
  'Name,Email,Phone,City,Birthday',
  'Олена Коваль,olena@alfa.ua,,Київ,',
  'Іван Дельта,ivan@,,Львів,',
  'Тарас Бойко,taras@beta.ua,,,31.02.1990',
  ',,,Одеса,',
  'Ірина Мельник,iryna@gamma.ua',
  '"Петро Квота,petro@delta.ua,,,',
].join('\n');

const VCF = [
  'PHOTO-OUTSIDE:1',
  'BEGIN:VCARD',
  'VERSION:3.0',
  'FN:Олена Коваль',
  'BDAY:31-31-1990',
  'this line has no colon',
  'END:VCARD',
  'END:VCARD',
  'BEGIN:VCARD',
  'FN:Без кінця',
].join('\r\n');

const csvFile = contactsFromCsv(CSV, 'clients.csv');
const vcardFile = contactsFromVCard(VCF, 'phone.vcf');
const parserProblems = [
  ...csvFile.problems,
  ...contactsFromCsv('', 'empty.csv').problems,
  ...vcardFile.problems,
].map((p): [string, ImportNote] => [withoutLine(p.reason), { ...p, reason: withoutLine(p.reason) }]);

describe('parser problems carry a code and figures', () => {
  it('CSV: a bad email (with what is wrong with it), a bad birthday, an empty row, a broken quote, an empty file', () => {
    const byLine = (line: number) => csvFile.problems.filter((p) => p.line === line).map((p) => p.because);
    expect(byLine(3)).toEqual([
      {
        code: 'csv.email',
        params: { value: 'ivan@' },
        parts: [{ reason: 'has no domain after the @', because: { code: 'address.noDomain' } }],
      },
    ]);
    expect(byLine(4)).toEqual([{ code: 'csv.birthday', params: { value: '31.02.1990' } }]);
    expect(byLine(5)).toEqual([{ code: 'csv.emptyRow' }]);
    expect(byLine(6)).toEqual([{ code: 'csv.cells', params: { count: 2, expected: 5, delimiter: ',' } }]);
    expect(byLine(7)).toEqual([{ code: 'csv.quote' }]);
    expect(contactsFromCsv('', 'empty.csv').problems).toEqual([
      { file: 'empty.csv', line: 1, reason: 'the file is empty', because: { code: 'file.empty' } },
    ]);
  });

  it('vCard: a property outside a card, a bad BDAY, a line without a colon, a stray END, a card without END', () => {
    expect(vcardFile.problems.map((p) => [p.line, p.because])).toEqual([
      [1, { code: 'vcard.outside', params: { name: 'PHOTO-OUTSIDE' } }],
      [5, { code: 'vcard.birthday', params: { value: '31-31-1990' } }],
      [6, { code: 'vcard.noColon', params: { value: 'this line has no colon' } }],
      [8, { code: 'vcard.endWithoutBegin' }],
      [9, { code: 'vcard.noEnd' }],
    ]);
  });

  test.each(parserProblems)('%s: English as the parser wrote it; uk and ru translated', (reason, note) => {
    expect(note.because).toBeDefined();
    expect(importReasonText(note, en)).toBe(reason);
    for (const t of [uk, ru]) {
      const text = importReasonText(note, t);
      expect(text).not.toMatch(/[{}]/u);
      expect(text).not.toBe(reason);
      expect(text).toMatch(/[а-яіїєґё]/u);
    }
  });

  it('says what is wrong with the address inside the CSV email problem', () => {
    const note = csvFile.problems.find((p) => p.because?.code === 'csv.email');
    if (!note) throw new Error('no email problem');
    expect(importReasonText(note, uk)).toBe('«ivan@» — не адреса електронної пошти (після @ немає домену)');
    expect(importReasonText(note, ru)).toBe('«ivan@» — не адрес электронной почты (после @ нет домена)');
  });
});

function row(line: number, fields: Partial<Parameters<typeof candidateFromCsv>[0]>) {
  return prepareCandidate(
    candidateFromCsv(
      { line, emails: [], phones: [], companyPhones: [], tags: [], registrationIds: {}, ...fields },
      'clients.csv',
    ),
    testSettings(),
  );
}

describe('values left out of a row reuse the validator refusal', () => {
  it('keeps the refusal code of a bad email, phone and registration id, and the birthday problem', () => {
    const prepared = row(2, {
      fullName: 'Олена Коваль',
      emails: ['olena.alfa.ua'],
      phones: ['12'],
      company: 'ТОВ «Альфа»',
      registrationIds: { edrpou: '123' },
    });
    expect(prepared.notes.map((n) => [n.because?.code, n.because?.refusal?.because?.code])).toEqual([
      ['row.leftOut', 'email.noAt'],
      ['row.leftOut', 'phone.short'],
      ['row.leftOut', 'id.length'],
    ]);
    expect(importReasonText(prepared.notes[0] ?? { reason: '' }, uk)).toBe(
      '«olena.alfa.ua» — не адреса електронної пошти: у ній немає @. Це значення пропущено.',
    );
    expect(importReasonText(prepared.notes[1] ?? { reason: '' }, ru)).toBe(
      '«12» слишком короткий для номера телефона; добавьте код города или оператора. Это значение пропущено.',
    );
    for (const n of prepared.notes) expect(importReasonText(n, en)).toBe(n.reason);

    const birthday = prepareCandidate(
      {
        ...candidateFromCsv(
          {
            line: 3,
            fullName: 'Тарас',
            emails: [],
            phones: [],
            companyPhones: [],
            tags: [],
            registrationIds: {},
          },
          'a.csv',
        ),
        birthday: { day: 30, month: 2 },
      },
      testSettings(),
    );
    expect(birthday.notes[0]?.because).toMatchObject({
      code: 'row.birthdayLeftOut',
      refusal: { because: { code: 'birthday.day', params: { day: 30, month: 2 } } },
    });
    expect(importReasonText(birthday.notes[0] ?? { reason: '' }, uk)).toBe(
      'День народження: У місяці 2 немає дня 30. Його пропущено.',
    );
    expect(importReasonText(birthday.notes[0] ?? { reason: '' }, en)).toBe(birthday.notes[0]?.reason);
  });

  it('explains a rejected row by the values that were left out, each in the reader’s language', () => {
    const bad = row(5, { emails: ['ivan@'], phones: ['12'] });
    expect(bad.rejectedBecause?.code).toBe('row.nothingLeftBecause');
    const plan = planChunk([bad], { mode: 'merge' }, ctx());
    const report = plan.reports[0];
    if (!report) throw new Error('no report');
    expect(report).toMatchObject({ action: 'rejected', reason: bad.rejected, because: bad.rejectedBecause });
    expect(importReasonText(report, en)).toBe(bad.rejected);
    expect(importReasonText(report, uk)).toBe(
      'не лишилося ні імені, ні дійсної адреси чи телефону, щоб імпортувати ' +
        '(«ivan@» — не адреса електронної пошти: чогось бракує біля @. Це значення пропущено. ' +
        '«12» закороткий для номера телефону; додайте код міста або оператора. Це значення пропущено.)',
    );
    expect(problemLineText(report, ru)).toMatch(
      /^clients\.csv, строка 5: не осталось ни имени.*Это значение пропущено\.\); не импортировано$/u,
    );
  });

  it('reports registration ids on a row without a company', () => {
    const prepared = row(6, { fullName: 'Іван', registrationIds: { edrpou: '32855961' } });
    expect(prepared.notes[0]?.because?.code).toBe('row.idsWithoutCompany');
    expect(importReasonText(prepared.notes[0] ?? { reason: '' }, ru)).toBe(
      'Регистрационные коды относятся к компании, а в этой строке компания не указана; они пропущены.',
    );
  });
});

const olena: Person = {
  id: personId('p-olena'),
  displayName: 'Олена Коваль',
  emails: ['olena@alfa.ua'],
  phones: ['+380671234567'],
  tags: [],
  companies: [],
  custom: {},
  createdAt: NOW,
  updatedAt: NOW,
};
const taras: Person = {
  ...olena,
  id: personId('p-taras'),
  displayName: 'Тарас Бойко',
  emails: ['taras@beta.ua'],
  phones: ['+380501112233'],
};
let n = 0;
const ctx = () => ({
  existing: [olena, taras],
  importedIds: new Set<ReturnType<typeof personId>>(),
  companyOf: () => undefined,
  now: NOW,
  newId: () => `new-${++n}`,
});

describe('row outcomes against the base', () => {
  const incoming = row(2, {
    fullName: 'Олена Петрівна Коваль',
    emails: ['olena@alfa.ua'],
    phones: ['+380 50 111 22 33'],
    city: 'Львів',
  });

  test.each<[DedupeMode, string, string, string]>([
    [
      'merge',
      'row.merged',
      'об’єднано з карткою «Олена Коваль» (olena@alfa.ua); оновлено: місто, телефони',
      'объединено с карточкой «Олена Коваль» (olena@alfa.ua); обновлено: город, телефоны',
    ],
    [
      'skip',
      'row.skippedBase',
      'olena@alfa.ua уже є в базі в картці «Олена Коваль»; пропущено, як ви обрали',
      'olena@alfa.ua уже есть в базе в карточке «Олена Коваль»; пропущено, как вы выбрали',
    ],
    [
      'create',
      'row.createdAnyway',
      'створено нову картку, хоча olena@alfa.ua збігається з карткою «Олена Коваль», — як ви обрали',
      'создана новая карточка, хотя olena@alfa.ua совпадает с карточкой «Олена Коваль», — как вы выбрали',
    ],
  ])('%s', (mode, code, ukText, ruText) => {
    const report = planChunk([incoming], { mode }, ctx()).reports[0];
    if (!report) throw new Error('no report');
    expect(report.because?.code).toBe(code);
    expect(importReasonText(report, uk)).toBe(ukText);
    expect(importReasonText(report, ru)).toBe(ruText);
    // The phone is also Тарас's, whose name differs: kept, and the pair offered as a possible duplicate
    // (a skipped row adds nothing, so there is nothing to say about it).
    if (mode !== 'skip') {
      const shared = report.notes.find((x) => x.because?.params?.value === '+380501112233');
      expect(shared?.because?.code).toBe('row.possibleDuplicate');
      expect(shared?.because?.params).toEqual({ value: '+380501112233', name: 'Тарас Бойко' });
      expect(shared && importReasonText(shared, uk)).toBe(
        'той самий номер +380501112233, що в картці «Тарас Бойко», але інше ім’я — не об’єднано; додано до можливих дублікатів.',
      );
    }
    expect(report.problems).toEqual(report.notes.map((x) => x.reason));
  });

  it('reads the English reason of a row that changed nothing and names the fields in English', () => {
    const same = row(3, { fullName: 'Олена Коваль', emails: ['olena@alfa.ua'] });
    const report = planChunk([same], { mode: 'merge' }, ctx()).reports[0];
    if (!report) throw new Error('no report');
    expect(report.because?.code).toBe('row.unchangedBase');
    expect(importReasonText(report, en)).toBe(report.reason);
    const merged = planChunk([incoming], { mode: 'merge' }, ctx()).reports[0];
    expect(merged && importReasonText(merged, en)).toBe(
      'merged into Олена Коваль (olena@alfa.ua): city, phones updated',
    );
  });

  it('renders the report lines of a whole file in English exactly as problemLine, and in uk', () => {
    const rows = csvFile.candidates.map((c) => prepareCandidate(c, testSettings()));
    const reports = withParseProblems(planChunk(rows, { mode: 'merge' }, ctx()).reports, csvFile.problems);
    const attention = summarizeReport(reports).attention;
    expect(attention.length).toBeGreaterThanOrEqual(5);
    for (const r of attention) expect(problemLineText(r, en)).toBe(problemLine(r));
    const lines = attention.map((r) => problemLineText(r, uk));
    expect(lines).toContain(
      'clients.csv, рядок 3: «ivan@» — не адреса електронної пошти (після @ немає домену) ' +
        '(контакт «Іван Дельта» імпортовано)',
    );
    expect(lines).toContain(
      'clients.csv, рядок 5: порожній рядок (немає ні імені, ні адреси, ні телефону); пропущено; не імпортовано',
    );
    expect(lines).toContain(
      'clients.csv, рядок 4: день народження «31.02.1990» — не дата; решту рядка збережено ' +
        '(контакт «Тарас Бойко» не змінено)',
    );
  });
});

describe('mail archive problems', () => {
  const eml = (headers: string) => parseEmlHeaders(`${headers}\r\n\r\nТекст листа\r\n`);

  test.each([
    ['no Date header', 'From: olena@alfa.ua\r\nTo: me@kartka.ua\r\nSubject: Рахунок', 'mail.noDate'],
    ['a bad Date', 'From: olena@alfa.ua\r\nDate: 32 Foo 2025\r\nSubject: Рахунок', 'mail.badDate'],
    [
      'no address',
      'From: nobody\r\nDate: Mon, 10 Mar 2025 12:00:00 +0200\r\nSubject: Рахунок',
      'mail.noAddress',
    ],
  ])('%s', (_name, headers, code) => {
    const h = eml(headers);
    const m = loggableFromEml(h);
    if (m.ok) throw new Error('logged');
    expect(m.because.code).toBe(code);
    const note = messageProblem(h, 2, { reason: m.reason, because: m.because });
    expect(importReasonText(note, en)).toBe(note.reason);
    expect(importReasonText(note, uk)).toMatch(/^Лист 3 «Рахунок»: .*; не записано$/u);
    expect(importReasonText(note, ru)).toMatch(/^Письмо 3 «Рахунок»: .*; не записано$/u);
  });

  it('names a message without a subject by its number and Message-ID, and keeps a parser error as it is', () => {
    const note = messageProblem({ subject: '', messageId: 'x@y' }, 1199, unreadableMessage('boom'));
    expect(note.reason).toBe('Message 1200 <x@y>: could not read this message: boom');
    expect(importReasonText(note, en)).toBe(note.reason);
    expect(importReasonText(note, uk)).toBe('Лист 1200 <x@y>: не вдалося прочитати цей лист: boom');
  });

  it('says a file is not an mbox in the reader’s language', async () => {
    const result = await importMbox(freshDb(), 'photo.mbox', chunked(utf8('not a mailbox'), 64), {
      settings: testSettings(),
      now: NOW,
    });
    const [problem] = result.problemList;
    expect(problem?.because).toEqual({ code: 'mail.notMbox', params: { file: 'photo.mbox' } });
    expect(problem && importReasonText(problem, en)).toBe(problem?.reason);
    expect(problem && importReasonText(problem, ru)).toBe(
      'photo.mbox не начинается со строки «From », поэтому это не файл mbox; из него ничего не импортировано.',
    );
  });
});

describe('the import reasons catalog', () => {
  it('gives Ukrainian and Russian every plural form they need', () => {
    for (const locale of ['uk', 'ru'] as const) {
      for (const [key, message] of Object.entries(importReasonMessages[locale])) {
        if (typeof message === 'string') continue;
        expect(Object.keys(message).sort(), `${locale} ${key}`).toEqual(['few', 'many', 'one', 'other']);
      }
    }
  });

  it('has a message in every locale for each key English has', () => {
    const keys = Object.keys(importReasonMessages.en).sort();
    expect(Object.keys(importReasonMessages.uk).sort()).toEqual(keys);
    expect(Object.keys(importReasonMessages.ru).sort()).toEqual(keys);
  });
});
