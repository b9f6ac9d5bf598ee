// @vitest-environment happy-dom
// @vitest-environment-options {"settings": {"handleDisabledFileLoadingAsSuccess": true}}
// Telegram Desktop's export files read into messages: result.json (one chat, a whole account), the HTML pages
// (joined messages, service lines, forwarded bodies, several pages in any order), the zones of their dates, and
// files that are not what they claim (a clear refusal, nothing read). Fixtures: tests/files/telegram-export/,
// written after tdesktop's writers (export_output_json.cpp, export_output_html.cpp).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  exportPeerId,
  jsonText,
  readTelegramJson,
  type ExportChat,
  type ExportRead,
} from '../../../core/parse/telegram-export';
import { exportTitleTime, pageIndex, readTelegramHtml } from '../../../core/parse/telegram-export-html';
import { readExportPage, textOf } from '../../../components/sidebar/paste/read-export-html';
import { readExportFiles } from '../../../components/sidebar/paste/read-export-files';

const DIR = join(__dirname, '../../files/telegram-export');
const file = (path: string) => readFileSync(join(DIR, path), 'utf8');
/** 2025-11-03 10:02:41 in Kyiv (UTC+02:00 in winter). */
const kyiv = (y: number, mo: number, d: number, h: number, mi: number, s: number) =>
  Date.UTC(y, mo - 1, d, h - 2, mi, s);

function chats(read: ExportRead): ExportChat[] {
  if (!read.ok) throw new Error(`refused: ${read.error} ${read.file}`);
  return read.chats;
}

describe('result.json', () => {
  const [olena] = chats(readTelegramJson(file('olena/result.json'), 'result.json'));

  test('a private chat: keyed as Telegram Web keys (chat, server id), the user told by the ids', () => {
    expect(olena).toMatchObject({ name: 'Олена Коваль', kind: 'personal', peerId: '5012345678' });
    expect(olena?.me).toBe('user100200300');
    expect(olena?.authors).toEqual([
      { id: 'user100200300', name: 'Оксана Мельник', count: 4 },
      { id: 'user5012345678', name: 'Олена Коваль', count: 6 },
    ]);
    expect(olena?.service).toBe(1);
    expect(olena?.problems).toEqual([]);
    expect(olena?.messages.map((m) => m.key).slice(0, 2)).toEqual([
      'telegram:5012345678:2',
      'telegram:5012345678:3',
    ]);
  });

  test('text as a string or as parts with entities; media without text named; times from date_unixtime', () => {
    const byId = new Map(olena?.messages.map((m) => [m.id, m]));
    expect(byId.get(2)).toMatchObject({ at: kyiv(2025, 11, 3, 10, 2, 41), author: 'Оксана Мельник' });
    expect(byId.get(3)?.text).toBe('[file: Прайс листопад 2025.pdf]');
    expect(byId.get(4)?.text).toBe(
      'Дякую! Цікавить соняшник — 20 т. Деталі тут: https://zorya-agro.ua/zakaz',
    );
    expect(byId.get(5)?.text).toBe('[photo]');
    expect(byId.get(6)?.text).toBe('Рахунок для @olena_koval:\nТОВ «Зоря Агро», 20 т');
    expect(byId.get(7)?.text).toBe('[sticker]');
    // Markup in a message is text: nothing here interprets it.
    expect(byId.get(8)?.text).toBe('<b>Оплатимо</b> до п’ятниці & дякую');
  });

  test('a whole-account export: every chat, left ones too, ids in the Bot API form, the user from personal_information', () => {
    const all = chats(readTelegramJson(file('account/result.json'), 'result.json'));
    expect(all.map((c) => [c.name, c.kind, c.peerId, c.me, c.messages.length])).toEqual([
      ['Петро Новак', 'personal', '7234567890', 'user100200300', 2],
      ['Зоря Агро — закупівлі', 'group', '-1001987654321', 'user100200300', 2],
      ['Агроновини', 'channel', '-1001122334455', 'user100200300', 1],
    ]);
    // An "unsupported" message has nothing but its id: reported, not guessed.
    expect(all[1]?.problems).toEqual([{ where: 'message4', why: 'bad-id', text: '' }]);
    expect(all[1]?.messages[0]?.key).toBe('telegram:-1001987654321:2');
  });

  test('peer ids: users as is, basic groups negative, supergroups and channels -100…', () => {
    expect(exportPeerId('personal_chat', 5012345678)).toBe('5012345678');
    expect(exportPeerId('bot_chat', '93372553')).toBe('93372553');
    expect(exportPeerId('private_group', 4012345)).toBe('-4012345');
    expect(exportPeerId('public_supergroup', 1987654321)).toBe('-1001987654321');
    expect(exportPeerId('replies', 1)).toBeNull();
    expect(exportPeerId('personal_chat', 'x1')).toBeNull();
  });

  test('text parts: strings and entity objects; anything else gives nothing', () => {
    expect(jsonText(['a ', { type: 'bold', text: 'b' }, { type: 'link' }, 7, ' c'])).toBe('a b c');
    expect(jsonText({ text: 'x' })).toBe('');
  });

  test('older exports (no date_unixtime) read the local time; a private chat where only the peer wrote has no "me"', () => {
    const old = JSON.stringify({
      name: 'Олена',
      type: 'personal_chat',
      id: 42,
      messages: [
        { id: 1, type: 'message', date: '2020-02-29T23:59:59', from: 'Олена', from_id: 'user42', text: 'a' },
        { id: 2, type: 'message', date: '2021-02-29T10:00:00', from: 'Олена', from_id: 'user42', text: 'b' },
        { id: 3, type: 'message', date: '2021-03-01T10:00:00', from_id: '', text: 'c' },
        { id: 1, type: 'message', date: '2020-02-29T23:59:59', from: 'Олена', from_id: 'user42', text: 'a' },
      ],
    });
    const [chat] = chats(readTelegramJson(old, 'result.json'));
    expect(chat?.messages.map((m) => [m.id, m.at])).toEqual([
      [1, new Date(2020, 1, 29, 23, 59, 59).getTime()],
    ]);
    expect(chat?.problems).toEqual([
      { where: 'message2', why: 'bad-date', text: 'b' },
      { where: 'message3', why: 'no-author', text: 'c' },
    ]);
    expect(chat?.me).toBe('');
  });

  test('malformed files are refused with the reason, nothing read', () => {
    const whole = file('olena/result.json');
    expect(readTelegramJson(whole.slice(0, whole.length / 2), 'cut.json')).toEqual({
      ok: false,
      error: 'not-json',
      file: 'cut.json',
    });
    expect(readTelegramJson('{"contacts": []}', 'x.json')).toMatchObject({ error: 'not-telegram-json' });
    expect(readTelegramJson('[1,2]', 'x.json')).toMatchObject({ error: 'not-telegram-json' });
    expect(readTelegramJson('{"chats": {"list": []}}', 'x.json')).toMatchObject({ error: 'no-chats' });
    expect(
      readTelegramJson('\uFEFF{"name":"a","type":"personal_chat","id":1,"messages":[]}', 'bom.json'),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe('HTML pages', () => {
  const page1 = readExportPage('messages.html', file('html/messages.html'));
  const page2 = readExportPage('messages2.html', file('html/messages2.html'));
  // Given in the wrong order: pages are read by their numbers.
  const pages = [page2, page1];

  test('read in page order; joined messages continue their sender; day headers and service lines left out', () => {
    const [chat] = chats(readTelegramHtml(pages));
    expect(chat).toMatchObject({ name: 'Олена Коваль', peerId: null, service: 1, problems: [] });
    expect(chat?.messages.map((m) => [m.id, m.author])).toEqual([
      [2, 'Оксана Мельник'],
      [3, 'Оксана Мельник'],
      [4, 'Олена Коваль'],
      [5, 'Олена Коваль'],
      [6, 'Оксана Мельник'],
      [7, 'Олена Коваль'],
      [8, 'Олена Коваль'],
      [1037, 'Олена Коваль'],
      [1038, 'Оксана Мельник'],
      [1039, 'Олена Коваль'],
      [1040, 'Олена Коваль'],
    ]);
    expect(chat?.authors.map((a) => [a.name, a.count])).toEqual([
      ['Оксана Мельник', 4],
      ['Олена Коваль', 7],
    ]);
  });

  test('the same texts as result.json gives (so either format meets the other), forwarded bodies and all', () => {
    const [html] = chats(readTelegramHtml(pages));
    const [json] = chats(readTelegramJson(file('olena/result.json'), 'result.json'));
    const texts = (c?: ExportChat) => new Map(c?.messages.map((m) => [m.id, [m.at, m.text.trim()]]));
    const fromJson = texts(json);
    for (const [id, value] of texts(html))
      if (fromJson.has(id)) expect([id, value]).toEqual([id, fromJson.get(id)]);
    expect(html?.messages.find((m) => m.id === 8)?.author).toBe('Олена Коваль');
  });

  test('keys: the chat, the id and the second; the same page twice counts once', () => {
    const [once] = chats(readTelegramHtml(pages));
    const [twice] = chats(readTelegramHtml([...pages, page1]));
    expect(twice?.messages.map((m) => m.key)).toEqual(once?.messages.map((m) => m.key));
    expect(once?.messages[0]?.key).toMatch(/^telegram-html:[0-9a-z]+:2:1762156961$/u);
  });

  test('date titles: with a zone exact, without one local, impossible ones refused', () => {
    expect(exportTitleTime('03.11.2025 10:02:41 UTC+02:00')).toBe(Date.UTC(2025, 10, 3, 8, 2, 41));
    expect(exportTitleTime('03.11.2025 10:02:41 UTC-05:30')).toBe(Date.UTC(2025, 10, 3, 15, 32, 41));
    expect(exportTitleTime('03.11.2025 10:02:41 UTC')).toBe(Date.UTC(2025, 10, 3, 10, 2, 41));
    expect(exportTitleTime('03.11.2025 10:02:41')).toBe(new Date(2025, 10, 3, 10, 2, 41).getTime());
    expect(exportTitleTime('31.02.2025 10:02:41 UTC+02:00')).toBeNull();
    expect(exportTitleTime('2025-11-03 10:02')).toBeNull();
  });

  test('page order from the file names', () => {
    expect(
      ['messages3.html', 'messages.html', 'x.html', 'messages2.html'].sort(
        (a, b) => pageIndex(a) - pageIndex(b),
      ),
    ).toEqual(['messages.html', 'messages2.html', 'messages3.html', 'x.html']);
  });

  test('a page that is not Telegram’s, pages of two chats, a joined message with nobody before it', () => {
    const other = readExportPage('index.html', '<html><body><div class="message">hi</div></body></html>');
    expect(readTelegramHtml([other])).toEqual({ ok: false, error: 'not-telegram-html', file: 'index.html' });
    const renamed = readExportPage(
      'messages2.html',
      file('html/messages2.html').replace('Олена Коваль\n', 'Петро Новак\n'),
    );
    expect(readTelegramHtml([page1, renamed])).toEqual({
      ok: false,
      error: 'different-chats',
      file: 'messages2.html',
    });
    const orphan = readExportPage(
      'messages9.html',
      file('html/messages2.html').replace(/<div class="from_name">[^<]*<\/div>/u, ''),
    );
    const [chat] = chats(readTelegramHtml([orphan]));
    expect(chat?.problems).toEqual([
      { where: 'messages9.html message1037', why: 'no-author', text: 'Доброго дня! (#38)' },
    ]);
  });

  test('untrusted markup: scripts do not run, handlers do not fire, text is text', () => {
    const hostile = file('html/messages2.html').replace(
      'Так, є 20 тонн (#39)',
      '<img src=x onerror="globalThis.pwned=1"><script>globalThis.pwned=2</script>&lt;b&gt;x&lt;/b&gt;',
    );
    const [chat] = chats(readTelegramHtml([readExportPage('messages2.html', hostile)]));
    expect(chat?.messages.find((m) => m.id === 1038)?.text).toBe('globalThis.pwned=2<b>x</b>');
    expect((globalThis as { pwned?: number }).pwned).toBeUndefined();
  });

  test('text with <br> as line breaks, in one pass over the nodes', () => {
    const div = new DOMParser().parseFromString('<div>a<br>b<span>c<br></span>d</div>', 'text/html').body;
    expect(textOf(div)).toBe('a\nbc\nd');
  });
});

describe('picked files', () => {
  const pick = (name: string, text: string, type = '') => new File([text], name, { type });

  test('one result.json; the HTML pages of one export; refusals for everything else', async () => {
    expect(await readExportFiles([pick('result.json', file('olena/result.json'))])).toMatchObject({
      ok: true,
    });
    const html = await readExportFiles([
      pick('messages2.html', file('html/messages2.html')),
      pick('messages.html', file('html/messages.html')),
    ]);
    expect(html.ok && html.chats[0]?.messages.length).toBe(11);
    expect(
      await readExportFiles([pick('result.json', '{}'), pick('messages.html', file('html/messages.html'))]),
    ).toMatchObject({ ok: false, error: 'mixed-files' });
    expect(await readExportFiles([pick('a.json', '{}'), pick('b.json', '{}')])).toMatchObject({
      error: 'several-json',
      file: 'b.json',
    });
    expect(await readExportFiles([pick('notes.txt', 'hello')])).toMatchObject({ error: 'unknown-file' });
    // No extension: the content tells.
    expect(await readExportFiles([pick('export', file('olena/result.json'))])).toMatchObject({ ok: true });
  });

  test('a file over the limit is refused by its size, before it is read', async () => {
    const big = pick('result.json', '{}');
    Object.defineProperty(big, 'size', { value: 51 * 1024 * 1024 });
    Object.defineProperty(big, 'text', {
      value: () => {
        throw new Error('read');
      },
    });
    expect(await readExportFiles([big])).toEqual({
      ok: false,
      error: 'too-big',
      file: 'result.json',
      mb: 51,
    });
  });
});
