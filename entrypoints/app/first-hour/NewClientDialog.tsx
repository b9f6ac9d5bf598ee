// "New client" on the base page: quick add's own form (components/capture/QuickAdd) in a modal dialog, so a client
// added here starts exactly as one added from the popup (the same fields, checks, duplicate offers, default stage).
import { useEffect, useId, useRef } from 'react';
import { QuickAdd } from '../../../components/capture/QuickAdd';
import type { Translate } from '../../../core/i18n';
import { personId } from '../../../core/ids';
import { go } from '../route';

export interface NewClientDialogProps {
  open: boolean;
  onClose: () => void;
  t: Translate;
}

export function NewClientDialog({ open, onClose, t }: NewClientDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    // showModal makes the rest of the page inert and gives focus back to the opener on close (HTML spec).
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="new-client" aria-labelledby={titleId} onClose={onClose}>
      {open && (
        <>
          <div className="dialog-head">
            <h2 id={titleId}>{t('app.list.newClient')}</h2>
            <button type="button" className="link" onClick={onClose}>
              {t('app.newClient.close')}
            </button>
          </div>
          <QuickAdd
            initial={null}
            source={null}
            t={t}
            onOpen={(id) => {
              onClose();
              go({ page: 'person', id: personId(id) });
            }}
          />
        </>
      )}
    </dialog>
  );
}
