// The bench's section 'chats': the card beside a chat on the fake Telegram WebK/WebA and WhatsApp pages (p50/p95
// after the chat renders, at each size of the base), each chat content script's gzip size, and the main thread's
// cost per chat switch in a fresh browser with the demo base.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, launchKartka, loadDemoBase, type Kartka } from '../e2e/harness';
import type { FakeServer } from '../fakes/server';
import { timeCard } from './card';
import { chatSwitchCost } from './chat-switch';
import { benchChats } from './chats';
import type { Metric } from './report';

/** Every content script in the build, gzipped. */
export function contentScriptSizes(): { name: string; gzip: number }[] {
  const dir = join(EXTENSION_DIR, 'content-scripts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ name: f, gzip: gzipSync(readFileSync(join(dir, f))).length }));
}

/** The chat clients: their page, where the open chat's title shows, and their content script. */
export const CHAT_CLIENTS = [
  {
    client: 'telegram-k',
    url: 'https://web.telegram.org/k/',
    title: '.topbar .user-title .peer-title',
    profile: true,
  },
  {
    client: 'telegram-a',
    url: 'https://web.telegram.org/a/',
    title: '.MiddleHeader .fullName',
    profile: true,
  },
  { client: 'whatsapp', url: 'https://web.whatsapp.com/', title: '#main header span[title]', profile: false },
] as const;

/** Chat on screen -> its client's card in the sidebar, ms, for the benchmark chats (the first round warms up). */
async function chatCardTimes(
  kartka: Kartka,
  c: (typeof CHAT_CLIENTS)[number],
  people: number,
  rounds: number,
): Promise<number[]> {
  const page = await kartka.context.newPage();
  // The profile column shows each Telegram chat's phone: the first reading matches by phone, the next by id.
  await page.goto(`${c.url}?chats=bench&people=${people}${c.profile ? '&profile=1' : ''}`);
  const probe = { page, extensionId: kartka.extensionId, subjectSelector: c.title };
  const chats = benchChats(Date.now(), people);
  const times: number[] = [];
  for (let round = 0; round < rounds + 1; round++) {
    for (const chat of chats) {
      const ms = await timeCard(probe, '[data-fake-chat]', chat.title, chat.title);
      if (round > 0) times.push(ms);
    }
  }
  await page.close();
  return times;
}

/** The card timings to run at one size: one per chat client (`%` becomes p50 / p95). */
export function chatCardRuns(kartka: Kartka, people: number, rounds: number) {
  return CHAT_CLIENTS.map((c) => ({
    id: `chat.card_%_ms.${c.client}`,
    times: () => chatCardTimes(kartka, c, people, rounds),
  }));
}

/**
 * Each chat content script's size, and the main thread per chat switch. Closes `kartka` first: the switches run
 * in a fresh browser with the demo base.
 */
export async function chatPageMetrics(kartka: Kartka, server: FakeServer): Promise<Metric[]> {
  const metrics: Metric[] = [];
  for (const c of CHAT_CLIENTS) {
    const script = contentScriptSizes().find((f) => f.name === `${c.client}.js`);
    if (!script) throw new Error(`No content script ${c.client}.js in the build`);
    metrics.push({
      id: 'chat.content_script_gzip_bytes',
      value: script.gzip,
      unit: 'B',
      size: script.name,
      peer: 'budget',
      peer_value: 15_360,
      ok: script.gzip <= 15_360,
    });
  }
  // The page's main thread per chat switch, in a fresh browser with the demo base (as for the mail pages):
  // the content script reads the page and posts; the base's size is the background's business.
  await kartka.close().catch(() => undefined);
  const fresh = await launchKartka({ server, timeoutMs: 60_000 });
  try {
    await loadDemoBase(fresh);
    const telegram = ['Олена Коваль', 'Тарас Шевченко', 'Петро Новак', 'Зоря Агро · закупівлі'];
    const whatsapp = ['Олена Коваль', 'Андрій Мельник', 'Зоря Агро'];
    for (const c of CHAT_CLIENTS) {
      const cost = await chatSwitchCost(fresh, c.url, c.client === 'whatsapp' ? whatsapp : telegram);
      metrics.push({
        id: `chat.main_thread_ms.${c.client}`,
        value: cost.own,
        unit: 'ms/switch',
        size: 'sample chats',
        peer: 'all script on the page ms/switch',
        peer_value: cost.total,
        ok: cost.own <= 2,
      });
    }
  } finally {
    await fresh.close().catch(() => undefined);
  }
  return metrics;
}
