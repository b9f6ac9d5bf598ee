// @vitest-environment happy-dom
// Convention: every alternative of every hook in the chat sites' registries matches in at least one fixture page
// (the fake clients in their variants), and every hook says which view it targets and when it was seen.
import { describe, expect, test } from 'vitest';
import type { Hook } from '../../../integrations/hooks';
import { WEBA } from '../../../integrations/telegram/weba-selectors';
import { WEBK } from '../../../integrations/telegram/webk-selectors';
import { WHATSAPP } from '../../../integrations/whatsapp/selectors';
import { telegramFakeBase, whatsappFakeBase } from '../../fakes/chat/sample-chats';
import type { FakeChatBase, FakeChatOptions } from '../../fakes/chat/types';
import { webaRenderedHtml } from '../../fakes/chat/weba-app';
import { webkRenderedHtml } from '../../fakes/chat/webk-app';
import { whatsappRenderedHtml } from '../../fakes/chat/whatsapp-app';
import { loadPage } from './page';

const NOW = Date.now();
const VARIANTS: FakeChatOptions[] = [{}, { profile: true, lang: 'uk' }, { dark: true, lang: 'ru' }];

async function fixtures(
  base: FakeChatBase,
  render: (base: FakeChatBase, id: string, o: FakeChatOptions, now: number) => string,
  url: string,
): Promise<Document[]> {
  return Promise.all(
    base.chats.flatMap((c) =>
      VARIANTS.map(async (o) => (await loadPage(render(base, c.id, o, NOW), url)).doc),
    ),
  );
}

describe.each([
  [
    'WebK',
    WEBK as Record<string, Hook>,
    () => fixtures(telegramFakeBase(NOW), webkRenderedHtml, 'https://web.telegram.org/k/'),
  ],
  [
    'WebA',
    WEBA as Record<string, Hook>,
    () => fixtures(telegramFakeBase(NOW), webaRenderedHtml, 'https://web.telegram.org/a/'),
  ],
  [
    'WhatsApp',
    WHATSAPP as Record<string, Hook>,
    () => fixtures(whatsappFakeBase(NOW), whatsappRenderedHtml, 'https://web.whatsapp.com/'),
  ],
])('%s selectors registry', (_, registry, docs) => {
  test.each(Object.entries(registry))('%s names its view and when it was seen', (_, hook) => {
    expect(hook.view.length).toBeGreaterThan(0);
    expect(hook.seen).toMatch(/\d{4}/u);
    expect(hook.alternatives.length).toBeGreaterThan(0);
  });

  test('every alternative matches in at least one fixture', async () => {
    const pages = await docs();
    const unmatched = Object.entries(registry)
      .flatMap(([name, hook]) => hook.alternatives.map((selector) => [name, selector] as const))
      .filter(([, selector]) => !pages.some((doc) => doc.querySelector(selector)));
    expect(unmatched).toEqual([]);
  });
});
