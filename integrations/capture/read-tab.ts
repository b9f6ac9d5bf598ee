// Reads a tab's selection or contact data, only on a user gesture (menu click, popup, shortcut) that
// granted activeTab; Kartka holds no host access beyond the mail sites. Fails quietly to null.
import { browser } from 'wxt/browser';
import type { PageText } from '../../core/capture';

/** The selection in one frame, with its line breaks (the menu's selectionText collapses them). */
export async function selectionInTab(tabId: number, frameId = 0): Promise<string | null> {
  try {
    const [first] = await browser.scripting.executeScript({
      target: { tabId, frameIds: [frameId] },
      func: () => globalThis.getSelection()?.toString() ?? '',
    });
    return typeof first?.result === 'string' ? first.result : null;
  } catch {
    return null; // no access: activeTab not granted, a browser page, the PDF viewer, a closed tab
  }
}

/** The page's selection and its contact-looking parts: mailto:/tel: links, <address> blocks, schema.org fields. */
export async function pageTextOfTab(tabId: number): Promise<PageText | null> {
  try {
    const [first] = await browser.scripting.executeScript({ target: { tabId }, func: readContacts });
    const result = first?.result as PageText | undefined;
    return result && typeof result.contacts === 'string' ? result : null;
  } catch {
    return null;
  }
}

// Runs in the page: must be self-contained (it is serialized by executeScript).
function readContacts(): PageText {
  const limit = 20_000;
  const parts: string[] = [];
  const add = (text: string | null | undefined) => {
    const t = (text ?? '').trim();
    if (t !== '' && !parts.includes(t)) parts.push(t);
  };
  const selectors =
    'address, [itemtype*="Person"], [itemtype*="Organization"], [itemprop="email"], [itemprop="telephone"], .vcard, .h-card';
  document.querySelectorAll<HTMLElement>(selectors).forEach((el) => add(el.innerText));
  document.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:" i], a[href^="tel:" i]').forEach((a) => {
    const href = a.getAttribute('href') ?? '';
    const value = href.replace(/^(mailto|tel):/iu, '').split('?')[0] ?? '';
    try {
      add(decodeURIComponent(value));
    } catch {
      add(value); // a broken %-escape: keep it as written
    }
  });
  let contacts = '';
  for (const part of parts) {
    if (contacts.length + part.length > limit) break;
    contacts += `${part}\n`;
  }
  return {
    selection: (globalThis.getSelection()?.toString() ?? '').slice(0, 2_000_000),
    contacts,
    url: location.href,
    title: document.title,
  };
}
