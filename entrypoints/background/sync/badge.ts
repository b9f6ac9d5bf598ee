// The toolbar badge shows a sync problem: "!" on red while an account needs reconnecting, failed for good, or is
// stuck; the tooltip names the accounts, in the reader's language. Nothing when all is well.
import { browser } from '#imports';
import { pickLocale, translator } from '../../../core/i18n';
import { stateText, stuckText } from '../../../core/i18n/sync-text';
import { syncPrefsOf } from '../../../core/sync/prefs';
import { viewOf } from '../../../core/sync/registry';
import { needsAttention } from '../../../core/sync/status';
import { db } from '../../../storage/db';
import { loadSettings } from '../../../storage/settings';
import { listAccounts } from '../../../storage/sync/accounts';

export async function updateBadge(now = Date.now()): Promise<void> {
  const settings = await loadSettings();
  const prefs = syncPrefsOf(settings);
  const views = (await listAccounts(db)).flatMap((a) => viewOf(a, prefs, now) ?? []);
  const attention = views.filter(needsAttention);
  const locale = pickLocale(settings.language === 'auto' ? browser.i18n.getUILanguage() : settings.language);
  if (attention.length === 0) {
    await browser.action.setBadgeText({ text: '' });
    await browser.action.setTitle({ title: browser.i18n.getMessage('extName') || 'Kartka' });
    return;
  }
  const t = translator(locale);
  const lines = attention.map((v) => `${v.address}: ${stuckText(v, t, locale) ?? stateText(v, t, locale)}`);
  await browser.action.setBadgeText({ text: '!' });
  await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
  await browser.action.setTitle({
    title: [t('sync.badge.title', { count: attention.length }), ...lines].join('\n'),
  });
}
