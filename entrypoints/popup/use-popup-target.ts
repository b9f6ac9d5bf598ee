// Which view the popup opens in and which tab it serves: `?view=add&tab=N` when opened as a window
// (the shortcut's fallback), the shortcut's intent when opened by action.openPopup(), else the active tab.
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { takePopupIntent } from '../../integrations/capture/popup-intent';

export interface PopupTarget {
  view: 'search' | 'add';
  /** The tab quick add takes its prefill from; null when there is none. */
  tabId: number | null;
}

async function resolveTarget(): Promise<PopupTarget> {
  const params = new URLSearchParams(location.search);
  const tabParam = Number(params.get('tab'));
  if (params.has('tab') && Number.isInteger(tabParam)) {
    return { view: params.get('view') === 'add' ? 'add' : 'search', tabId: tabParam };
  }
  const intent = await takePopupIntent(Date.now());
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  const own = active?.url?.startsWith(browser.runtime.getURL('/')) ?? false;
  const tabId = intent?.tabId ?? (active?.id !== undefined && !own ? active.id : null);
  return { view: intent?.view ?? (params.get('view') === 'add' ? 'add' : 'search'), tabId };
}

/** The popup's target, undefined until known (a few milliseconds). */
export function usePopupTarget(): PopupTarget | undefined {
  const [target, setTarget] = useState<PopupTarget | undefined>(undefined);
  useEffect(() => {
    void resolveTarget()
      .catch((): PopupTarget => ({ view: 'search', tabId: null }))
      .then(setTarget);
  }, []);
  return target;
}
