// "Save to client base" and "Add to existing client…" on a selection, a link or the page: the click is
// parsed into a draft, kept in session storage, and opened for review in a small capture window.
import { browser } from '#imports';
import { draftFromCapture, type CaptureDraft, type CaptureSource, type PageText } from '../../core/capture';
import { pickLocale, t } from '../../core/i18n';
import { storeCaptureDraft } from '../../integrations/capture/drafts';
import { pageTextOfTab, selectionInTab } from '../../integrations/capture/read-tab';
import { newId } from '../../storage/db';
import { loadSettings, watchSettings } from '../../storage/settings';

export const MENU_SAVE = 'kartka-save';
export const MENU_APPEND = 'kartka-append';

/** The parts of contextMenus.OnClickData the handler reads (Chrome and Firefox both set them). */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string | undefined;
  linkUrl?: string | undefined;
  /** Firefox only; Chrome gives no link text. */
  linkText?: string | undefined;
  pageUrl?: string | undefined;
  frameId?: number | undefined;
}

export interface MenuTab {
  id?: number | undefined;
  url?: string | undefined;
  title?: string | undefined;
}

export interface MenuDeps {
  /** The selection with its line breaks, read from the clicked frame; null when the page cannot be read. */
  getSelectionFromTab: (tab: MenuTab, frameId: number) => Promise<string | null>;
  /** The page's contact data; null when the page cannot be read. */
  readPageFromTab: (tab: MenuTab) => Promise<PageText | null>;
  storeDraft: (record: CaptureDraft) => Promise<void>;
  openWindow: (url: string) => Promise<void>;
  defaultRegion: () => Promise<string>;
  now: () => number;
  newId: () => string;
}

/** Handles one click on a Kartka menu item: builds the draft, stores it, opens it for review. Null when not ours. */
export async function handleMenuClick(
  info: MenuClick,
  tab: MenuTab | undefined,
  deps: MenuDeps,
): Promise<CaptureDraft | null> {
  if (info.menuItemId !== MENU_SAVE && info.menuItemId !== MENU_APPEND) return null;
  const region = await deps.defaultRegion();
  const input: Parameters<typeof draftFromCapture>[0] = {};
  const source: CaptureSource = { kind: 'text' };
  const pageUrl = info.pageUrl ?? tab?.url;
  if (pageUrl !== undefined) source.url = pageUrl;
  if (tab?.title !== undefined) source.title = tab.title;
  if (info.selectionText !== undefined && info.selectionText.trim() !== '') {
    const full = tab?.id === undefined ? null : await deps.getSelectionFromTab(tab, info.frameId ?? 0);
    // Chrome truncates and collapses selectionText; the page's own selection keeps a signature's lines.
    input.selection = full !== null && full.trim() !== '' ? full : info.selectionText;
    if (tab !== undefined) source.kind = 'selection';
  } else if (info.linkUrl !== undefined) {
    input.link =
      info.linkText === undefined ? { href: info.linkUrl } : { href: info.linkUrl, text: info.linkText };
    source.kind = 'link';
    source.url = info.linkUrl;
  } else if (tab !== undefined) {
    const page = await deps.readPageFromTab(tab);
    input.page = page ?? { selection: '', contacts: '', url: pageUrl ?? '', title: tab.title ?? '' };
    source.kind = 'page';
  }
  const record: CaptureDraft = {
    id: deps.newId(),
    createdAt: deps.now(),
    target: info.menuItemId === MENU_APPEND ? 'existing' : 'new',
    source,
    draft: draftFromCapture(input, region),
  };
  await deps.storeDraft(record);
  await deps.openWindow(`capture.html#${record.id}`);
  return record;
}

/** The real browser behind the handler. */
export const menuDeps: MenuDeps = {
  getSelectionFromTab: async (tab, frameId) =>
    tab.id === undefined ? null : selectionInTab(tab.id, frameId),
  readPageFromTab: async (tab) => (tab.id === undefined ? null : pageTextOfTab(tab.id)),
  storeDraft: storeCaptureDraft,
  openWindow: async (path) => {
    const url = `${browser.runtime.getURL('/')}${path}`;
    await browser.windows.create({ type: 'popup', url, width: 520, height: 760 });
  },
  defaultRegion: async () => (await loadSettings()).defaultPhoneRegion,
  now: () => Date.now(),
  newId,
};

async function menuTitles(): Promise<{ save: string; append: string }> {
  const { language } = await loadSettings();
  const locale = pickLocale(language === 'auto' ? browser.i18n.getUILanguage() : language);
  return { save: t(locale, 'capture.menuSave'), append: t(locale, 'capture.menuAppend') };
}

/** Creates both items (idempotent: run at every background start) and keeps their titles in the user's language. */
export async function registerContextMenus(): Promise<void> {
  const titles = await menuTitles();
  const contexts: ['selection', 'link', 'page'] = ['selection', 'link', 'page'];
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE, title: titles.save, contexts });
  browser.contextMenus.create({ id: MENU_APPEND, title: titles.append, contexts });
}

/** Listens for clicks on the items and for language changes. */
export function listenToContextMenus(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleMenuClick(info, tab, menuDeps).catch((error: unknown) =>
      console.error('[Kartka] capture', error),
    );
  });
  let language: string | null = null;
  watchSettings(({ settings }) => {
    if (language === null || language === settings.language) {
      language = settings.language; // registerContextMenus titled the items at start
      return;
    }
    language = settings.language;
    void menuTitles().then(({ save, append }) => {
      void browser.contextMenus.update(MENU_SAVE, { title: save });
      void browser.contextMenus.update(MENU_APPEND, { title: append });
    });
  });
}
