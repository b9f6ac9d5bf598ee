// Chats beside the client in real Chromium: the fake Telegram WebK and WebA and WhatsApp Web pages at their real
// host names, the built extension, the demo base. The right card in every variant; messages logged exactly once
// across reopening, scrolling and switching clients; nothing from WhatsApp until the button; the broken-layout
// notice; markup shown as text; a pasted conversation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { chatRoutes } from '../fakes/chat-routes';
import { HOSTILE_CHAT_NAME, HOSTILE_CHAT_TEXT } from '../fakes/chat/sample-chats';
import { loadDemoBase, sidebarFrame, type Kartka } from './harness';
import { withMailBrowser } from './mail-browser';

const WEBK = 'https://web.telegram.org/k/';
const WEBA = 'https://web.telegram.org/a/';
const WHATSAPP = 'https://web.whatsapp.com/';
/** A reading goes to the background, is logged and comes back over the sidebar's port. */
const SLOW = { timeout: 15_000 };

let kartka: Kartka;
let page: Page;

withMailBrowser(async (browser) => {
  ({ kartka, page } = browser);
  expect(await loadDemoBase(kartka)).toMatch(/30/);
}, chatRoutes);

interface Row {
  providerKey?: string;
  source: string;
  kind: string;
  personIds: string[];
}
const chatRows = async (prefix: string) =>
  (await kartka.all<Row>('interactions')).filter((i) => i.providerKey?.startsWith(prefix));

async function open(url: string, chat?: string): Promise<Frame> {
  // A fresh load each time (a goto that changes only the hash would not reload; WebK ignores hash changes).
  await page.goto('about:blank');
  await page.goto(url);
  if (chat) await page.locator('[data-fake-chat]', { hasText: chat }).first().click();
  return sidebarFrame(page, kartka.extensionId);
}

const cardName = (frame: Frame) =>
  frame
    .getByTestId('client-card')
    .locator('h1')
    .textContent()
    .catch(() => null);

async function scrollChat(to: 'top' | 'bottom') {
  await page.evaluate((where) => {
    const s = document.querySelector('[data-fake-scroller]');
    if (s) s.scrollTop = where === 'top' ? 0 : s.scrollHeight;
  }, to);
}

describe('the right card in every variant', () => {
  it.each([
    ['WebK', `${WEBK}#@olena_koval`],
    ['WebK, Ukrainian, dark', `${WEBK}?lang=uk&dark=1#@olena_koval`],
    ['WebK, Russian', `${WEBK}?lang=ru#@olena_koval`],
    ['WebA', `${WEBA}#5012345678`],
    ['WebA, Ukrainian, dark', `${WEBA}?lang=uk&dark=1#5012345678`],
    ['WebA, Russian', `${WEBA}?lang=ru#5012345678`],
  ])('%s: a chat with a username shows its client', async (_, url) => {
    const frame = await open(url);
    await expect.poll(() => cardName(frame), SLOW).toBe('Олена Коваль');
    expect(await frame.getByTestId('chat-title').textContent()).toBe('Олена Коваль');
    // The card links to every messenger she is on.
    const links = frame.getByTestId('messenger-links').locator('a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
      expect.arrayContaining([
        'https://t.me/olena_koval',
        'https://wa.me/380671234567',
        'viber://chat?number=%2B380671234567',
      ]),
    );
  });

  it('a chat without a username: a new contact until the profile shows the phone, then the client', async () => {
    const frame = await open(WEBK, 'Тарас Шевченко');
    await expect.poll(() => frame.getByTestId('new-chat-contact').isVisible(), SLOW).toBe(true);
    await page.locator('.topbar .chat-info').click();
    await expect.poll(() => cardName(frame), SLOW).toBe('Тарас Шевченко');
  });

  it('a stranger: "New contact", prefilled, added with their Telegram id and username', async () => {
    const frame = await open(WEBA, 'Петро Новак');
    const offer = frame.getByTestId('new-chat-contact');
    await expect.poll(() => offer.isVisible(), SLOW).toBe(true);
    expect(await frame.getByTestId('new-chat-name').inputValue()).toBe('Петро Новак');
    await page.locator('.MiddleHeader .ChatInfo').click();
    await expect.poll(() => offer.textContent(), SLOW).toContain('@petro_novak');
    await offer.getByRole('button', { name: 'Add to the base' }).click();
    await expect.poll(() => cardName(frame), SLOW).toBe('Петро Новак');
    const people = await kartka.all<{ displayName: string; handleKeys?: string[] }>('people');
    expect(people.find((p) => p.displayName === 'Петро Новак')?.handleKeys?.sort()).toEqual([
      'tg:7234567890',
      'tgu:petro_novak',
    ]);
    // His three visible messages were logged as soon as he was added.
    await expect.poll(async () => (await chatRows('telegram:7234567890:')).length, SLOW).toBe(3);
  });

  it('a group: its known people to pick, nothing logged; a channel: no card at all', async () => {
    const group = await open(WEBK, 'Зоря Агро · закупівлі');
    await expect.poll(() => group.getByRole('button', { name: /Олена Коваль/ }).count(), SLOW).toBe(1);
    await expect.poll(() => group.getByText(/Group chats are not logged/).count(), SLOW).toBe(1);
    expect(await chatRows('telegram:-1001987654321:')).toEqual([]);
    await group.getByRole('button', { name: /Олена Коваль/ }).click();
    await expect.poll(() => cardName(group), SLOW).toBe('Олена Коваль');
    const channel = await open(WEBA, 'Kartka News');
    await expect.poll(() => channel.getByText(/A channel is a broadcast/).count(), SLOW).toBe(1);
    expect(await channel.getByTestId('client-card').count()).toBe(0);
  });

  it('WhatsApp: by the number in the chat id; a privacy id is linked to a client by hand', async () => {
    const olena = await open(WHATSAPP, 'Олена Коваль');
    await expect.poll(() => cardName(olena), SLOW).toBe('Олена Коваль');
    const lid = await open(WHATSAPP, 'Андрій Мельник');
    const offer = lid.getByTestId('new-chat-contact');
    await expect.poll(() => offer.textContent(), SLOW).toContain('privacy id');
    await offer.getByRole('searchbox').fill('Мельник');
    await offer.getByRole('button', { name: /Link to Андрій Мельник/ }).click();
    await expect.poll(() => cardName(lid), SLOW).toBe('Андрій Мельник');
    // From now on the chat is recognised on its own.
    const again = await open(WHATSAPP, 'Андрій Мельник');
    await expect.poll(() => cardName(again), SLOW).toBe('Андрій Мельник');
  });
});

describe('logged exactly once', () => {
  it('across reopening, scrolling and switching between WebK and WebA', async () => {
    const prefix = 'telegram:5012345678:';
    const before = (await chatRows(prefix)).length;
    await open(`${WEBK}#@olena_koval`);
    // The 15 newest rows are on screen; the newest is still being sent, so 14 have a server id.
    await expect.poll(async () => (await chatRows(prefix)).length, SLOW).toBe(Math.max(before, 14));
    await scrollChat('top');
    await expect.poll(async () => (await chatRows(prefix)).length, SLOW).toBe(29);
    await open(`${WEBK}#@olena_koval`);
    await open(`${WEBA}#5012345678`);
    await scrollChat('top');
    const frame = await sidebarFrame(page, kartka.extensionId);
    await expect
      .poll(() => frame.getByTestId('thread-log').textContent(), SLOW)
      .toContain('Messages on screen: nothing new to log');
    const rows = await chatRows(prefix);
    expect(rows).toHaveLength(29);
    expect(new Set(rows.map((r) => r.providerKey)).size).toBe(29);
    expect(rows.every((r) => r.kind === 'chat' && r.source === 'telegram' && r.personIds.length === 1)).toBe(
      true,
    );
  });

  it('WhatsApp logs nothing until "Log visible messages" is pressed, and a second press adds nothing', async () => {
    const prefix = 'whatsapp:380671234567@c.us:';
    const frame = await open(WHATSAPP, 'Олена Коваль');
    await expect.poll(() => cardName(frame), SLOW).toBe('Олена Коваль');
    const panel = frame.getByTestId('log-visible');
    expect(await panel.textContent()).toContain("WhatsApp's terms forbid automated collection");
    await scrollChat('top');
    await scrollChat('bottom');
    // Switching chats and scrolling reports who the chat is with, never what it says.
    await page.locator('[data-fake-chat]', { hasText: 'Зоря Агро' }).click();
    await expect.poll(() => frame.getByTestId('chat-title').textContent(), SLOW).toBe('Зоря Агро');
    await page.locator('[data-fake-chat]', { hasText: 'Олена Коваль' }).click();
    await expect.poll(() => cardName(frame), SLOW).toBe('Олена Коваль');
    expect(await chatRows(prefix)).toEqual([]);
    await panel.getByRole('button', { name: 'Log visible messages' }).click();
    await expect.poll(async () => (await chatRows(prefix)).length, SLOW).toBe(15);
    await expect
      .poll(() => frame.getByTestId('log-visible-done').textContent(), SLOW)
      .toContain('15 messages logged');
    await panel.getByRole('button', { name: 'Log visible messages' }).click();
    await expect
      .poll(() => frame.getByTestId('log-visible-done').textContent(), SLOW)
      .toContain('15 were already');
    expect(await chatRows(prefix)).toHaveLength(15);
  });
});

describe('pages Kartka cannot read, and hostile text', () => {
  it.each([
    ['WebK', `${WEBK}?broken=1#@olena_koval`, undefined],
    ['WebA', `${WEBA}?broken=1#5012345678`, undefined],
    ['WhatsApp', `${WHATSAPP}?broken=1`, 'Олена Коваль'],
  ])('%s with renamed hooks shows the broken-layout notice', async (_, url, chat) => {
    const frame = await open(url, chat);
    await expect
      .poll(() => frame.getByRole('heading').first().textContent(), SLOW)
      .toBe("Can't read this chat");
    expect(await frame.getByTestId('client-card').count()).toBe(0);
  });

  it('markup in a chat name and message shows as text, in the sidebar and once added', async () => {
    const frame = await open(WEBK, HOSTILE_CHAT_NAME);
    await expect.poll(() => frame.getByTestId('chat-title').textContent(), SLOW).toBe(HOSTILE_CHAT_NAME);
    await frame.getByTestId('new-chat-contact').getByRole('button', { name: 'Add to the base' }).click();
    await expect.poll(() => cardName(frame), SLOW).toBe(HOSTILE_CHAT_NAME);
    await expect.poll(() => frame.getByTestId('timeline').textContent(), SLOW).toContain(HOSTILE_CHAT_TEXT);
    expect(await frame.locator('img, script:not([src]), b').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
  });
});

it('a pasted conversation is previewed, logged once, and its unread lines reported', async () => {
  const frame = await open(`${WEBK}#@olena_koval`);
  await expect.poll(() => cardName(frame), SLOW).toBe('Олена Коваль');
  await frame.getByTestId('paste-open').click();
  await frame.getByRole('combobox', { name: 'Where it took place' }).selectOption('viber');
  await frame
    .getByTestId('paste-text')
    .fill(
      [
        'Скопійовано з Viber',
        '[12.03.26, 14:05] Олена Коваль: Доброго дня! <b>Рахунок</b>',
        '[12.03.26, 14:07] Оксана: Надіслала',
      ].join('\n'),
    );
  await expect
    .poll(() => frame.getByTestId('paste-preview').textContent(), SLOW)
    .toContain('2 messages found');
  expect(await frame.getByTestId('paste-unread').textContent()).toContain('Line 1');
  await frame.getByTestId('paste-log').click();
  await expect.poll(() => frame.getByTestId('paste-done').textContent(), SLOW).toContain('2 messages logged');
  await frame.getByTestId('paste-log').click();
  await expect
    .poll(() => frame.getByTestId('paste-done').textContent(), SLOW)
    .toContain('0 messages logged; 2 already');
  const pasted = (await kartka.all<Row & { direction: string }>('interactions')).filter(
    (i) => i.source === 'paste',
  );
  expect(pasted.map((i) => i.direction).sort()).toEqual(['incoming', 'outgoing']);
  expect(await frame.locator('b').count()).toBe(0);
});

describe('Telegram export files in "Paste a conversation"', () => {
  const EXPORTS = join(import.meta.dirname, '../files/telegram-export');
  /**
   * Olena's result.json (tests/files/telegram-export/olena) with its older messages moved to just now, so that
   * they are the newest on her card; ids 1037–1039 are the ones the fake WebK page shows and logs.
   */
  function recentExport(): Buffer {
    const data = JSON.parse(readFileSync(join(EXPORTS, 'olena/result.json'), 'utf8')) as {
      messages: { id: number; date_unixtime: string }[];
    };
    const now = Math.floor(Date.now() / 1000);
    for (const m of data.messages) if (m.id < 1000) m.date_unixtime = String(now - 300 + m.id * 20);
    return Buffer.from(JSON.stringify(data), 'utf8');
  }

  it('a result.json picked in the card: previewed, logged beside what Telegram Web logged, once, on the card', async () => {
    const frame = await open(`${WEBK}#@olena_koval`);
    await expect.poll(() => cardName(frame), SLOW).toBe('Олена Коваль');
    await expect.poll(async () => (await chatRows('telegram:5012345678:1039')).length, SLOW).toBe(1);
    const before = (await chatRows('telegram:5012345678:')).length;
    await frame.getByTestId('paste-open').click();
    await frame
      .locator('#paste-files')
      .setInputFiles({ name: 'result.json', mimeType: 'application/json', buffer: recentExport() });
    await expect.poll(() => frame.getByTestId('export-summary').textContent(), SLOW).toContain('10 messages');
    // A private chat: the one who is not Olena is the user, told by the export's ids.
    expect(await frame.getByRole('radio', { name: 'Оксана Мельник: 4' }).isChecked()).toBe(true);
    await frame.getByTestId('export-log').click();
    await expect
      .poll(() => frame.getByTestId('export-done').textContent(), SLOW)
      .toContain('7 messages logged; 3 already');
    await frame.getByTestId('export-log').click();
    await expect
      .poll(() => frame.getByTestId('export-done').textContent(), SLOW)
      .toContain('0 messages logged; 10 already');
    expect((await chatRows('telegram:5012345678:')).length).toBe(before + 7);
    const timeline = frame.getByTestId('timeline');
    await expect.poll(() => timeline.textContent(), SLOW).toContain('[file: Прайс листопад 2025.pdf]');
    expect(await timeline.textContent()).toContain('<b>Оплатимо</b> до п’ятниці & дякую');
    expect(await frame.locator('b').count()).toBe(0);
  });

  it('HTML pages of a crafted export: read as text in an inert document, no script runs, nothing loads', async () => {
    const frame = await open(`${WEBA}#5012345678`);
    await expect.poll(() => cardName(frame), SLOW).toBe('Олена Коваль');
    // Messages 2037–2040: none of them is one the fake page shows.
    const page2 = readFileSync(join(EXPORTS, 'html/messages2.html'), 'utf8')
      .replace(/id="message10(\d\d)"/gu, 'id="message20$1"')
      .replace('</head>', "<script>parent.document.title='pwned'</script></head>")
      .replace(
        'Так, є 20 тонн (#39)',
        `<img src="https://web.telegram.org/pwned.png" onerror="parent.document.title='pwned'">&lt;b&gt;20 т&lt;/b&gt;`,
      );
    await frame.getByTestId('paste-open').click();
    await frame
      .locator('#paste-files')
      .setInputFiles([{ name: 'messages2.html', mimeType: 'text/html', buffer: Buffer.from(page2, 'utf8') }]);
    await expect.poll(() => frame.getByTestId('export-summary').textContent(), SLOW).toContain('4 messages');
    // No ids in HTML: the user is guessed from the names (the one who is not Олена) and can be changed.
    expect(await frame.getByRole('radio', { name: 'Оксана Мельник: 1' }).isChecked()).toBe(true);
    expect(await frame.getByTestId('export-summary').textContent()).toContain('<b>20 т</b>');
    await frame.getByTestId('export-log').click();
    await expect
      .poll(() => frame.getByTestId('export-done').textContent(), SLOW)
      .toContain('4 messages logged; 0 already');
    // Its messages are from March, older than the card's latest 50: the stored row is looked at.
    const stored = await kartka.all<Row & { snippet?: string }>('interactions');
    expect(stored.filter((i) => i.snippet === '<b>20 т</b>')).toHaveLength(1);
    expect(await page.title()).not.toBe('pwned');
    expect(await frame.evaluate(() => document.title)).not.toBe('pwned');
    expect(await frame.locator('img, b').count()).toBe(0);
    const fetched = await frame.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(fetched.filter((url) => url.includes('pwned'))).toEqual([]);
  });

  it('a file that is not an export is refused in the user’s words, nothing logged', async () => {
    const frame = await open(`${WEBK}#@olena_koval`);
    await expect.poll(() => cardName(frame), SLOW).toBe('Олена Коваль');
    const before = (await kartka.all<Row>('interactions')).length;
    await frame.getByTestId('paste-open').click();
    const whole = readFileSync(join(EXPORTS, 'olena/result.json'));
    await frame
      .locator('#paste-files')
      .setInputFiles({ name: 'result.json', mimeType: 'application/json', buffer: whole.subarray(0, 400) });
    await expect
      .poll(() => frame.getByTestId('export-error').textContent(), SLOW)
      .toContain('“result.json” is not valid JSON');
    expect((await kartka.all<Row>('interactions')).length).toBe(before);
  });
});

it('"Copy diagnostics" in Settings reports the chat tab: its hooks and counts, nothing private', async () => {
  const frame = await open(`${WEBK}#@olena_koval`);
  await expect.poll(() => cardName(frame), SLOW).toBe('Олена Коваль');
  const settings = await kartka.extensionPage('app.html#/settings');
  const panel = settings.getByTestId('reading-health');
  await settings.evaluate(() => {
    const copied: string[] = [];
    Object.assign(window, { copied });
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: (text: string) => Promise.resolve(void copied.push(text)) },
    });
  });
  await panel.getByTestId('copy-diagnostics').click();
  await expect
    .poll(() => panel.getByTestId('diagnostics-status').textContent(), SLOW)
    .toMatch(/Diagnostics of Telegram Web \(K\) copied/);
  const report = await settings.evaluate(() => (window as unknown as { copied: string[] }).copied.join('\n'));
  expect(report).toMatch(/^Kartka page diagnostics — telegram-k/);
  expect(report).toMatch(/reading: kind=chat peer=user messages=\d+/);
  expect(report).toContain('route: k#<id>');
  expect(report).toMatch(/ {2}bubble: [1-9]/);
  for (const secret of ['Олена', 'olena_koval', '5012345678', 'Доброго дня'])
    expect(report).not.toContain(secret);
  await settings.close();
});
