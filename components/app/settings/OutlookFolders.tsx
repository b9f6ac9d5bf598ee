// Settings → Accounts → a Microsoft account: which Outlook folders are synced beyond Inbox and Sent Items, and a
// picker listing the mailbox's folder tree (read from Graph when asked) with a checkbox per folder. Folder names
// come from the mailbox: shown as text only.
import { useState } from 'react';
import type { Translate } from '../../../core/i18n';
import type { MailFolderEntry, PickedFolder } from '../../../core/sync/microsoft/folders';
import { GRAPH_LIMITS } from '../../../core/sync/microsoft/limits';

export interface FolderList {
  folders: (MailFolderEntry & { picked: boolean })[];
  missing: PickedFolder[];
  truncated: boolean;
}

/** An answer, or the reason it failed already in the reader's language. */
export type Answer<T> = { ok: true; value: T } | { ok: false; text: string };

export interface OutlookFoldersProps {
  picked: readonly PickedFolder[];
  t: Translate;
  onList: () => Promise<Answer<FolderList>>;
  onSave: (folders: PickedFolder[]) => Promise<Answer<{ added: PickedFolder[]; removed: PickedFolder[] }>>;
}

export function OutlookFolders({ picked, t, onList, onSave }: OutlookFoldersProps) {
  const [list, setList] = useState<FolderList | null>(null);
  const [checked, setChecked] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState<'list' | 'save' | null>(null);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | null>(null);
  const named = (name: string) => name || t('outlookFolders.unnamed');
  const names = (fs: readonly PickedFolder[]) => fs.map((f) => named(f.name)).join(', ');
  const synced = picked.filter((f) => !f.gone);
  const gone = picked.filter((f) => f.gone);

  const open = async () => {
    setBusy('list');
    setNotice(null);
    const answer = await onList();
    setBusy(null);
    if (!answer.ok) return setNotice({ text: answer.text, error: true });
    setList(answer.value);
    setChecked(
      new Set([
        ...answer.value.folders.filter((f) => f.picked).map((f) => f.id),
        ...answer.value.missing.map((f) => f.id),
      ]),
    );
  };

  const save = async () => {
    if (!list) return;
    const byId = new Map<string, PickedFolder>([
      ...list.missing.map((f) => [f.id, f] as const),
      ...list.folders.filter((f) => !f.always).map((f) => [f.id, { id: f.id, name: f.name }] as const),
    ]);
    const folders = [...checked].flatMap((id) => {
      const f = byId.get(id);
      return f ? [f] : [];
    });
    setBusy('save');
    setNotice(null);
    const answer = await onSave(folders);
    setBusy(null);
    if (!answer.ok) return setNotice({ text: answer.text, error: true });
    const { added, removed } = answer.value;
    const said = [
      added.length > 0 ? t('outlookFolders.added', { names: names(added) }) : '',
      removed.length > 0 ? t('outlookFolders.removed', { names: names(removed) }) : '',
    ].filter(Boolean);
    setNotice({ text: said.length > 0 ? said.join(' ') : t('outlookFolders.unchanged'), error: false });
    setList(null);
  };

  const toggle = (id: string, on: boolean) =>
    setChecked((before) => {
      const next = new Set(before);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const row = (id: string, label: string, depth: number, note: string | null, always: boolean) => (
    <li key={id} style={{ paddingInlineStart: `${depth * 1.25}em` }}>
      <label>
        <input
          type="checkbox"
          checked={always || checked.has(id)}
          disabled={always || busy !== null}
          onChange={(e) => toggle(id, e.currentTarget.checked)}
        />{' '}
        {label}
        {note && <span className="muted"> ({note})</span>}
      </label>
    </li>
  );

  return (
    <section className="outlook-folders" aria-label={t('outlookFolders.title')}>
      <h3>{t('outlookFolders.title')}</h3>
      <p className="muted">
        {synced.length === 0
          ? t('outlookFolders.none')
          : t('outlookFolders.some', { count: synced.length, names: names(synced) })}
      </p>
      {gone.length > 0 && (
        <p className="sync-stuck" role="note">
          {t('outlookFolders.gone', { names: names(gone) })}
        </p>
      )}
      {list ? (
        <fieldset>
          <legend>{t('outlookFolders.intro', { max: GRAPH_LIMITS.folders.maxPicked })}</legend>
          <ul className="outlook-folder-list">
            {list.folders.map((f) =>
              row(f.id, named(f.name), f.depth, f.always ? t('outlookFolders.always') : null, f.always),
            )}
            {list.missing.map((f) => row(f.id, named(f.name), 0, t('outlookFolders.missing'), false))}
          </ul>
          {list.truncated && (
            <p className="muted">{t('outlookFolders.truncated', { count: list.folders.length })}</p>
          )}
          <button type="button" className="primary" disabled={busy !== null} onClick={() => void save()}>
            {t('outlookFolders.save')}
          </button>{' '}
          <button type="button" disabled={busy !== null} onClick={() => setList(null)}>
            {t('outlookFolders.close')}
          </button>
        </fieldset>
      ) : (
        <button type="button" disabled={busy !== null} onClick={() => void open()}>
          {busy === 'list' ? t('outlookFolders.loading') : t('outlookFolders.choose')}
        </button>
      )}
      {notice && (
        <p className={notice.error ? 'error' : 'muted'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}
    </section>
  );
}
