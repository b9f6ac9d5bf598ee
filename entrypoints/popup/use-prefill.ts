// Quick add's starting point: a selection on the active tab, else the open thread's correspondent,
// else the contact data of the page (read via activeTab, which opening the popup grants).
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { draftFromCapture, formFromCorrespondent, formFromDraft, type CaptureForm } from '../../core/capture';
import { isMailOrigin } from '../../core/mail-origins';
import type { PrefillSource } from '../../components/capture/QuickAdd';
import { pageTextOfTab } from '../../integrations/capture/read-tab';
import { tabContextKey, type TabContext } from '../../integrations/messaging/protocol';
import { loadSettings } from '../../storage/settings';

export type Prefill = { form: CaptureForm; source: PrefillSource } | null;

async function prefillFor(tabId: number): Promise<Prefill> {
  const { defaultPhoneRegion: region } = await loadSettings();
  const page = await pageTextOfTab(tabId);
  if (page !== null && page.selection.trim() !== '') {
    const draft = draftFromCapture({ selection: page.selection }, region);
    if (!draft.empty) return { form: formFromDraft(draft), source: 'selection' };
  }
  const key = tabContextKey(tabId);
  const context = (await browser.storage.session.get(key))[key] as TabContext | undefined;
  if (context?.status === 'thread' && context.main !== null) {
    const main = context.main;
    const name = context.correspondents.find((c) => c.address === main)?.name ?? '';
    return { form: formFromCorrespondent(name, main), source: 'thread' };
  }
  if (page !== null && !isMailOrigin(page.url)) {
    const draft = draftFromCapture({ page }, region);
    if (!draft.empty) return { form: formFromDraft(draft), source: 'page' };
  }
  return null;
}

/** The prefill for the tab (undefined while it is being read; null when there is nothing to take). */
export function usePrefill(tabId: number | null | undefined): Prefill | undefined {
  const [read, setRead] = useState<{ tabId: number; prefill: Prefill } | null>(null);
  useEffect(() => {
    if (tabId === undefined || tabId === null) return;
    let live = true;
    void prefillFor(tabId)
      .catch(() => null)
      .then((prefill) => live && setRead({ tabId, prefill }));
    return () => {
      live = false;
    };
  }, [tabId]);
  if (tabId === null) return null;
  return read !== null && read.tabId === tabId ? read.prefill : undefined;
}
