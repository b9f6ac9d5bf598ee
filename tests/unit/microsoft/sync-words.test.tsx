// The sync panel of a Microsoft account says what failed in Microsoft's and Outlook's names: the shared failure and
// stuck words name Google and Gmail, so a throttled Outlook mailbox read "Google asked Kartka to slow down". Kartka's
// own failures (busy, the base) keep the shared words. en/uk/ru.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { SyncPanel } from '../../../components/app/settings/SyncPanel';
import { translator, type Locale } from '../../../core/i18n';
import { failureText, stuckText } from '../../../core/i18n/sync-text';
import type { Failure } from '../../../core/sync/failure';
import type { SyncView } from '../../../core/sync/status';

const NOW = Date.UTC(2026, 11, 7, 9);
const rate: Failure = { kind: 'rate', status: 429, reason: 'ApplicationThrottled', retryAfterMs: 30_000 };

function view(over: Partial<SyncView>): SyncView {
  return {
    id: 'microsoft:olena@contoso.example',
    provider: 'microsoft',
    address: 'olena@contoso.example',
    state: 'backing-off',
    backoffUntil: NOW + 30_000,
    stuck: null,
    failure: rate,
    synced: 120,
    estimate: 500,
    contacts: null,
    contactsOff: false,
    resync: false,
    ratePerMinute: null,
    etaMs: null,
    quota: { used: 40, limit: 9_500, share: 0.004 },
    lastSuccessAt: NOW - 60_000,
    paused: false,
    ...over,
  };
}

const panel = (v: SyncView, locale: Locale) =>
  renderToStaticMarkup(
    <SyncPanel
      view={v}
      restarts={3}
      busy={false}
      now={NOW}
      locale={locale}
      t={translator(locale)}
      onPause={() => undefined}
      onSyncNow={() => undefined}
      onReconnect={() => undefined}
      onDisconnect={() => undefined}
    />,
  );

describe('a Microsoft account’s sync panel, in words', () => {
  it('names Microsoft when Graph asked to wait, in every language; a Google account keeps Google’s words', () => {
    expect(panel(view({}), 'en')).toContain('Microsoft asked Kartka to wait (this mailbox’s request limit).');
    expect(panel(view({}), 'uk')).toContain('Microsoft попросив Kartka зачекати');
    expect(panel(view({}), 'ru')).toContain('Microsoft попросил Kartka подождать');
    for (const locale of ['en', 'uk', 'ru'] as const) expect(panel(view({}), locale)).not.toContain('Google');
    const google = view({
      id: 'google:ivan@kartka-test.com.ua',
      provider: 'google',
      address: 'ivan@x.example',
    });
    expect(panel(google, 'en')).toContain('Google asked Kartka to slow down (quota).');
    // A folder read again after Graph forgot its place (410) says Outlook, not Gmail.
    const again = view({ state: 'catching-up', backoffUntil: null, failure: null, resync: true });
    expect(panel(again, 'en')).toContain(
      'Outlook no longer had our place in a folder’s changes, so the folder',
    );
    expect(panel(again, 'uk')).not.toContain('Gmail');
    expect(panel({ ...google, resync: true }, 'en')).toContain(
      'Gmail no longer had our place in its history',
    );
  });

  it('says why it is stuck in Microsoft’s and Outlook’s names; Kartka’s own failures keep the shared words', () => {
    const t = translator('en');
    const since = NOW - 3_600_000;
    const failing = view({
      state: 'error',
      stuck: { since, why: 'failing' },
      failure: { kind: 'network', status: 0 },
    });
    expect(stuckText(failing, t, 'en')).toMatch(/requests keep failing\. No connection to Microsoft\.$/u);
    const idle = view({ state: 'catching-up', stuck: { since, why: 'no-progress' }, failure: null });
    expect(stuckText(idle, t, 'en')).toMatch(/Microsoft answers, but nothing new has been stored\.$/u);
    const loop = view({ state: 'catching-up', stuck: { since, why: 'resync-loop' }, failure: null });
    expect(stuckText(loop, t, 'en', 4)).toContain('Outlook lost our place in a folder’s changes 4 times');
    expect(stuckText(loop, translator('uk'), 'uk', 4)).toContain('Outlook 4 рази втрачав');
    expect(stuckText(loop, translator('ru'), 'ru', 5)).toContain('Outlook 5 раз терял');
    expect(failureText({ kind: 'cursor-gone', status: 410 }, t, 'microsoft')).toBe(
      'Outlook no longer had our place in a folder’s changes.',
    );
    expect(failureText({ kind: 'busy', status: 429 }, t, 'microsoft')).toMatch(/^Kartka is busy/u);
    expect(failureText({ kind: 'local', status: 0, message: 'QuotaExceededError' }, t, 'microsoft')).toBe(
      'The base could not store the result (QuotaExceededError).',
    );
  });
});
