// @vitest-environment happy-dom
// Reading health: the counts per site, a damaged stored copy, and the settings panel in en/uk/ru with
// "copy diagnostics" (copied report, no mail tab, a failed tab).
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { formats } from '../../../components/app/format';
import { ReadingHealthPanel, type DiagnoseResult } from '../../../components/app/settings/ReadingHealth';
import { translator, type Locale } from '../../../core/i18n';
import { emptyHealth, healthOf, recordReading, type ReadingHealth } from '../../../core/reading-health';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });
const AT = Date.UTC(2026, 10, 23, 10, 15);

describe('the counts', () => {
  test('reads and unreadable threads add up per site; the last problem is kept with its hooks', () => {
    let h = emptyHealth();
    h = recordReading(h, { kind: 'read', site: 'gmail', at: AT });
    h = recordReading(h, { kind: 'read', site: 'gmail', at: AT + 1 });
    const problem = {
      at: AT + 2,
      reason: 'Outlook reading pane changed',
      missing: ['subject', 'message'],
      route: 'mail/inbox/id/<id>',
    };
    h = recordReading(h, { kind: 'unreadable', site: 'outlook', problem, fromBase: true });
    expect(h).toEqual({
      gmail: { read: 2, unreadable: 0, fromBase: 0, lastReadAt: AT + 1 },
      outlook: { read: 0, unreadable: 1, fromBase: 1, lastProblem: problem },
    });
    expect(healthOf(JSON.parse(JSON.stringify(h)))).toEqual(h);
  });

  test.each([
    undefined,
    null,
    'x',
    { gmail: { read: -3, unreadable: 'many' }, outlook: { lastProblem: { at: 1 } } },
  ])('a damaged stored copy (%j) counts from zero, never throws', (stored) => {
    const h = healthOf(stored);
    expect(h.gmail).toEqual({ read: 0, unreadable: 0, fromBase: 0 });
    expect(h.outlook).toEqual({ read: 0, unreadable: 0, fromBase: 0 });
  });
});

describe('the panel', () => {
  let root: Root | null = null;
  let host: HTMLElement;
  afterEach(() => {
    act(() => root?.unmount());
    root = null;
    host?.remove();
  });

  async function render(locale: Locale, health: ReadingHealth, result: DiagnoseResult) {
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    const copy = vi.fn(() => Promise.resolve());
    const t = translator(locale);
    await act(async () => {
      root?.render(
        <ReadingHealthPanel
          health={health}
          diagnose={() => Promise.resolve(result)}
          copy={copy}
          reset={() => Promise.resolve()}
          f={formats(locale)}
          t={t}
        />,
      );
    });
    const click = async () => {
      await act(async () => {
        host.querySelector<HTMLButtonElement>('[data-testid=copy-diagnostics]')?.click();
      });
    };
    return {
      copy,
      click,
      text: () => host.textContent ?? '',
      status: () => host.querySelector('[data-testid=diagnostics-status]')?.textContent,
    };
  }

  const health = recordReading(recordReading(emptyHealth(), { kind: 'read', site: 'gmail', at: AT }), {
    kind: 'unreadable',
    site: 'outlook',
    problem: {
      at: AT,
      reason: 'Outlook reading pane changed: hooks not found',
      missing: ['subject', 'message'],
      route: 'mail/inbox/id/<id>',
    },
    fromBase: false,
  });

  test.each<[Locale, RegExp, RegExp, RegExp]>([
    ['en', /1 thread read/, /1 thread unreadable/, /Page parts not found: subject, message/],
    [
      'uk',
      /прочитано 1 лист/,
      /1 лист не вдалося прочитати/,
      /Не знайдено частин сторінки: subject, message/,
    ],
    [
      'ru',
      /прочитано 1 письмо/,
      /1 письмо не удалось прочитать/,
      /Не найдены части страницы: subject, message/,
    ],
  ])('%s: counts, the last problem, and the copied report', async (locale, read, unreadable, missing) => {
    const report = 'Kartka page diagnostics — gmail\nhooks:\n  subject: 1';
    const panel = await render(locale, health, { status: 'ok', site: 'gmail', report });
    expect(panel.text()).toMatch(read);
    expect(panel.text()).toMatch(unreadable);
    expect(panel.text()).toMatch(missing);
    await panel.click();
    expect(panel.copy).toHaveBeenCalledWith(report);
    expect(panel.status()).toContain('Gmail');
  });

  test.each<[Locale, DiagnoseResult, RegExp]>([
    ['en', { status: 'no-tab' }, /Open Gmail, Outlook, Telegram Web or WhatsApp Web in a tab/],
    ['uk', { status: 'no-tab' }, /Відкрийте Gmail, Outlook, Telegram Web чи WhatsApp Web у вкладці/],
    [
      'ru',
      { status: 'failed', error: 'Could not establish connection' },
      /Не удалось запустить диагностику.*Could not establish connection/,
    ],
  ])('%s: %j says what to do and copies nothing', async (locale, result, message) => {
    const panel = await render(locale, emptyHealth(), result);
    await panel.click();
    expect(panel.copy).not.toHaveBeenCalled();
    expect(panel.status()).toMatch(message);
  });
});
